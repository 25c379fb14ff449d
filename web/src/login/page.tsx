/**
 * /dang-nhap: staff login. After logging in, goes back to `?next=` (a same-site path) or to the person's landing page
 * (shared/auth-paths.ts: the counter, the switchboard, the inbox, the leader's page or /quan-tri, by role).
 */
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { authApi } from '../../../src/contracts/auth-api.js';
import type { LoginBody } from '../../../src/contracts/auth.js';
import { ApiError } from '../shared/api.js';
import { ME_KEY } from '../shared/auth.js';
import { call } from '../shared/client.js';
import { afterLogin } from '../shared/auth-paths.js';
import { StaffProviders } from '../shared/staff-providers.js';
import './login.css';

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nextParam = params.get('next');

  useEffect(() => {
    document.title = 'Đăng nhập cán bộ — Một cửa điện tử';
  }, []);

  const submit = async (values: LoginBody) => {
    setBusy(true);
    setError(null);
    try {
      const { user } = await call(authApi.login, { body: values });
      queryClient.setQueryData(ME_KEY, user);
      void navigate(afterLogin(nextParam, user.roles), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Không kết nối được máy chủ. Vui lòng thử lại.');
      setBusy(false);
    }
  };

  return (
    <StaffProviders>
      <main className="login-page">
        <Card className="login-card">
          <Typography.Title level={1} className="login-title">
            Đăng nhập cán bộ
          </Typography.Title>
          <Typography.Paragraph type="secondary">
            Hệ thống một cửa điện tử — dành cho cán bộ, công chức.
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} role="alert" className="login-error" />}
          <Form<LoginBody>
            layout="vertical"
            onFinish={(v) => void submit(v)}
            requiredMark={false}
            disabled={busy}
          >
            <Form.Item
              label="Tên đăng nhập"
              name="username"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên đăng nhập.' }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                size="large"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              label="Mật khẩu"
              name="password"
              rules={[{ required: true, message: 'Vui lòng nhập mật khẩu.' }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                size="large"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              Đăng nhập
            </Button>
          </Form>
          <Typography.Paragraph className="login-foot">
            Quên mật khẩu? Liên hệ quản trị viên đơn vị để được cấp mật khẩu tạm thời.
          </Typography.Paragraph>
          <Link to="/">← Về trang tra cứu thủ tục</Link>
        </Card>
      </main>
    </StaffProviders>
  );
}
