/**
 * A unit's counters, in its edit drawer: number, label, the fields each serves, open or closed, and who is signed
 * in (GET/POST /api/admin/units/{agencyId}/counters, PUT /api/admin/counters/{id}; unit.manage). Links to the
 * unit's kiosk and lobby display.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Divider,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Typography,
} from 'antd';
import { queueApi } from '../../../../src/contracts/queue-api.js';
import type { Counter } from '../../../../src/contracts/queue.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';
import { fieldOptions, useProcedureCounts } from '../field-options.js';
import { useFields } from '../org-api.js';

interface Draft {
  id: string | null;
  number: number | null;
  label: string;
  fieldCodes: string[];
  active: boolean;
}

const empty: Draft = { id: null, number: null, label: '', fieldCodes: [], active: true };

export function CountersSection({ agencyId }: { agencyId: string }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const key = ['admin', 'counters', agencyId] as const;
  const counters = useQuery({
    queryKey: key,
    queryFn: () => call(queueApi.counters, { params: { agencyId } }),
  });
  const fields = useFields();
  const counts = useProcedureCounts();
  const [draft, setDraft] = useState<Draft | null>(null);
  const save = useMutation({
    mutationFn: (d: Draft) => {
      const body = {
        number: d.number!,
        label: d.label.trim() || null,
        fieldCodes: d.fieldCodes,
        active: d.active,
      };
      return d.id
        ? call(queueApi.changeCounter, { params: { id: d.id }, body })
        : call(queueApi.addCounter, { params: { agencyId }, body });
    },
    onSuccess: () => {
      void message.success('Đã lưu quầy.');
      setDraft(null);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const names = new Map((fields.data ?? []).map((f) => [f.code, f.name]));
  const error = save.error instanceof ApiError ? save.error.message : null;

  return (
    <>
      <Divider />
      <Typography.Title level={5}>Quầy phục vụ</Typography.Title>
      <Typography.Paragraph type="secondary">
        Máy lấy số: <a href={`/lay-so/${agencyId}`}>/lay-so/{agencyId}</a> · Màn hình gọi số:{' '}
        <a href={`/man-hinh/${agencyId}`}>/man-hinh/{agencyId}</a>
      </Typography.Paragraph>
      {counters.error instanceof ApiError && <Alert type="error" showIcon title={counters.error.message} />}
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        loading={counters.isLoading}
        dataSource={counters.data ?? []}
        columns={[
          { title: 'Quầy', dataIndex: 'number' },
          { title: 'Tên', dataIndex: 'label', render: (v: string | null) => v ?? '' },
          {
            title: 'Lĩnh vực',
            dataIndex: 'fieldCodes',
            render: (codes: string[]) => codes.map((c) => names.get(c) ?? c).join(', '),
          },
          { title: 'Đang mở', dataIndex: 'active', render: (v: boolean) => (v ? 'Có' : 'Đóng') },
          { title: 'Cán bộ', dataIndex: 'officer', render: (o: Counter['officer']) => o?.fullName ?? '' },
          {
            title: '',
            key: 'edit',
            render: (_: unknown, c: Counter) => (
              <Button size="small" onClick={() => setDraft({ ...c, label: c.label ?? '' })}>
                Sửa
              </Button>
            ),
          },
        ]}
      />
      {!draft && (
        <Button style={{ marginTop: 8 }} onClick={() => setDraft(empty)}>
          Thêm quầy
        </Button>
      )}
      {draft && (
        <Space orientation="vertical" style={{ marginTop: 12, width: '100%' }}>
          {error && <Alert type="error" showIcon title={error} />}
          <label>
            Số quầy{' '}
            <InputNumber
              min={1}
              max={999}
              value={draft.number}
              onChange={(v) => setDraft({ ...draft, number: v })}
            />
          </label>
          <label>
            Tên quầy{' '}
            <Input
              value={draft.label}
              maxLength={100}
              onChange={(e) => setDraft({ ...draft, label: e.target.value })}
            />
          </label>
          <label htmlFor="counter-fields">Lĩnh vực phục vụ</label>
          <Select
            id="counter-fields"
            mode="multiple"
            style={{ width: '100%' }}
            placeholder="Chọn lĩnh vực"
            value={draft.fieldCodes}
            onChange={(v) => setDraft({ ...draft, fieldCodes: v })}
            options={fieldOptions(fields.data ?? [], counts, draft.fieldCodes)}
          />
          <label>
            Đang mở <Switch checked={draft.active} onChange={(v) => setDraft({ ...draft, active: v })} />
          </label>
          <Space>
            <Button type="primary" loading={save.isPending} onClick={() => save.mutate(draft)}>
              Lưu quầy
            </Button>
            <Button onClick={() => setDraft(null)}>Hủy</Button>
          </Space>
        </Space>
      )}
    </>
  );
}
