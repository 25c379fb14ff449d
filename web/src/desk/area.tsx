/**
 * /ban-lam-viec: the staff desk (reception officers, specialists, leaders, hotline operators; administrators read
 * some of its pages). Signed-in staff only, in the staff frame (shared/staff-shell.tsx) with the menu from the
 * registry in menu.tsx and, below it, the admin pages the person may open. The bare address sends each person to
 * their own page (shared/auth-paths.ts). The dossier page (/ban-lam-viec/ho-so/:code) is reached from the lists of
 * dossiers and the intake result, not from the menu.
 */
import { lazy } from 'react';
import { Route } from 'react-router';
import { areaHome, DESK_PATH } from '../shared/auth-paths.js';
import { adminPagesFor } from '../admin/menu.js';
import { StaffArea } from '../admin/staff-area.js';
import { DESK_TITLE, deskMenu, mayOpenDesk, type DeskMenuItem } from './menu.js';
import './desk.css';

const DossierPage = lazy(() => import('./dossier-page.js'));

export default function DeskArea() {
  return (
    <StaffArea<DeskMenuItem>
      frame={(me) => ({
        base: DESK_PATH,
        title: DESK_TITLE,
        navLabel: 'Menu bàn làm việc',
        entries: deskMenu,
        mayOpen: (m) => mayOpenDesk(me, m),
        home: areaHome(DESK_PATH, me.roles),
        otherArea: adminPagesFor(me),
        extraRoutes: <Route path="ho-so/:code" element={<DossierPage />} />,
        homeLabel: 'Về bàn làm việc',
        noAccessText: 'Trang này không dành cho vai trò của bạn.',
      })}
    />
  );
}
