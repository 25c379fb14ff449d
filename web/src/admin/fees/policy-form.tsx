/**
 * The form of a fee policy (add, or correct): a planned policy is editable wholly; one that has started keeps its
 * past, so only its wording and its end can change (the server says the same: services/fees/policies.ts).
 */
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type { FeePolicy, PolicyBody } from '../../../../src/contracts/fees.js';
import { formatDate, levelNames } from '../../../../src/domain/checklist/checklist.js';
import { DayInput } from '../../shared/day-input.js';
import { useFields } from '../org-api.js';

export const channelLabels = { desk: 'Trực tiếp', online: 'Trực tuyến', post: 'Bưu chính' } as const;
export const kindLabels = { fee: 'Phí', charge: 'Lệ phí' } as const;
export const scopeLabels = {
  all: 'Mọi thủ tục',
  fields: 'Theo lĩnh vực',
  levels: 'Theo cấp thực hiện',
  procedures: 'Theo mã thủ tục',
} as const;

interface Values {
  name: string;
  legalBasis: string;
  effectiveFrom: string;
  hasEnd: boolean;
  effectiveTo?: string;
  effectKind: 'reduction' | 'exemption';
  percent?: number;
  channels: PolicyBody['channels'];
  scopeKind: PolicyBody['scope']['kind'];
  scopeValues: string[];
  feeKinds: PolicyBody['feeKinds'];
  note?: string;
}

const toValues = (p: FeePolicy | undefined, today: string): Values =>
  p
    ? {
        name: p.name,
        legalBasis: p.legalBasis,
        effectiveFrom: p.effectiveFrom,
        hasEnd: p.effectiveTo !== null,
        ...(p.effectiveTo ? { effectiveTo: p.effectiveTo } : {}),
        effectKind: p.effect.kind,
        ...(p.effect.kind === 'reduction' ? { percent: p.effect.percent } : {}),
        channels: p.channels,
        scopeKind: p.scope.kind,
        scopeValues: p.scope.values,
        feeKinds: p.feeKinds,
        ...(p.note ? { note: p.note } : {}),
      }
    : {
        name: '',
        legalBasis: '',
        effectiveFrom: today,
        hasEnd: false,
        effectKind: 'reduction',
        percent: 30,
        channels: ['online'],
        scopeKind: 'all',
        scopeValues: [],
        feeKinds: ['fee', 'charge'],
      };

const toBody = (v: Omit<Values, 'effectiveFrom'> & { effectiveFrom: string | undefined }): PolicyBody => ({
  name: v.name,
  legalBasis: v.legalBasis,
  effectiveFrom: v.effectiveFrom ?? '',
  effectiveTo: v.hasEnd && v.effectiveTo ? v.effectiveTo : null,
  effect:
    v.effectKind === 'exemption' ? { kind: 'exemption' } : { kind: 'reduction', percent: v.percent ?? 0 },
  channels: v.channels,
  scope: { kind: v.scopeKind, values: v.scopeKind === 'all' ? [] : v.scopeValues },
  feeKinds: v.feeKinds,
  note: v.note?.trim() ? v.note.trim() : null,
});

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

export function PolicyForm(props: {
  policy?: FeePolicy;
  today: string;
  pending: boolean;
  error: string | undefined;
  onSubmit: (body: PolicyBody) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const fields = useFields();
  const started = props.policy !== undefined && props.policy.state !== 'planned';
  const effectKind = Form.useWatch('effectKind', form);
  const scopeKind = Form.useWatch('scopeKind', form);
  const hasEnd = Form.useWatch('hasEnd', form);
  const scopeOptions =
    scopeKind === 'fields'
      ? (fields.data ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }))
      : scopeKind === 'levels'
        ? options(levelNames)
        : [];
  return (
    <Card
      size="small"
      title={<h2 className="unit-detail-title">{props.policy ? 'Sửa chính sách' : 'Thêm chính sách'}</h2>}
    >
      {started && (
        <Alert
          type="info"
          showIcon
          title="Chính sách đã có hiệu lực: chỉ sửa được tên, căn cứ, ghi chú và ngày hết hiệu lực (không sửa quá khứ)."
        />
      )}
      {props.error && <Alert type="error" showIcon title={props.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={toValues(props.policy, props.today)}
        onFinish={(v) =>
          props.onSubmit(toBody({ ...v, effectiveFrom: v.effectiveFrom ?? props.policy?.effectiveFrom }))
        }
      >
        <Form.Item
          name="name"
          label="Tên chính sách"
          rules={[{ required: true, min: 3, message: 'Nhập tên.' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label="Căn cứ pháp lý"
          rules={[{ required: true, min: 3, message: 'Nhập số văn bản.' }]}
        >
          <Input maxLength={300} placeholder="Nghị quyết 12/2025/NQ-HĐND" />
        </Form.Item>
        <Space wrap>
          {started ? (
            <Form.Item label="Có hiệu lực từ">{formatDate(props.policy!.effectiveFrom)}</Form.Item>
          ) : (
            <Form.Item name="effectiveFrom" label="Có hiệu lực từ">
              <DayInput value="" onChange={() => undefined} min={props.today} />
            </Form.Item>
          )}
          <Form.Item name="hasEnd" valuePropName="checked" label=" ">
            <Checkbox>Có ngày hết hiệu lực</Checkbox>
          </Form.Item>
          {hasEnd && (
            <Form.Item name="effectiveTo" label="Hết hiệu lực sau ngày" initialValue={props.today}>
              <DayInput value="" onChange={() => undefined} min={props.today} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="effectKind" label="Tác động">
          <Radio.Group
            disabled={started}
            options={[
              { value: 'reduction', label: 'Giảm theo tỷ lệ' },
              { value: 'exemption', label: 'Miễn' },
            ]}
          />
        </Form.Item>
        {effectKind !== 'exemption' && (
          <Form.Item
            name="percent"
            label="Tỷ lệ giảm (%)"
            rules={[{ required: true, message: 'Nhập tỷ lệ.' }]}
          >
            <InputNumber min={1} max={100} disabled={started} />
          </Form.Item>
        )}
        <Form.Item name="channels" label="Cách thức nộp">
          <Checkbox.Group
            role="group"
            aria-label="Cách thức nộp"
            disabled={started}
            options={options(channelLabels)}
          />
        </Form.Item>
        <Form.Item name="feeKinds" label="Áp dụng cho">
          <Checkbox.Group
            role="group"
            aria-label="Áp dụng cho"
            disabled={started}
            options={options(kindLabels)}
          />
        </Form.Item>
        <Form.Item name="scopeKind" label="Phạm vi">
          <Select disabled={started} options={options(scopeLabels)} aria-label="Phạm vi" />
        </Form.Item>
        {scopeKind && scopeKind !== 'all' && (
          <Form.Item
            name="scopeValues"
            label="Gồm"
            rules={[{ required: true, message: 'Chọn ít nhất một.' }]}
          >
            <Select
              mode={scopeKind === 'procedures' ? 'tags' : 'multiple'}
              disabled={started}
              options={scopeOptions}
              aria-label="Gồm"
            />
          </Form.Item>
        )}
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={props.pending}>
            {props.policy ? 'Lưu' : 'Thêm chính sách'}
          </Button>
          <Button onClick={props.onCancel}>Hủy</Button>
        </Space>
      </Form>
    </Card>
  );
}
