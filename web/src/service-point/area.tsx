/**
 * /diem-dich-vu: the helper's pages at an online public service point — submit online on a citizen's behalf, and
 * the dossiers submitted here with their status. Signed-in helpers only, in the staff frame; the server refuses
 * them everything else (src/http/shared/guard.ts).
 */
import { FormOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { RequireStaff, useCurrentStaff } from '../shared/auth.js';
import { SERVICE_POINT_PATH } from '../shared/auth-paths.js';
import { StaffProviders } from '../shared/staff-providers.js';
import { StaffShell } from '../shared/staff-shell.js';
import { usePasswordChange } from '../admin/password-modal.js';
import { SubmitPage } from './submit-page.js';
import { SubmittedPage } from './submitted-page.js';
import './service-point.css';

const entries = [
  { path: '', label: 'Nộp hồ sơ thay người dân', icon: <FormOutlined />, element: <SubmitPage /> },
  {
    path: 'da-nop',
    label: 'Hồ sơ đã nộp tại điểm',
    icon: <UnorderedListOutlined />,
    element: <SubmittedPage />,
  },
];

function PointLayout() {
  const me = useCurrentStaff();
  const password = usePasswordChange();
  return (
    <StaffShell
      base={SERVICE_POINT_PATH}
      title="Điểm phục vụ"
      navLabel="Menu điểm dịch vụ công"
      entries={entries}
      mayOpen={() => me.roles.some((r) => r.role === 'service_point_helper')}
      {...password}
      homeLabel="Về trang nộp hồ sơ"
      noAccessText="Trang này dành cho người hỗ trợ tại điểm dịch vụ công."
    />
  );
}

export default function ServicePointArea() {
  return (
    <StaffProviders>
      <RequireStaff>
        <PointLayout />
      </RequireStaff>
    </StaffProviders>
  );
}
