/**
 * Điểm dịch vụ công (/quan-tri/diem-dich-vu): the online public service points of the units the administrator
 * manages — open one, change it, close it, bind helpers (accounts with the role "Người hỗ trợ tại điểm dịch vụ công",
 * created on the staff page) — and the counts: online submissions, those entered at a point, each point per day.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  message,
} from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { servicePointApi } from '../../../../src/contracts/service-points-api.js';
import type { ServicePoint } from '../../../../src/contracts/service-points.js';
import { call } from '../../shared/client.js';
import { useUnits } from '../org-api.js';

export const pointKindLabels: Record<ServicePoint['kind'], string> = {
  commune_office: 'Trụ sở xã',
  post_office: 'Bưu điện',
  village_house: 'Nhà văn hóa thôn',
  other: 'Nơi khác',
};
const kindOptions = Object.entries(pointKindLabels).map(([value, label]) => ({ value, label }));
const KEY = ['admin', 'service-points'] as const;

interface NewPoint {
  unitId: string;
  name: string;
  kind: ServicePoint['kind'];
  address?: string;
}

function NewPointForm({ onDone }: { onDone: () => void }) {
  const units = useUnits();
  const [form] = Form.useForm<NewPoint>();
  const create = useMutation({
    mutationFn: (body: NewPoint) => call(servicePointApi.create, { body }),
    onSuccess: () => {
      form.resetFields();
      onDone();
    },
  });
  const options = (units.data ?? []).filter((u) => u.manageable).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Card title={<h2 className="unit-detail-title">Mở điểm mới</h2>} size="small">
      {create.isError && <Alert type="error" showIcon title={create.error.message} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => create.mutate(v)}
        initialValues={{ kind: 'village_house' }}
      >
        <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
          <Select options={options} aria-label="Đơn vị" />
        </Form.Item>
        <Form.Item
          name="name"
          label="Tên điểm"
          rules={[{ required: true, min: 2, message: 'Nhập tên điểm.' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label="Loại điểm">
          <Select options={kindOptions} aria-label="Loại điểm" />
        </Form.Item>
        <Form.Item name="address" label="Địa chỉ">
          <Input maxLength={300} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          Mở điểm
        </Button>
      </Form>
    </Card>
  );
}

function Stats() {
  const stats = useQuery({ queryKey: [...KEY, 'stats'], queryFn: () => call(servicePointApi.stats) });
  if (!stats.data) return null;
  const s = stats.data;
  return (
    <Card
      title={
        <h2 className="unit-detail-title">
          Số hồ sơ từ {s.from} đến {s.to}
        </h2>
      }
      size="small"
    >
      <p>
        Nộp trực tuyến: <strong>{s.online}</strong> · trong đó được hỗ trợ tại điểm dịch vụ công:{' '}
        <strong>{s.assistedAtPoints}</strong>
      </p>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={s.points}
        columns={[
          { title: 'Điểm', dataIndex: 'name' },
          { title: 'Tổng', dataIndex: 'total' },
          {
            title: 'Theo ngày',
            render: (_: unknown, p: (typeof s.points)[number]) =>
              p.days.map((d) => `${d.date}: ${d.count}`).join(' · ') || '—',
          },
        ]}
      />
    </Card>
  );
}

export default function ServicePointsPage() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: KEY, queryFn: () => call(servicePointApi.list) });
  const [toast, holder] = message.useMessage();
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    document.title = 'Điểm dịch vụ công — Quản trị';
  }, []);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: KEY });
  const patch = useMutation({
    mutationFn: (v: { id: string; body: { active?: boolean; helperIds?: string[] } }) =>
      call(servicePointApi.patch, { params: { id: v.id }, body: v.body }),
    onSuccess: () => {
      void toast.success('Đã lưu.');
      refresh();
    },
    onError: (e) => void toast.error(e.message),
  });
  const items = list.data?.items ?? [];
  const helperOptions = (p: ServicePoint) => [
    ...p.helpers.map((h) => ({ value: h.id, label: h.fullName })),
    ...(list.data?.unboundHelpers ?? [])
      .filter((h) => h.unitId === p.unit.id)
      .map((h) => ({ value: h.id, label: h.fullName })),
  ];
  return (
    <>
      {holder}
      <div className="staff-page-head">
        <Typography.Title level={1}>Điểm dịch vụ công</Typography.Title>
        <Button onClick={() => setAdding((a) => !a)}>{adding ? 'Đóng' : 'Mở điểm mới'}</Button>
      </div>
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {adding && (
          <NewPointForm
            onDone={() => {
              setAdding(false);
              refresh();
            }}
          />
        )}
        <Table
          rowKey="id"
          loading={list.isPending}
          dataSource={items}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: 'Điểm',
              render: (_: unknown, p: ServicePoint) => (
                <>
                  <strong>{p.name}</strong> <Tag>{pointKindLabels[p.kind]}</Tag>
                  <div className="desk-muted">
                    {p.unit.name}
                    {p.address ? ` · ${p.address}` : ''}
                  </div>
                </>
              ),
            },
            {
              title: 'Người hỗ trợ',
              render: (_: unknown, p: ServicePoint) => (
                <Select
                  mode="multiple"
                  style={{ minWidth: 200 }}
                  value={p.helpers.map((h) => h.id)}
                  options={helperOptions(p)}
                  aria-label={`Người hỗ trợ tại ${p.name}`}
                  placeholder="Chưa có"
                  onChange={(helperIds: string[]) => patch.mutate({ id: p.id, body: { helperIds } })}
                />
              ),
            },
            {
              title: 'Hoạt động',
              render: (_: unknown, p: ServicePoint) => (
                <Switch
                  checked={p.active}
                  aria-label={`Hoạt động: ${p.name}`}
                  onChange={(active) => patch.mutate({ id: p.id, body: { active } })}
                />
              ),
            },
          ]}
        />
        <Stats />
      </Space>
    </>
  );
}
