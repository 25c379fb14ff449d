/**
 * The frame of every staff area (admin /quan-tri, desk /ban-lam-viec): a side menu from the area's registry (a
 * drawer on phones) followed by the other area's pages the user may open, the brand, the user's name, role and a
 * "Dữ liệu mẫu" tag for sample units with an account menu, and the area's routes: the bare address sends the user
 * to their home in the area, an entry the user may not open answers 403, anything else 404.
 */
import { Suspense, useState, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
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
  /** Shown after the label in the menu (e.g. a count of what waits). */
  badge?: ReactNode;
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
  /** Where the bare base address goes: the base itself shows the '' entry; any other path is redirected to. */
  home?: string;
  /** The other staff area's pages the user may open, listed under its name after the area's own. */
  otherArea?: { base: string; title: string; entries: readonly ShellEntry[] };
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
  const selected = location.pathname.slice(p.base.length).replace(/^\/+/, '').split('/')[0] ?? '';
  const home = p.home ?? p.base;
  const other = p.otherArea;

  const sideMenu = (onNavigate?: () => void) => {
    const link = (base: string, m: ShellEntry) => (m.path ? `${base}/${m.path}` : base);
    const item = (base: string, m: ShellEntry, key: string) => ({
      key,
      icon: m.icon,
      label: (
        <Link to={link(base, m)} onClick={onNavigate}>
          {m.label}
          {m.badge}
        </Link>
      ),
    });
    const own = p.entries.filter(p.mayOpen).map((m) => item(p.base, m, m.path));
    const others = other?.entries.length
      ? [
          {
            type: 'group' as const,
            key: other.base,
            label: other.title,
            children: other.entries.map((m) => item(other.base, m, link(other.base, m))),
          },
        ]
      : [];
    return (
      <nav aria-label={p.navLabel}>
        <Menu mode="inline" selectedKeys={[selected]} className="staff-menu" items={[...own, ...others]} />
      </nav>
    );
  };
  const noAccess = <Result status="403" title="Không có quyền truy cập" subTitle={p.noAccessText} />;
  const homeEntry = p.entries.find((m) => m.path === '');
  const index =
    home !== p.base ? (
      <Navigate to={home} replace />
    ) : homeEntry && p.mayOpen(homeEntry) ? (
      homeEntry.element
    ) : (
      noAccess
    );

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
              <Route index element={index} />
              {p.entries
                .filter((m) => m.path)
                .map((m) => (
                  <Route key={m.path} path={`${m.path}/*`} element={p.mayOpen(m) ? m.element : noAccess} />
                ))}
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
