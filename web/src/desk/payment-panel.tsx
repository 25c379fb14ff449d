/**
 * On the dossier page, once it was asked to pay: the lines to pay (the fee, the Tax notice's obligations), what is
 * still due, the payments with their receipt numbers and refunds; a reception officer records a cash, transfer or
 * card payment (paid in full, the dossier moves on), a leader of the unit records a refund (how much, why).
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Table, Typography } from 'antd';
import { paymentApi } from '../../../src/contracts/payment-api.js';
import type { DeskPaymentBody, DossierPayments } from '../../../src/contracts/payment.js';
import { deskChannels, paymentChannelLabels } from '../../../src/domain/payment/payment.js';
import { formatDong } from '../../../src/domain/format/format.js';
import { call } from '../shared/client.js';
import { dossierKey, formatDateTime } from './dossier-api.js';
import { DongInput } from './money-input.js';
import './payment.css';

type Payment = DossierPayments['payments'][number];
const key = (code: string) => ['dossiers', 'payments', code] as const;

function useSaved(code: string, done: () => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return (fresh: DossierPayments, text: string) => {
    client.setQueryData(key(code), fresh);
    void client.invalidateQueries({ queryKey: dossierKey(code) });
    void message.success(text);
    done();
  };
}

function RecordForm({ code, outstanding }: { code: string; outstanding: number }) {
  const [form] = Form.useForm();
  const saved = useSaved(code, () => form.resetFields());
  const channel = Form.useWatch<string>('channel', form);
  const record = useMutation({
    mutationFn: (v: DeskPaymentBody) => call(paymentApi.recordAtDesk, { params: { code }, body: v }),
    onSuccess: (fresh) => saved(fresh, 'Đã ghi nhận khoản nộp và cấp biên lai.'),
  });
  return (
    <Form
      form={form}
      layout="vertical"
      className="payment-record"
      initialValues={{ channel: 'cash', amount: outstanding }}
      onFinish={(v: DeskPaymentBody) => record.mutate(v)}
    >
      <Typography.Title level={3} className="desk-card-subtitle">
        Ghi nhận khoản nộp tại quầy
      </Typography.Title>
      <Form.Item name="channel" label="Hình thức" rules={[{ required: true }]}>
        <Select options={deskChannels.map((c) => ({ value: c, label: paymentChannelLabels[c] }))} />
      </Form.Item>
      <Form.Item name="amount" label="Số tiền" rules={[{ required: true, message: 'Cần số tiền.' }]}>
        <DongInput />
      </Form.Item>
      <Form.Item
        name="payerName"
        label="Người nộp"
        rules={[{ required: true, whitespace: true, message: 'Cần tên người nộp.' }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {channel && channel !== 'cash' && (
        <Form.Item
          name="reference"
          label="Số tham chiếu giao dịch"
          rules={[{ required: true, message: 'Cần số tham chiếu.' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      )}
      {record.error && <Alert type="error" showIcon role="alert" title={record.error.message} />}
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        Ghi nhận và cấp biên lai
      </Button>
    </Form>
  );
}

function RefundForm({ code, payment, onClose }: { code: string; payment: Payment; onClose: () => void }) {
  const saved = useSaved(code, onClose);
  const refund = useMutation({
    mutationFn: (v: { amount: number; reason: string }) =>
      call(paymentApi.refund, { params: { id: payment.id }, body: v }),
    onSuccess: (fresh) => saved(fresh, `Đã ghi nhận hoàn tiền biên lai ${payment.receiptNo}.`),
  });
  return (
    <Form
      layout="vertical"
      className="payment-refund"
      onFinish={(v: { amount: number; reason: string }) => refund.mutate(v)}
    >
      <Typography.Title level={3} className="desk-card-subtitle">
        Hoàn tiền biên lai {payment.receiptNo}
      </Typography.Title>
      <Form.Item name="amount" label="Số tiền hoàn" rules={[{ required: true, message: 'Cần số tiền.' }]}>
        <DongInput />
      </Form.Item>
      <Form.Item
        name="reason"
        label="Lý do"
        rules={[{ required: true, whitespace: true, message: 'Cần lý do.' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {refund.error && <Alert type="error" showIcon role="alert" title={refund.error.message} />}
      <Button type="primary" htmlType="submit" loading={refund.isPending}>
        Ghi nhận hoàn tiền
      </Button>{' '}
      <Button onClick={onClose}>Hủy</Button>
    </Form>
  );
}

export function PaymentPanel({ code }: { code: string }) {
  const payments = useQuery({
    queryKey: key(code),
    queryFn: () => call(paymentApi.ofDossier, { params: { code } }),
  });
  const [refunding, setRefunding] = useState<Payment | null>(null);
  const p = payments.data;
  if (!p || p.requests.length === 0) return null;
  const open = p.requests.find((r) => r.status === 'open') ?? p.requests[p.requests.length - 1]!;
  return (
    <Card
      title={<h2 className="desk-card-title">Thu phí, nghĩa vụ tài chính</h2>}
      className="intake-card dossier-payments"
    >
      <ul className="payment-lines">
        {open.items.map((i) => (
          <li key={`${i.kind}-${i.noticeNo ?? ''}`}>
            <span>{i.label}</span> <strong>{formatDong(i.amount)}</strong>
          </li>
        ))}
      </ul>
      <p>
        Tổng {formatDong(open.amount)} · đã nộp {formatDong(open.paid)} ·{' '}
        {p.outstanding > 0 ? (
          <strong>Còn phải nộp {formatDong(p.outstanding)}</strong>
        ) : (
          <strong>Đã nộp đủ</strong>
        )}
      </p>
      {p.payments.length > 0 && (
        <Table<Payment>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={p.payments}
          columns={[
            { title: 'Số biên lai', dataIndex: 'receiptNo' },
            { title: 'Hình thức', dataIndex: 'channelLabel' },
            { title: 'Số tiền', render: (_, r) => formatDong(r.amount) },
            { title: 'Người nộp', dataIndex: 'payerName' },
            { title: 'Thời gian', render: (_, r) => formatDateTime(r.paidAt) },
            {
              title: 'Hoàn trả',
              render: (_, r) =>
                r.refunds.length === 0
                  ? '—'
                  : r.refunds.map((f, i) => (
                      <div key={i}>
                        {formatDong(f.amount)}: {f.reason} ({f.by})
                      </div>
                    )),
            },
            ...(p.mayRefund
              ? [
                  {
                    title: <span className="visually-hidden">Thao tác</span>,
                    render: (_: unknown, r: Payment) => (
                      <Button size="small" onClick={() => setRefunding(r)}>
                        Hoàn tiền<span className="visually-hidden"> biên lai {r.receiptNo}</span>
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {refunding && <RefundForm code={code} payment={refunding} onClose={() => setRefunding(null)} />}
      {p.mayRecord && <RecordForm code={code} outstanding={p.outstanding} />}
    </Card>
  );
}
