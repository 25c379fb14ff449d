/**
 * /ban-lam-viec: the staff desk (reception officers, specialists, leaders). Signed-in staff only; a side menu from
 * the registry in menu.tsx (a drawer on phones), the user's name and role, log out. The dossier page
 * (/ban-lam-viec/ho-so/:code) is reached from the inbox and the intake result, not from the menu.
 */
import { lazy, Suspense, useState } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Result, Spin, Tag, Typography } from 'antd';
import { DownOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { RequireStaff, useCurrentStaff, useLogout, type Me } from '../shared/auth.js';
import { StaffProviders } from '../shared/staff-providers.js';
import { deskMenu, type DeskMenuItem } from './menu.js';
import './desk.css';

const DossierPage = lazy(() => import('./dossier-page.js'));

export const DESK_BASE = '/ban-lam-viec';

export function mayOpen(me: Pick<Me, 'roles'>, item: Pick<DeskMenuItem, 'roles'>): boolean {
  return item.roles === null || me.roles.some((r) => item.roles?.includes(r.role));
}

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useCurrentStaff();
  const location = useLocation();
  const sub = location.pathname.slice(DESK_BASE.length).replace(/^\/+/, '').split('/')[0] ?? '';
  const items = deskMenu
    .filter((m) => mayOpen(me, m))
    .map((m) => ({
      key: m.path,
      icon: m.icon,
      label: (
        <Link to={m.path ? `${DESK_BASE}/${m.path}` : DESK_BASE} onClick={onNavigate}>
          {m.label}
        </Link>
      ),
    }));
  return (
    <nav aria-label="Menu bàn làm việc">
      <Menu mode="inline" selectedKeys={[sub === 'ho-so' ? '' : sub]} items={items} className="desk-menu" />
    </nav>
  );
}

function Brand() {
  return (
    <Link to={DESK_BASE} className="desk-brand">
      Một cửa điện tử
      <span className="desk-brand-sub">Bàn làm việc</span>
    </Link>
  );
}

function UserBox() {
  const me = useCurrentStaff();
  const logout = useLogout();
  const role = me.roles[0];
  const isAdmin = me.permissions.includes('staff.manage') || me.permissions.includes('catalogue.manage');
  return (
    <div className="desk-user">
      {me.unit.isSample && (
        <Tag className="desk-sample-tag" title="Đơn vị mẫu, không phải dữ liệu thật">
          Dữ liệu mẫu
        </Tag>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            ...(isAdmin ? [{ key: 'admin', label: <Link to="/quan-tri">Trang quản trị</Link> }] : []),
            { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: () => logout.mutate() },
          ],
        }}
      >
        <Button type="text" className="desk-user-button" aria-label={`Tài khoản ${me.fullName}`}>
          <UserOutlined aria-hidden />
          <span className="desk-user-text">
            <span className="desk-user-name">{me.fullName}</span>
            {role && (
              <span className="desk-user-role">
                {role.label} · {role.unitName}
              </span>
            )}
          </span>
          <DownOutlined aria-hidden className="desk-user-chevron" />
        </Button>
      </Dropdown>
    </div>
  );
}

function NoAccess() {
  return (
    <Result
      status="403"
      title="Không có quyền truy cập"
      subTitle="Trang này không dành cho vai trò của bạn."
    />
  );
}

function DeskLayout() {
  const me = useCurrentStaff();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.lg;
  const [drawer, setDrawer] = useState(false);

  return (
    <Layout className="desk-root">
      {!isPhone && (
        <Layout.Sider width={232} theme="light" className="desk-sider">
          <Brand />
          <SideMenu />
        </Layout.Sider>
      )}
      <Drawer
        open={isPhone && drawer}
        onClose={() => setDrawer(false)}
        placement="left"
        size={272}
        title={<Brand />}
        styles={{ body: { padding: 0 } }}
      >
        <SideMenu onNavigate={() => setDrawer(false)} />
      </Drawer>
      <Layout>
        <Layout.Header className="desk-header">
          {isPhone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="Mở menu"
              aria-expanded={drawer}
              onClick={() => setDrawer(true)}
            />
          )}
          {isPhone && <span className="desk-header-title">Bàn làm việc</span>}
          <UserBox />
        </Layout.Header>
        <Layout.Content className="desk-content">
          <Suspense fallback={<Spin style={{ display: 'block', margin: '10vh auto' }} />}>
            <Routes>
              {deskMenu.map((m) => {
                const element = mayOpen(me, m) ? m.element : <NoAccess />;
                return m.path ? (
                  <Route key={m.path} path={`${m.path}/*`} element={element} />
                ) : (
                  <Route key="index" index element={element} />
                );
              })}
              <Route path="ho-so/:code" element={<DossierPage />} />
              <Route
                path="*"
                element={
                  <Result
                    status="404"
                    title="Không tìm thấy trang"
                    extra={
                      <Link to={DESK_BASE}>
                        <Typography.Text>Về bàn làm việc</Typography.Text>
                      </Link>
                    }
                  />
                }
              />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
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
