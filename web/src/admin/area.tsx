/**
 * /quan-tri: the admin area. Signed-in staff only, in the staff frame (shared/staff-shell.tsx): the menu from the
 * registry in menu.tsx, a warning while the password is temporary, change password and log out.
 */
import { useState } from 'react';
import { Alert, Button } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { hasPermission, RequireStaff, useCurrentStaff } from '../shared/auth.js';
import { StaffProviders } from '../shared/staff-providers.js';
import { StaffShell } from '../shared/staff-shell.js';
import { adminMenu } from './menu.js';
import { PasswordModal } from './password-modal.js';
import './admin.css';

const BASE = '/quan-tri';

function AdminLayout() {
  const me = useCurrentStaff();
  const [passwordOpen, setPasswordOpen] = useState(me.mustChangePassword);
  return (
    <StaffShell
      base={BASE}
      title="Quản trị"
      navLabel="Menu quản trị"
      entries={adminMenu}
      mayOpen={(m) => hasPermission(me, m.permission)}
      accountItems={[
        {
          key: 'password',
          icon: <KeyOutlined />,
          label: 'Đổi mật khẩu',
          onClick: () => setPasswordOpen(true),
        },
      ]}
      banner={
        me.mustChangePassword && (
          <Alert
            type="warning"
            showIcon
            className="staff-banner"
            title="Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu."
            action={
              <Button size="small" onClick={() => setPasswordOpen(true)}>
                Đổi mật khẩu
              </Button>
            }
          />
        )
      }
      homeLabel="Về trang quản trị"
      noAccessText="Trang này không dành cho tài khoản của bạn."
    >
      <PasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </StaffShell>
  );
}

export default function AdminArea() {
  return (
    <StaffProviders>
      <RequireStaff>
        <AdminLayout />
      </RequireStaff>
    </StaffProviders>
  );
}
