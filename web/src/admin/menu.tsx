/**
 * The admin menu registry. Each entry is a page under /quan-tri/<path>, shown in the side menu to people holding
 * `permission` (null: every staff member). To add a page, append an entry here — nothing else to wire.
 * Pages are loaded on demand.
 */
import { lazy, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AppstoreOutlined,
  AuditOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  FileTextOutlined,
  HomeOutlined,
  MessageOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Permission } from '../../../src/domain/org/roles.js';

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
