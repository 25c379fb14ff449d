/**
 * /quan-tri: the admin area. Signed-in staff only, in the staff frame (shared/staff-shell.tsx): the menu from the
 * registry in menu.tsx and, below it, the desk pages the person may open; a warning while the password is
 * temporary, change password and log out. The bare address is the administrators' home; it sends anyone else to
 * their own page (shared/auth-paths.ts).
 */
import { ADMIN_PATH, areaHome } from '../shared/auth-paths.js';
import { deskPagesFor } from '../desk/menu.js';
import { ADMIN_TITLE, adminMenu, mayOpenAdmin, type AdminMenuItem } from './menu.js';
import { StaffArea } from './staff-area.js';
import './admin.css';

export default function AdminArea() {
  return (
    <StaffArea<AdminMenuItem>
      frame={(me) => ({
        base: ADMIN_PATH,
        title: ADMIN_TITLE,
        navLabel: 'Menu quản trị',
        entries: adminMenu,
        mayOpen: (m) => mayOpenAdmin(me, m),
        home: areaHome(ADMIN_PATH, me.roles),
        otherArea: deskPagesFor(me),
        homeLabel: 'Về trang quản trị',
        noAccessText: 'Trang này không dành cho tài khoản của bạn.',
      })}
    />
  );
}
