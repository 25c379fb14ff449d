import { App, Button, Dropdown, Space } from 'antd';
import { DownOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../shared/client.js';
import { orgApi } from '../../../src/contracts/org-api.js';
import { useCurrentStaff } from '../shared/auth.js';
import { applyApiError, orgKeys, type StaffItem } from './org-api.js';

type Action = 'toggle' | 'unlock' | 'reset';

/** "Sửa" plus a menu of account actions (unlock, lock/reopen, new temporary password), each confirmed first. */
export function StaffActions({
  s,
  onEdit,
  onPassword,
}: {
  s: StaffItem;
  onEdit: () => void;
  onPassword: (name: string, password: string) => void;
}) {
  const me = useCurrentStaff();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: async (action: Action) => {
      if (action === 'reset') {
        const r = await call(orgApi.resetPassword, { params: { id: s.id } });
        onPassword(s.fullName, r.temporaryPassword);
        return;
      }
      await call(orgApi.patchStaff, {
        params: { id: s.id },
        body: action === 'unlock' ? { unlock: true } : { active: !s.active },
      });
      void message.success(
        action === 'unlock'
          ? 'Đã mở khóa đăng nhập.'
          : s.active
            ? 'Đã khóa tài khoản.'
            : 'Đã mở lại tài khoản.',
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgKeys.staff }),
    onError: (e) => applyApiError(e, undefined, (t) => void message.error(t)),
  });

  const confirm = (action: Action, title: string, content: string, okText: string) =>
    modal.confirm({ title, content, okText, cancelText: 'Hủy', onOk: () => act.mutateAsync(action) });

  const items = [
    ...(s.lockedUntil ? [{ key: 'unlock', label: 'Mở khóa đăng nhập' }] : []),
    ...(s.id !== me.id ? [{ key: 'toggle', label: s.active ? 'Khóa tài khoản' : 'Mở lại tài khoản' }] : []),
    { key: 'reset', label: 'Cấp mật khẩu tạm thời' },
  ];

  return (
    <Space size={4}>
      <Button size="small" icon={<EditOutlined />} onClick={onEdit} aria-label={`Sửa ${s.fullName}`}>
        Sửa
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'unlock') act.mutate('unlock');
            else if (key === 'toggle') {
              confirm(
                'toggle',
                s.active ? `Khóa tài khoản ${s.username}?` : `Mở lại tài khoản ${s.username}?`,
                s.active
                  ? 'Người dùng sẽ bị đăng xuất và không đăng nhập được nữa.'
                  : 'Người dùng đăng nhập lại được.',
                s.active ? 'Khóa' : 'Mở lại',
              );
            } else {
              confirm(
                'reset',
                `Cấp mật khẩu tạm thời mới cho ${s.username}?`,
                'Mật khẩu cũ hết hiệu lực và người dùng bị đăng xuất.',
                'Cấp mật khẩu',
              );
            }
          },
        }}
      >
        <Button size="small" loading={act.isPending} aria-label={`Thao tác khác với ${s.fullName}`}>
          Khác <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
    </Space>
  );
}
