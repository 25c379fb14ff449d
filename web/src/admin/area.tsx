/**
 * /quan-tri: the admin shell. Signed-in staff only; a side menu from the registry in menu.tsx (a drawer on
 * phones), the user's name and role, a "Dữ liệu mẫu" tag for sample units, change password, log out.
 */
import { Suspense, useState } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { Alert, Button, Drawer, Dropdown, Grid, Layout, Menu, Result, Spin, Tag, Typography } from 'antd';
import { DownOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { hasPermission, RequireStaff, useCurrentStaff, useLogout } from '../shared/auth.js';
import { StaffProviders } from '../shared/staff-providers.js';
import { adminMenu } from './menu.js';
import { PasswordModal } from './password-modal.js';
import './admin.css';

const BASE = '/quan-tri';

function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useCurrentStaff();
  const location = useLocation();
  const sub = location.pathname.slice(BASE.length).replace(/^\/+/, '').split('/')[0] ?? '';
  const items = adminMenu
    .filter((m) => hasPermission(me, m.permission))
    .map((m) => ({
      key: m.path,
      icon: m.icon,
      label: (
        <Link to={m.path ? `${BASE}/${m.path}` : BASE} onClick={onNavigate}>
          {m.label}
        </Link>
      ),
    }));
  return (
    <nav aria-label="Menu quản trị">
      <Menu mode="inline" selectedKeys={[sub]} items={items} className="admin-menu" />
    </nav>
  );
}

function Brand() {
  return (
    <Link to={BASE} className="admin-brand">
      Một cửa điện tử
      <span className="admin-brand-sub">Quản trị</span>
    </Link>
  );
}

function UserBox({ onChangePassword }: { onChangePassword: () => void }) {
  const me = useCurrentStaff();
  const logout = useLogout();
  const role = me.roles[0];
  return (
    <div className="admin-user">
      {me.unit.isSample && (
        <Tag className="admin-sample-tag" title="Đơn vị mẫu, không phải dữ liệu thật">
          Dữ liệu mẫu
        </Tag>
      )}
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu', onClick: onChangePassword },
            { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: () => logout.mutate() },
          ],
        }}
      >
        <Button type="text" className="admin-user-button" aria-label={`Tài khoản ${me.fullName}`}>
          <UserOutlined aria-hidden />
          <span className="admin-user-text">
            <span className="admin-user-name">{me.fullName}</span>
            {role && (
              <span className="admin-user-role">
                {role.label} · {role.unitName}
              </span>
            )}
          </span>
          <DownOutlined aria-hidden className="admin-user-chevron" />
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
      subTitle="Trang này không dành cho tài khoản của bạn."
    />
  );
}

function AdminLayout() {
  const me = useCurrentStaff();
  const screens = Grid.useBreakpoint();
  const isPhone = !screens.lg;
  const [drawer, setDrawer] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(me.mustChangePassword);

  return (
    <Layout className="admin-root">
      {!isPhone && (
        <Layout.Sider width={232} theme="light" className="admin-sider">
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
        <Layout.Header className="admin-header">
          {isPhone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label="Mở menu"
              aria-expanded={drawer}
              onClick={() => setDrawer(true)}
            />
          )}
          {isPhone && <span className="admin-header-title">Quản trị</span>}
          <UserBox onChangePassword={() => setPasswordOpen(true)} />
        </Layout.Header>
        <Layout.Content className="admin-content">
          {me.mustChangePassword && (
            <Alert
              type="warning"
              showIcon
              className="admin-banner"
              title="Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu."
              action={
                <Button size="small" onClick={() => setPasswordOpen(true)}>
                  Đổi mật khẩu
                </Button>
              }
            />
          )}
          <Suspense fallback={<Spin style={{ display: 'block', margin: '10vh auto' }} />}>
            <Routes>
              {adminMenu.map((m) => {
                const element = hasPermission(me, m.permission) ? m.element : <NoAccess />;
                return m.path ? (
                  <Route key={m.path} path={`${m.path}/*`} element={element} />
                ) : (
                  <Route key="index" index element={element} />
                );
              })}
              <Route
                path="*"
                element={
                  <Result
                    status="404"
                    title="Không tìm thấy trang"
                    extra={
                      <Link to={BASE}>
                        <Typography.Text>Về trang quản trị</Typography.Text>
                      </Link>
                    }
                  />
                }
              />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
      <PasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}

export default function AdminArea() {
  return (
    <StaffProviders>
      <RequireStaff>
        <AdminLayout />
      </RequireStaff>
    </StaffProviders>
  );
}
