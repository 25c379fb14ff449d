import { useEffect, useState } from 'react';
import { Alert, Button, Grid, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { formatCount, formatDateTime, formatTimeDate } from '../../../src/domain/format/format.js';
import { roleLabels, roles, type Role } from '../../../src/domain/org/roles.js';
import { hasPermission, useCurrentStaff } from '../shared/auth.js';
import { useSecurityAlerts, useStaffList, useUnits, type StaffFilter, type StaffItem } from './org-api.js';
import { StaffActions } from './staff-actions.js';
import { StaffDrawer, type StaffDrawerTarget } from './staff-drawer.js';

function StatusTags({ s }: { s: StaffItem }) {
  return (
    <Space size={4} wrap>
      {s.active ? (
        <Tag className="staff-tag tag-ok">Hoạt động</Tag>
      ) : (
        <Tag className="staff-tag">Đã khóa</Tag>
      )}
      {s.lockedUntil && <Tag className="staff-tag tag-bad">Tạm khóa đến {formatTimeDate(s.lockedUntil)}</Tag>}
      {s.mustChangePassword && <Tag className="staff-tag">Mật khẩu tạm</Tag>}
    </Space>
  );
}

/** Bursts of failed logins on the accounts this administrator manages: someone may be guessing a password. */
function SecurityAlerts({ enabled }: { enabled: boolean }) {
  const alerts = useSecurityAlerts(enabled).data?.items ?? [];
  if (alerts.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="staff-security-alerts"
      title="Cảnh báo đăng nhập sai nhiều lần (7 ngày qua)"
      description={
        <ul>
          {alerts.map((a) => (
            <li key={a.id}>
              {formatDateTime(a.createdAt)}: tài khoản <strong>{a.username}</strong> ({a.fullName},{' '}
              {a.unitName}) — {a.failures} lần sai mật khẩu trong một giờ từ {a.addresses} địa chỉ. Tài khoản
              không bị khóa; người ở máy quen vẫn đăng nhập được. Nếu không phải cán bộ tự nhập sai, hãy báo
              bộ phận kỹ thuật.
            </li>
          ))}
        </ul>
      }
    />
  );
}

function PasswordShown({
  value,
  onClose,
}: {
  value: { name: string; password: string } | null;
  onClose: () => void;
}) {
  return (
    <Modal
      open={value !== null}
      title="Mật khẩu tạm thời"
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          Đã ghi lại
        </Button>
      }
    >
      <Typography.Paragraph>
        Mật khẩu tạm thời của <strong>{value?.name}</strong>. Mật khẩu chỉ hiển thị một lần; hãy trao trực
        tiếp cho người dùng. Họ sẽ được yêu cầu đổi mật khẩu khi đăng nhập.
      </Typography.Paragraph>
      <Typography.Text code copyable={{ text: value?.password }} className="staff-temp-password">
        {value?.password}
      </Typography.Text>
    </Modal>
  );
}

