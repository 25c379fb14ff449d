/**
 * The desk menu registry. Each entry is a page under /ban-lam-viec/<path>, shown in the side menu to people holding
 * one of `roles` (null: every staff member). To add a page, append an entry here — nothing else to wire.
 * Pages are loaded on demand, so the desk's first screen stays small.
 */
import { lazy, type ReactNode } from 'react';
import {
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
} from '@ant-design/icons';
import type { Role } from '../../../src/domain/org/roles.js';
import { appointmentRoles } from '../../../src/domain/appointments/permissions.js';
import { hotlineReadRoles, hotlineWorkRoles } from '../../../src/domain/hotline/access.js';

export interface DeskMenuItem {
  /** Relative to /ban-lam-viec; '' is the home page (the inbox). */
  path: string;
  label: string;
  icon: ReactNode;
  /** Who sees the entry and may open the page; null: every signed-in staff member. */
  roles: readonly Role[] | null;
  element: ReactNode;
}

const InboxPage = lazy(() => import('./inbox-page.js'));
const IntakePage = lazy(() => import('./intake-page.js'));
const EndOfDayPage = lazy(() => import('./end-of-day-page.js'));
const AlertsPage = lazy(() => import('./alerts-page.js'));
const AppointmentsPage = lazy(() => import('./appointments-page.js'));
const CounterPage = lazy(() => import('./counter-page.js'));
const CounterStatsPage = lazy(() => import('./counter-stats-page.js'));
const OperatorPage = lazy(() => import('./hotline/operator-page.js'));
const SpecialistPage = lazy(() => import('./hotline/specialist-page.js'));
const CallsPage = lazy(() => import('./hotline/calls-page.js'));
const HotlineDashboardPage = lazy(() => import('./hotline/dashboard-page.js'));
const PreferencesPage = lazy(() => import('../admin/notify/preferences-section.js'));

/** Roles that work or read a unit's hotline (a province administrator reads every one). */
const hotlineRoles: readonly Role[] = [...hotlineWorkRoles, ...hotlineReadRoles];

/** Roles that work on dossiers at a desk. */
export const deskRoles: readonly Role[] = ['reception_officer', 'specialist', 'leader'];

export const deskMenu: DeskMenuItem[] = [
  { path: '', label: 'Hồ sơ cần xử lý', icon: <InboxOutlined />, roles: null, element: <InboxPage /> },
  {
    path: 'tiep-nhan',
    label: 'Tiếp nhận hồ sơ',
    icon: <FormOutlined />,
    roles: ['reception_officer'],
    element: <IntakePage />,
  },
  {
    path: 'cuoi-ngay',
    label: 'Hồ sơ cuối ngày',
    icon: <ClockCircleOutlined />,
    roles: deskRoles,
    element: <EndOfDayPage />,
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
    path: 'quay',
    label: 'Quầy phục vụ',
    icon: <NumberOutlined />,
    roles: ['reception_officer', 'specialist'],
    element: <CounterPage />,
  },
  {
    path: 'nhan-tin',
    label: 'Đăng ký nhận tin',
    icon: <MessageOutlined />,
    roles: ['reception_officer'],
    element: <PreferencesPage />,
  },
  {
    path: 'thong-ke-quay',
    label: 'Thống kê quầy',
    icon: <BarChartOutlined />,
    roles: ['reception_officer', 'specialist', 'leader'],
    element: <CounterStatsPage />,
  },
  {
    path: 'tong-dai',
    label: 'Tổng đài',
    icon: <PhoneOutlined />,
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
