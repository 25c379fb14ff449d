/**
 * Chính sách phí, lệ phí (/quan-tri/phi-le-phi): the province administrator's fee policies — provincial decisions
 * that reduce or exempt the fees and charges of procedures on some channels from a date. Added from today on,
 * corrected (wholly while planned; only wording and end once started), ended from today on; never the past.
 * Dossiers keep what they owed when they were submitted or received.
 */
import { useState } from 'react';
import { Alert, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { feesApi } from '../../../../src/contracts/fees-api.js';
import type { FeePolicy, PolicyBody } from '../../../../src/contracts/fees.js';
import { formatDate } from '../../../../src/domain/checklist/checklist.js';
import { effectText } from '../../../../src/domain/fees/policy.js';
import { call } from '../../shared/client.js';
import { DayInput } from '../../shared/day-input.js';
import { channelLabels, kindLabels, PolicyForm, scopeLabels } from './policy-form.js';

const KEY = ['admin', 'fee-policies'] as const;
const stateTags = {
  planned: <Tag color="blue">Sắp có hiệu lực</Tag>,
  in_force: (
    <Tag color="green" style={{ color: '#135200' }}>
      Đang có hiệu lực
    </Tag>
  ),
  ended: <Tag>Đã hết hiệu lực</Tag>,
} as const;

const scopeText = (p: FeePolicy) =>
  p.scope.kind === 'all' ? scopeLabels.all : `${scopeLabels[p.scope.kind]}: ${p.scope.values.join(', ')}`;

function EndModal({ policy, today, onClose }: { policy: FeePolicy; today: string; onClose: () => void }) {
  const [day, setDay] = useState(today);
  const client = useQueryClient();
  const end = useMutation({
    mutationFn: () =>
      call(feesApi.endPolicy, {
        params: { id: policy.id },
        body: { effectiveTo: day, expectedVersion: policy.version },
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={`Kết thúc: ${policy.name}`}
      okText="Kết thúc"
      cancelText="Hủy"
      confirmLoading={end.isPending}
      onOk={() => end.mutate()}
      onCancel={onClose}
    >
      {end.isError && <Alert type="error" showIcon title={end.error.message} />}
      <p>Ngày cuối cùng áp dụng (từ hôm nay trở đi):</p>
      <DayInput id="policy-end-day" value={day} onChange={setDay} min={today} />
    </Modal>
  );
}

export default function FeePoliciesPage() {
  const client = useQueryClient();
  const list = useQuery({ queryKey: KEY, queryFn: () => call(feesApi.policies) });
  const [editing, setEditing] = useState<FeePolicy | 'new' | null>(null);
  const [ending, setEnding] = useState<FeePolicy | null>(null);
  const today = list.data?.today ?? '';
  const save = useMutation({
    mutationFn: (body: PolicyBody) =>
      editing && editing !== 'new'
        ? call(feesApi.correctPolicy, {
            params: { id: editing.id },
            body: { ...body, expectedVersion: editing.version },
          })
        : call(feesApi.addPolicy, { body }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      setEditing(null);
    },
  });
  const open = (p: FeePolicy | 'new') => {
    save.reset();
    setEditing(p);
  };
  return (
    <>
      <div className="staff-page-head">
        <Typography.Title level={1}>Chính sách phí, lệ phí</Typography.Title>
        <Button onClick={() => open('new')} disabled={!today}>
          Thêm chính sách
        </Button>
      </div>
      <Typography.Paragraph>
        Quyết định của tỉnh giảm hoặc miễn phí, lệ phí theo cách thức nộp. Mức thu theo quy định ghi ở từng
        thủ tục; hồ sơ giữ số tiền phải nộp tính vào ngày nộp hoặc tiếp nhận. Không sửa được quá khứ.
      </Typography.Paragraph>
      {list.isError && <Alert type="error" showIcon title={list.error.message} />}
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {editing && (
          <PolicyForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            {...(editing !== 'new' ? { policy: editing } : {})}
            today={today}
            pending={save.isPending}
            error={save.isError ? save.error.message : undefined}
            onSubmit={(body) => save.mutate(body)}
            onCancel={() => setEditing(null)}
          />
        )}
        <Table
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            {
              title: 'Chính sách',
              render: (_: unknown, p: FeePolicy) => (
                <>
                  <strong>{p.name}</strong> {stateTags[p.state]}
                  <div className="desk-muted">{p.legalBasis}</div>
                </>
              ),
            },
            {
              title: 'Tác động',
              render: (_: unknown, p: FeePolicy) => (
                <>
                  <strong>{effectText(p.effect)}</strong>{' '}
                  {p.feeKinds.map((k) => kindLabels[k].toLowerCase()).join(', ')}
                  <div className="desk-muted">
                    {p.channels.map((c) => channelLabels[c]).join(', ')} · {scopeText(p)}
                  </div>
                </>
              ),
            },
            {
              title: 'Hiệu lực',
              render: (_: unknown, p: FeePolicy) =>
                `${formatDate(p.effectiveFrom)} – ${p.effectiveTo ? formatDate(p.effectiveTo) : 'không thời hạn'}`,
            },
            {
              title: 'Thao tác',
              render: (_: unknown, p: FeePolicy) =>
                p.state === 'ended' ? null : (
                  <Space wrap>
                    <Button size="small" onClick={() => open(p)} aria-label={`Sửa ${p.name}`}>
                      Sửa
                    </Button>
                    <Button size="small" onClick={() => setEnding(p)} aria-label={`Kết thúc ${p.name}`}>
                      Kết thúc
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Space>
      {ending && <EndModal policy={ending} today={today} onClose={() => setEnding(null)} />}
    </>
  );
}
