/**
 * The frame of every staff area (admin /quan-tri, desk /ban-lam-viec): a side menu from the area's registry (a
 * drawer on phones), the brand, the user's name, role and a "Dữ liệu mẫu" tag for sample units with an account
 * menu, and the area's routes with a 403 for an entry the user may not open and a 404 for anything else.
 */
import { Suspense, useState, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Result, Spin, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { DownOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useCurrentStaff, useLogout } from './auth.js';
import './staff-shell.css';

export interface ShellEntry {
  /** Path under the area's base; '' for the area's home. */
  path: string;
  label: string;
  icon: ReactNode;
  element: ReactNode;
}

export interface StaffShellProps<E extends ShellEntry> {
  /** e.g. '/quan-tri'. */
  base: string;
  /** The area's name, under the brand and in the phone header (e.g. 'Quản trị'). */
  title: string;
  /** Accessible name of the side menu. */
  navLabel: string;
  entries: readonly E[];
  mayOpen: (entry: E) => boolean;
  /** The menu key to highlight for the first path segment (default: the segment itself). */
  selectedKey?: (segment: string) => string;
  /** Account menu entries above "Đăng xuất". */
  accountItems?: NonNullable<MenuProps['items']>;
  /** Shown above the page (e.g. a temporary-password warning). */
  banner?: ReactNode;
  /** Routes of the area that are not menu entries (e.g. one dossier). */
  extraRoutes?: ReactNode;
  /** The 404 page's link text back to the area's home. */
  homeLabel: string;
  /** The 403 text for an entry the user's roles may not open. */
  noAccessText: string;
  /** Rendered beside the layout (e.g. a modal). */
  children?: ReactNode;
}

function Brand({ base, title }: { base: string; title: string }) {
  return (
    <Link to={base} className="staff-brand">
      Một cửa điện tử
      <span className="staff-brand-sub">{title}</span>
    </Link>
  );
}

function UserBox({ accountItems }: { accountItems: NonNullable<MenuProps['items']> }) {
  const me = useCurrentStaff();
  const logout = useLogout();
  const role = me.roles[0];
  return (
    <div className="staff-user">
      {me.unit.isSample && (
        <Tag className="staff-sample-tag" title="Đơn vị mẫu, không phải dữ liệu thật">
          Dữ liệu mẫu
        </Tag>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...accountItems,
            { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: () => logout.mutate() },
          ],
        }}
      >
        <Button type="text" className="staff-user-button" aria-label={`Tài khoản ${me.fullName}`}>
          <UserOutlined aria-hidden />
          <span className="staff-user-text">
            <span className="staff-user-name">{me.fullName}</span>
            {role && (
              <span className="staff-user-role">
                {role.label} · {role.unitName}
              </span>
            )}
          </span>
          <DownOutlined aria-hidden className="staff-user-chevron" />
        </Button>
      </Dropdown>
    </div>
  );
}

export function StaffShell<E extends ShellEntry>(p: StaffShellProps<E>) {
  const location = useLocation();
  const isPhone = !Grid.useBreakpoint().lg;
  const [drawer, setDrawer] = useState(false);
  const segment = location.pathname.slice(p.base.length).replace(/^\/+/, '').split('/')[0] ?? '';
  const selected = p.selectedKey ? p.selectedKey(segment) : segment;

  const sideMenu = (onNavigate?: () => void) => (
    <nav aria-label={p.navLabel}>
      <Menu
        mode="inline"
        selectedKeys={[selected]}
        className="staff-menu"
        items={p.entries.filter(p.mayOpen).map((m) => ({
          key: m.path,
          icon: m.icon,
          label: (
            <Link to={m.path ? `${p.base}/${m.path}` : p.base} onClick={onNavigate}>
              {m.label}
            </Link>
          ),
        }))}
      />
    </nav>
  );
  const noAccess = <Result status="403" title="Không có quyền truy cập" subTitle={p.noAccessText} />;

  return (
    <Layout className="staff-root">
      {!isPhone && (
        <Layout.Sider width={232} theme="light" className="staff-sider">
          <Brand base={p.base} title={p.title} />
          {sideMenu()}
        </Layout.Sider>
      )}
      <Drawer
        open={isPhone && drawer}
        onClose={() => setDrawer(false)}
        placement="left"
        size={272}
        title={<Brand base={p.base} title={p.title} />}
        styles={{ body: { padding: 0 } }}
      >
        {sideMenu(() => setDrawer(false))}
      </Drawer>
      <Layout>
        <Layout.Header className="staff-header">
          {isPhone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="Mở menu"
              aria-expanded={drawer}
              onClick={() => setDrawer(true)}
            />
          )}
          {isPhone && <span className="staff-header-title">{p.title}</span>}
          <UserBox accountItems={p.accountItems ?? []} />
        </Layout.Header>
        <Layout.Content className="staff-content">
          {p.banner}
          <Suspense fallback={<Spin style={{ display: 'block', margin: '10vh auto' }} />}>
            <Routes>
              {p.entries.map((m) => {
                const element = p.mayOpen(m) ? m.element : noAccess;
                return m.path ? (
                  <Route key={m.path} path={`${m.path}/*`} element={element} />
                ) : (
                  <Route key="index" index element={element} />
                );
              })}
              {p.extraRoutes}
              <Route
                path="*"
                element={
                  <Result
                    status="404"
                    title="Không tìm thấy trang"
                    extra={
                      <Link to={p.base}>
                        <Typography.Text>{p.homeLabel}</Typography.Text>
                      </Link>
                    }
                  />
                }
              />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
      {p.children}
    </Layout>
  );
}