export default function StaffPage() {
  const me = useCurrentStaff();
  const units = useUnits();
  const [filter, setFilter] = useState<StaffFilter>({ page: 1, pageSize: 20 });
  const [q, setQ] = useState('');
  const [drawer, setDrawer] = useState<StaffDrawerTarget | null>(null);
  const [shown, setShown] = useState<{ name: string; password: string } | null>(null);
  const list = useStaffList(filter);
  const canManage = hasPermission(me, 'staff.manage');
  const screens = Grid.useBreakpoint();
  const showPassword = (name: string, password: string) => setShown({ name, password });
  useEffect(() => {
    document.title = 'Cán bộ — Quản trị';
  }, []);

  const set = (patch: Partial<StaffFilter>) => setFilter((f) => ({ ...f, ...patch, page: patch.page ?? 1 }));

  const columns: ColumnsType<StaffItem> = [
    {
      title: 'Họ và tên',
      key: 'name',
      render: (_, s) => (
        <>
          <div className="staff-name">{s.fullName}</div>
          <Typography.Text type="secondary" className="staff-username">
            {s.username}
          </Typography.Text>
        </>
      ),
    },
    {
      title: 'Đơn vị',
      key: 'unit',
      render: (_, s) => s.unit.name,
      responsive: ['sm'],
      onCell: () => ({ style: { minWidth: 140 } }),
    },
    {
      title: 'Vai trò',
      key: 'roles',
      render: (_, s) => (
        <Space size={4} wrap>
          {s.roles.map((r) => (
            <Tag key={r.role + r.unitId} className="staff-tag" title={r.unitName}>
              {r.label}
              {r.unitId !== s.unit.id ? ` (${r.unitName})` : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
    { title: 'Lĩnh vực', key: 'fields', render: (_, s) => s.fieldCodes.join(', '), responsive: ['lg'] },
    { title: 'Máy lẻ', dataIndex: 'extension', responsive: ['lg'], className: 'staff-nowrap' },
    { title: 'Trạng thái', key: 'status', render: (_, s) => <StatusTags s={s} />, responsive: ['md'] },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, s) =>
        s.manageable ? (
          <StaffActions
            s={s}
            onEdit={() => setDrawer({ mode: 'edit', staff: s })}
            onPassword={showPassword}
          />
        ) : null,
    },
  ];

  // On phones one cell per person, laid out as a card.
  const phoneColumns: ColumnsType<StaffItem> = [
    {
      title: 'Cán bộ',
      key: 'card',
      render: (_, s) => (
        <div className="staff-card">
          <div className="staff-name">{s.fullName}</div>
          <Typography.Text type="secondary" className="staff-username">
            {s.username} · {s.unit.name}
            {s.extension ? ` · máy lẻ ${s.extension}` : ''}
          </Typography.Text>
          <Space size={4} wrap className="staff-card-tags">
            {s.roles.map((r) => (
              <Tag key={r.role + r.unitId} className="staff-tag">
                {r.label}
              </Tag>
            ))}
            <StatusTags s={s} />
          </Space>
          {s.manageable && (
            <StaffActions
              s={s}
              onEdit={() => setDrawer({ mode: 'edit', staff: s })}
              onPassword={showPassword}
            />
          )}
        </div>
      ),
    },
  ];

  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Cán bộ</Typography.Title>
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ mode: 'create' })}>
            Thêm cán bộ
          </Button>
        )}
      </div>
      <SecurityAlerts enabled={canManage} />
      <div role="search" className="staff-filters" aria-label="Lọc danh sách cán bộ">
        <Input.Search
          aria-label="Tìm theo tên, tên đăng nhập, email, máy lẻ"
          placeholder="Tìm theo tên, tên đăng nhập, máy lẻ"
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || undefined })}
        />
        <Select
          aria-label="Lọc theo đơn vị"
          placeholder="Tất cả đơn vị"
          allowClear
          value={filter.unitId}
          onChange={(v: string | undefined) => set({ unitId: v })}
          options={(units.data ?? []).map((u) => ({
            value: u.id,
            label: '\u00a0\u00a0'.repeat(u.depth) + u.name,
          }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
        <Select
          aria-label="Lọc theo vai trò"
          placeholder="Tất cả vai trò"
          allowClear
          value={filter.role}
          onChange={(v: Role | undefined) => set({ role: v })}
          options={roles.map((r) => ({ value: r, label: roleLabels[r] }))}
        />
        <Select
          aria-label="Lọc theo trạng thái"
          placeholder="Mọi trạng thái"
          allowClear
          value={filter.active === undefined ? undefined : String(filter.active)}
          onChange={(v: string | undefined) => set({ active: v === undefined ? undefined : v === 'true' })}
          options={[
            { value: 'true', label: 'Đang hoạt động' },
            { value: 'false', label: 'Đã khóa' },
          ]}
        />
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<StaffItem>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        columns={screens.md ? columns : phoneColumns}
        showHeader={Boolean(screens.md)}
        scroll={screens.md && !screens.xl ? { x: 'max-content' } : undefined}
        pagination={{
          current: filter.page,
          pageSize: filter.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => formatCount(total, 'cán bộ'),
          onChange: (page, pageSize) => setFilter((f) => ({ ...f, page, pageSize })),
        }}
      />
      <StaffDrawer
        target={drawer}
        onClose={() => setDrawer(null)}
        onCreated={(s, password) => setShown({ name: s.fullName, password })}
      />
      <PasswordShown value={shown} onClose={() => setShown(null)} />
    </>
  );
}
