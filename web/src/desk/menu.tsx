/**
 * The desk menu registry. Each entry is a page under /ban-lam-viec/<path>, shown in the side menu to people holding
 * one of `roles` (null: every staff member) — the roles the server lets use the page, taken from its rules (see
 * web/src/shared/staff-menus.test.ts). To add a page, append an entry here — nothing else to wire.
 * Pages are loaded on demand, so the desk's first screen stays small. The bare /ban-lam-viec sends each person to
 * their own page (shared/auth-paths.ts).
 */
import { lazy, type ReactNode } from 'react';
import {
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  FormOutlined,
  NumberOutlined,
  BarChartOutlined,
  InboxOutlined,
  MessageOutlined,
  PhoneOutlined,
  CustomerServiceOutlined,
  HistoryOutlined,
  LineChartOutlined,
  CloudUploadOutlined,
  FrownOutlined,
} from '@ant-design/icons';
import type { Role } from '../../../src/domain/org/roles.js';
import { appointmentRoles } from '../../../src/domain/appointments/permissions.js';
import { ACTIONS } from '../../../src/domain/dossier/actions.js';
import { onlineIntakeRoles } from '../../../src/domain/dossier/online-intake.js';
import { followUpRoles } from '../../../src/domain/ratings/ratings.js';
import { hotlineReadRoles, hotlineWorkRoles } from '../../../src/domain/hotline/access.js';
import { preferenceRoles } from '../../../src/domain/notify/access.js';
import { counterRoles, queueStatsRoles } from '../../../src/domain/queue/access.js';
import type { Me } from '../shared/auth.js';
import { DESK_PATH } from '../shared/auth-paths.js';
import { OnlineIntakeBadge } from './online-intake-api.js';

export const DESK_TITLE = 'Bàn làm việc';

export interface DeskMenuItem {
  /** Relative to /ban-lam-viec. */
  path: string;
  label: string;
  icon: ReactNode;
  /** Who sees the entry and may open the page; null: every signed-in staff member. */
  roles: readonly Role[] | null;
  element: ReactNode;
  /** After the label in the menu (a count of what waits). */
  badge?: ReactNode;
}

const InboxPage = lazy(() => import('./inbox-page.js'));
const LeaderPage = lazy(() => import('./leader-page.js'));
const IntakePage = lazy(() => import('./intake-page.js'));
const OnlineIntakePage = lazy(() => import('./online-intake-page.js'));
const EndOfDayPage = lazy(() => import('./end-of-day-page.js'));
const AlertsPage = lazy(() => import('./alerts-page.js'));
const AppointmentsPage = lazy(() => import('./appointments-page.js'));
const CounterPage = lazy(() => import('./counter-page.js'));
const CounterStatsPage = lazy(() => import('./counter-stats-page.js'));
const OperatorPage = lazy(() => import('./hotline/operator-page.js'));
const SpecialistPage = lazy(() => import('./hotline/specialist-page.js'));
const CallsPage = lazy(() => import('./hotline/calls-page.js'));
const HotlineDashboardPage = lazy(() => import('./hotline/dashboard-page.js'));
const FollowUpsPage = lazy(() => import('./follow-ups-page.js'));
const PreferencesPage = lazy(() => import('../admin/notify/preferences-section.js'));

/** Roles that work or read a unit's hotline (a province administrator reads every one). */
const hotlineRoles: readonly Role[] = [...hotlineWorkRoles, ...hotlineReadRoles];

export const deskMenu: DeskMenuItem[] = [
  // Every staff member sees the dossiers of their units (the server lists them by role and scope).
  { path: 'ho-so', label: 'Hồ sơ cần xử lý', icon: <InboxOutlined />, roles: null, element: <InboxPage /> },
  {
    path: 'lanh-dao',
    label: 'Việc chờ lãnh đạo',
    icon: <AuditOutlined />,
    roles: ACTIONS.approve.roles,
    element: <LeaderPage />,
  },
  {
    path: 'tiep-nhan',
    label: 'Tiếp nhận hồ sơ',
    icon: <FormOutlined />,
    roles: ACTIONS.receive.roles,
    element: <IntakePage />,
  },
  {
    path: 'truc-tuyen',
    // Short, so that the count beside it fits the menu; the page's title says the rest.
    label: 'Hồ sơ trực tuyến',
    icon: <CloudUploadOutlined />,
    roles: onlineIntakeRoles,
    element: <OnlineIntakePage />,
    badge: <OnlineIntakeBadge />,
  },
  {
    path: 'quay',
    label: 'Quầy phục vụ',
    icon: <NumberOutlined />,
    roles: counterRoles,
    element: <CounterPage />,
  },
  {
    path: 'cuoi-ngay',
    label: 'Hồ sơ cuối ngày',
    icon: <ClockCircleOutlined />,
    // Whoever may see the unit's dossiers (any role in it).
    roles: null,
    element: <EndOfDayPage />,
  },
  {
    path: 'y-kien',
    label: 'Ý kiến không hài lòng',
    icon: <FrownOutlined />,
    roles: followUpRoles,
    element: <FollowUpsPage />,
  },
  { path: 'canh-bao', label: 'Cảnh báo hạn', icon: <BellOutlined />, roles: null, element: <AlertsPage /> },
  {
    path: 'lich-hen',
    label: 'Lịch hẹn',
    icon: <CalendarOutlined />,
    roles: appointmentRoles.view,
    element: <AppointmentsPage />,
  },
  {
    path: 'nhan-tin',
    label: 'Đăng ký nhận tin',
    icon: <MessageOutlined />,
    roles: preferenceRoles,
    element: <PreferencesPage />,
  },
  {
    path: 'thong-ke-quay',
    label: 'Thống kê quầy',
    icon: <BarChartOutlined />,
    roles: queueStatsRoles,
    element: <CounterStatsPage />,
  },
  {
    path: 'tong-dai',
    label: 'Tổng đài',
    icon: <PhoneOutlined />,
    // The switchboard is the operators' console; specialists answer the same calls at "Tư vấn qua tổng đài".
    roles: ['hotline_operator'],
    element: <OperatorPage />,
  },
  {
    path: 'tu-van',
    label: 'Tư vấn qua tổng đài',
    icon: <CustomerServiceOutlined />,
    roles: ['specialist'],
    element: <SpecialistPage />,
  },
  {
    path: 'cuoc-goi',
    label: 'Cuộc gọi và gọi lại',
    icon: <HistoryOutlined />,
    // Leaders and administrators read it (no actions): the server's rule (domain/hotline/access.ts).
    roles: hotlineRoles,
    element: <CallsPage />,
  },
  {
    path: 'thong-ke-tong-dai',
    label: 'Thống kê tổng đài',
    icon: <LineChartOutlined />,
    roles: hotlineRoles,
    element: <HotlineDashboardPage />,
  },
];

/** Whether the person may open the page (and sees it in the menu): they hold one of its roles in some unit. */
export function mayOpenDesk(me: Pick<Me, 'roles'>, item: Pick<DeskMenuItem, 'roles'>): boolean {
  // A service-point helper has no desk page (the server refuses them: src/http/shared/guard.ts).
  if (me.roles.some((r) => r.role === 'service_point_helper')) return false;
  return item.roles === null || me.roles.some((r) => item.roles?.includes(r.role));
}

/** The desk as the admin area's menu lists it: the desk pages the person may open. */
export function deskPagesFor(me: Pick<Me, 'roles'>) {
  return { base: DESK_PATH, title: DESK_TITLE, entries: deskMenu.filter((m) => mayOpenDesk(me, m)) };
}
