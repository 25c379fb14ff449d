/**
 * /ban-lam-viec: the staff desk (reception officers, specialists, leaders). Signed-in staff only, in the staff frame
 * (shared/staff-shell.tsx) with the menu from the registry in menu.tsx. The dossier page (/ban-lam-viec/ho-so/:code)
 * is reached from the inbox and the intake result, not from the menu.
 */
import { lazy } from 'react';
import { Link, Route } from 'react-router';
import { RequireStaff, useCurrentStaff, type Me } from '../shared/auth.js';
import { StaffProviders } from '../shared/staff-providers.js';
import { StaffShell } from '../shared/staff-shell.js';
import { deskMenu, type DeskMenuItem } from './menu.js';
import './desk.css';

const DossierPage = lazy(() => import('./dossier-page.js'));

export const DESK_BASE = '/ban-lam-viec';

export function mayOpen(me: Pick<Me, 'roles'>, item: Pick<DeskMenuItem, 'roles'>): boolean {
  return item.roles === null || me.roles.some((r) => item.roles?.includes(r.role));
}

function DeskLayout() {
  const me = useCurrentStaff();
  const isAdmin = me.permissions.includes('staff.manage') || me.permissions.includes('catalogue.manage');
  return (
    <StaffShell
      base={DESK_BASE}
      title="Bàn làm việc"
      navLabel="Menu bàn làm việc"
      entries={deskMenu}
      mayOpen={(m) => mayOpen(me, m)}
      // A dossier page belongs to the inbox.
      selectedKey={(segment) => (segment === 'ho-so' ? '' : segment)}
      accountItems={isAdmin ? [{ key: 'admin', label: <Link to="/quan-tri">Trang quản trị</Link> }] : []}
      extraRoutes={<Route path="ho-so/:code" element={<DossierPage />} />}
      homeLabel="Về bàn làm việc"
      noAccessText="Trang này không dành cho vai trò của bạn."
    />
  );
}

export default function DeskArea() {
  return (
    <StaffProviders>
      <RequireStaff>
        <DeskLayout />
      </RequireStaff>
    </StaffProviders>
  );
}
