/**
 * The edit form's channels (cách thức thực hiện): kind, time limit (value and unit), its note, the fees in VND and
 * a description. At most one channel of each kind (desk, online, post).
 */
import { Button, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ChannelKind, TimeUnit } from '../../../../src/domain/catalogue/record.js';
import { channelNames } from '../../../../src/domain/checklist/checklist.js';
import type { FormChannel, FormValues } from './form-model.js';
import { ItemActions, MoneyInput, Section } from './form-parts.js';

const kinds: ChannelKind[] = ['desk', 'online', 'post'];
const unitOptions: { value: TimeUnit; label: string }[] = [
  { value: 'working_days', label: 'ngày làm việc' },
  { value: 'working_hours', label: 'giờ làm việc' },
  { value: 'calendar_days', label: 'ngày (lịch)' },
  { value: 'same_day', label: 'trong ngày' },
];

function ChannelEditor({
  form,
  name,
  index,
  count,
  remove,
}: {
  form: FormInstance<FormValues>;
  name: number;
  index: number;
  count: number;
  remove: (i: number) => void;
}) {
  const path = ['record', 'channels', name] as const;
  const kind = Form.useWatch([...path, 'kind'], form) as ChannelKind | undefined;
  const unit = Form.useWatch([...path, 'timeLimit', 'unit'], form) as TimeUnit | undefined;
  const what = `cách thức ${index + 1}`;
  return (
    <fieldset className="cat-item">
      <legend className="cat-item-legend">
        Cách thức {index + 1}
        {kind ? `: ${channelNames[kind]}` : ''}
      </legend>
      <ItemActions index={index} count={count} what={what} remove={remove} removable={count > 1} />
      <div className="cat-grid cat-grid-channel">
        <Form.Item
          label="Hình thức nộp"
          name={[name, 'kind']}
          rules={[{ required: true, message: 'Chọn hình thức.' }]}
        >
          <Select options={kinds.map((k) => ({ value: k, label: channelNames[k] }))} />
        </Form.Item>
        <Form.Item
          label="Thời hạn giải quyết"
          name={[name, 'timeLimit', 'value']}
          rules={[{ required: unit !== 'same_day', message: 'Nhập thời hạn.' }]}
        >
          <InputNumber min={0} max={3650} disabled={unit === 'same_day'} className="cat-full" />
        </Form.Item>
        <Form.Item label="Đơn vị thời hạn" name={[name, 'timeLimit', 'unit']}>
          <Select
            options={unitOptions}
            onChange={(u: TimeUnit) => {
              if (u === 'same_day') form.setFieldValue([...path, 'timeLimit', 'value'], 0);
            }}
          />
        </Form.Item>
      </div>
      <Form.Item label="Ghi chú thời hạn" name={[name, 'timeLimit', 'note']}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder="Ví dụ: nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo"
        />
      </Form.Item>
      <Form.List name={[name, 'fees']}>
        {(fees, { add, remove: removeFee }) => (
          <div className="cat-fees">
            <div className="cat-label">Phí, lệ phí{fees.length === 0 ? ': miễn phí' : ''}</div>
            {fees.map((fee, j) => (
              <fieldset key={fee.key} className="cat-fee">
                <legend className="cat-visually-hidden">
                  Khoản phí {j + 1} của {what}
                </legend>
                <div className="cat-grid cat-grid-fee">
                  <Form.Item
                    label="Tên khoản phí"
                    name={[fee.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: 'Nhập tên khoản phí.' }]}
                  >
                    <Input placeholder="Lệ phí" />
                  </Form.Item>
                  <Form.Item
                    label="Số tiền (VND)"
                    name={[fee.name, 'amount']}
                    rules={[{ required: true, message: 'Nhập số tiền.' }]}
                  >
                    <MoneyInput />
                  </Form.Item>
                  <Form.Item label="Ghi chú" name={[fee.name, 'note']}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                  <ItemActions
                    index={j}
                    count={fees.length}
                    what={`khoản phí ${j + 1} của ${what}`}
                    remove={removeFee}
                  />
                </div>
              </fieldset>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: 'Lệ phí', amount: 0 })}
              disabled={fees.length >= 20}
            >
              Thêm khoản phí
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item label="Mô tả cách thức" name={[name, 'note']} className="cat-after-fees">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
    </fieldset>
  );
}

export function ChannelsSection({ form }: { form: FormInstance<FormValues> }) {
  return (
    <Section id="cat-channels" title="Cách thức thực hiện, thời hạn và phí">
      <Form.List name={['record', 'channels']}>
        {(items, { add, remove }) => (
          <>
            {items.map((item, i) => (
              <ChannelEditor
                key={item.key}
                form={form}
                name={item.name}
                index={i}
                count={items.length}
                remove={remove}
              />
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={items.length >= 3}
              onClick={() => {
                const used = ((form.getFieldValue(['record', 'channels']) ?? []) as FormChannel[]).map(
                  (c) => c.kind,
                );
                const kind = kinds.find((k) => !used.includes(k)) ?? 'desk';
                add({ kind, timeLimit: { value: 5, unit: 'working_days' }, fees: [] } satisfies FormChannel);
              }}
            >
              Thêm cách thức
            </Button>
          </>
        )}
      </Form.List>
    </Section>
  );
}
