/**
 * The admin menu registry. Each entry is a page under /quan-tri/<path>, shown in the side menu to people holding
 * `permission` (null: every staff member) — the permission the server checks for the page (see
 * web/src/shared/staff-menus.test.ts). To add a page, append an entry here — nothing else to wire.
 * Pages are loaded on demand. The home page is the administrators' (shared/auth-paths.ts `areaHome`).
 */
import { lazy, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  DollarOutlined,
  FileTextOutlined,
  HomeOutlined,
  MessageOutlined,
  ShopOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../../src/domain/org/roles.js';
import { hasPermission, type Me } from '../shared/auth.js';
import { ADMIN_PATH, areaHome } from '../shared/auth-paths.js';

export const ADMIN_TITLE = 'Quản trị';

export interface AdminMenuItem {
  /** Relative to /quan-tri; '' is the home page. */
  path: string;
  label: string;
  icon: ReactNode;
  permission: Permission | null;
  element: ReactNode;
}

const HomePage = lazy(() => import('./home-page.js'));
const UnitsPage = lazy(() => import('./units-page.js'));
const FieldsPage = lazy(() => import('./fields-page.js'));
const StaffPage = lazy(() => import('./staff-page.js'));
const CalendarPage = lazy(() => import('./calendar/calendar-page.js'));
const CataloguePage = lazy(() => import('./catalogue/catalogue-page.js'));
const NotifyPage = lazy(() => import('./notify/notify-page.js'));
const ServiceHoursPage = lazy(() => import('./service-hours/service-hours-page.js'));
const AuditPage = lazy(() => import('./audit/audit-page.js'));
const ServicePointsPage = lazy(() => import('./service-points/service-points-page.js'));
const FeePoliciesPage = lazy(() => import('./fees/fee-policies-page.js'));

/** The pages; the home page (first in the menu) links to them. */
const pages: AdminMenuItem[] = [
  {
    path: 'don-vi',
    label: 'Đơn vị',
    icon: <ApartmentOutlined />,
    permission: 'org.read',
    element: <UnitsPage />,
  },
  { path: 'can-bo', label: 'Cán bộ', icon: <TeamOutlined />, permission: 'org.read', element: <StaffPage /> },
  {
    path: 'linh-vuc',
    label: 'Lĩnh vực',
    icon: <AppstoreOutlined />,
    permission: 'org.read',
    element: <FieldsPage />,
  },
  {
    path: 'lich-lam-viec',
    label: 'Lịch làm việc',
    icon: <CalendarOutlined />,
    permission: 'org.read',
    element: <CalendarPage />,
  },
  {
    path: 'gio-phuc-vu',
    label: 'Giờ phục vụ',
    icon: <ClockCircleOutlined />,
    permission: 'unit.manage',
    element: <ServiceHoursPage />,
  },
  {
    path: 'thu-tuc',
    label: 'Thủ tục hành chính',
    icon: <FileTextOutlined />,
    permission: 'catalogue.manage',
    element: <CataloguePage />,
  },
  {
    path: 'thong-bao',
    label: 'Tin nhắn thông báo',
    icon: <MessageOutlined />,
    permission: 'notify.manage',
    element: <NotifyPage />,
  },
  {
    path: 'diem-dich-vu',
    label: 'Điểm dịch vụ công',
    icon: <ShopOutlined />,
    permission: 'service_points.manage',
    element: <ServicePointsPage />,
  },
  {
    path: 'phi-le-phi',
    label: 'Chính sách phí, lệ phí',
    icon: <DollarOutlined />,
    permission: 'fees.manage',
    element: <FeePoliciesPage />,
  },
  {
    path: 'nhat-ky-truy-cap',
    label: 'Nhật ký truy cập',
    icon: <AuditOutlined />,
    permission: 'audit.read',
    element: <AuditPage />,
  },
];

export const adminMenu: AdminMenuItem[] = [
  {
    path: '',
    label: 'Trang chủ',
    icon: <HomeOutlined />,
    permission: null,
    element: <HomePage links={pages} />,
  },
  ...pages,
];

/**
 * Whether the person may open the page (and sees it in the menu). The home page is for those whose /quan-tri it is
 * (administrators, people without a role); the others' /quan-tri sends them to their own page.
 */
export function mayOpenAdmin(
  me: Pick<Me, 'roles' | 'permissions'>,
  item: Pick<AdminMenuItem, 'path' | 'permission'>,
): boolean {
  if (item.path === '') return areaHome(ADMIN_PATH, me.roles) === ADMIN_PATH;
  return hasPermission(me, item.permission);
}

/** The admin area as the desk's menu lists it: the admin pages the person may open. */
export function adminPagesFor(me: Pick<Me, 'roles' | 'permissions'>) {
  return { base: ADMIN_PATH, title: ADMIN_TITLE, entries: adminMenu.filter((m) => mayOpenAdmin(me, m)) };
}
