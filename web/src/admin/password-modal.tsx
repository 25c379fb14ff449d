import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PASSWORD_MIN_LENGTH } from '../../../src/domain/org/rules.js';
import { authApi } from '../../../src/contracts/auth-api.js';
import { call } from '../shared/client.js';
import { ME_KEY, useCurrentStaff } from '../shared/auth.js';
import type { StaffShellProps, ShellEntry } from '../shared/staff-shell.js';
import { applyApiError } from './org-api.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change one's own password (POST /api/auth/password). */
export function PasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (v: Values) =>
      call(authApi.changePassword, {
        body: { currentPassword: v.currentPassword, newPassword: v.newPassword },
      }),
    onSuccess: async () => {
      void message.success('Đã đổi mật khẩu.');
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ME_KEY });
      onClose();
    },
    onError: (e) => applyApiError(e, form, (t) => void message.error(t)),
  });

  return (
    <Modal
      open={open}
      title="Đổi mật khẩu"
      okText="Đổi mật khẩu"
      cancelText="Để sau"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item
          label="Mật khẩu hiện tại"
          name="currentPassword"
          rules={[{ required: true, message: 'Vui lòng nhập mật khẩu hiện tại.' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="Mật khẩu mới"
          name="newPassword"
          extra={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, không chứa tên đăng nhập.`}
          rules={[
            { required: true, message: 'Vui lòng nhập mật khẩu mới.' },
            { min: PASSWORD_MIN_LENGTH, message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="Nhập lại mật khẩu mới"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Vui lòng nhập lại mật khẩu mới.' },
            ({ getFieldValue }) => ({
              validator: (_r, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error('Hai mật khẩu không khớp.')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * What every staff area offers about one's password (spread into <StaffShell>): "Đổi mật khẩu" in the account menu,
 * and while the password is temporary a warning above the page and the form opened once.
 */
export function usePasswordChange(): Pick<
  StaffShellProps<ShellEntry>,
  'accountItems' | 'banner' | 'children'
> {
  const me = useCurrentStaff();
  const [open, setOpen] = useState(me.mustChangePassword);
  return {
    accountItems: [
      { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu', onClick: () => setOpen(true) },
    ],
    banner: me.mustChangePassword && (
      <Alert
        type="warning"
        showIcon
        className="staff-banner"
        title="Bạn đang dùng mật khẩu tạm thời. Vui lòng đổi mật khẩu."
        action={
          <Button size="small" onClick={() => setOpen(true)}>
            Đổi mật khẩu
          </Button>
        }
      />
    ),
    children: <PasswordModal open={open} onClose={() => setOpen(false)} />,
  };
}
