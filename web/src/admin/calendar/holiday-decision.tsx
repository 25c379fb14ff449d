/**
 * A year's holiday decision: the version in force and the earlier ones; for a province administrator, a form to
 * publish a new version, pre-filled from the version in force or, the first time, from the statutory suggestions.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, List, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { formatDate, formatTimeDate } from '../../../../src/domain/format/format.js';
import { ApiError } from '../../shared/api.js';
import { usePublishHolidays, type HolidayYear } from './calendar-api.js';

interface Row {
  date: Dayjs | null;
  type: 'day_off' | 'workday';
  reason: string;
}

interface FormValues {
  decisionNumber: string;
  decisionDate: Dayjs | null;
  note?: string;
  rows: Row[];
}

function initialRows(data: HolidayYear): Row[] {
  if (data.current) {
    return [
      ...data.current.daysOff.map((d) => ({
        date: dayjs(d.date),
        type: 'day_off' as const,
        reason: d.reason ?? '',
      })),
      ...data.current.workdays.map((d) => ({
        date: dayjs(d.date),
        type: 'workday' as const,
        reason: d.reason ?? '',
      })),
    ].sort((a, b) => a.date.valueOf() - b.date.valueOf());
  }
  return data.suggestions.map((s) => ({ date: dayjs(s.date), type: 'day_off', reason: s.reason }));
}

function PublishForm({ data, onDone }: { data: HolidayYear; onDone: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const { message } = App.useApp();
  const [requestKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<string | null>(null);
  const publish = usePublishHolidays(data.unit.id, data.year);
  const initial = useMemo(
    () => ({ decisionNumber: '', decisionDate: null, note: '', rows: initialRows(data) }),
    [data],
  );
  const submit = (v: FormValues) => {
    setProblem(null);
    const notes = (type: Row['type']) =>
      v.rows
        .filter((r) => r.type === type && r.date)
        .map((r) => ({ date: r.date!.format('YYYY-MM-DD'), reason: r.reason?.trim() || null }));
    publish.mutate(
      {
        expectedVersion: data.current?.version ?? 0,
        requestKey,
        decisionNumber: v.decisionNumber,
        decisionDate: v.decisionDate!.format('YYYY-MM-DD'),
        note: v.note?.trim() || null,
        daysOff: notes('day_off'),
        workdays: notes('workday'),
      },
      {
        onSuccess: (r) => {
          void message.success(`Đã công bố phiên bản ${r.decision.version} cho năm ${data.year}.`);
          onDone();
        },
        onError: (e) => {
          const text =
            e instanceof ApiError
              ? [e.message, ...(e.fields ?? []).map((f) => `${f.field}: ${f.message}`)].join(' ')
              : 'Không kết nối được máy chủ. Vui lòng thử lại.';
          setProblem(text);
        },
      },
    );
  };
  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
      {problem && <Alert type="error" showIcon title={problem} className="cal-form-alert" />}
      <Space wrap align="start">
        <Form.Item
          label="Số quyết định"
          name="decisionNumber"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số quyết định.' }]}
        >
          <Input maxLength={100} placeholder="Ví dụ: 123/QĐ-UBND" />
        </Form.Item>
        <Form.Item
          label="Ngày quyết định"
          name="decisionDate"
          rules={[{ required: true, message: 'Vui lòng chọn ngày quyết định.' }]}
        >
          <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
        </Form.Item>
      </Space>
      <Typography.Paragraph type="secondary">
        {data.current
          ? `Điền sẵn theo phiên bản ${data.current.version} đang áp dụng.`
          : 'Điền sẵn theo các ngày nghỉ lễ, tết và ngày nghỉ bù gợi ý theo Bộ luật Lao động; hãy sửa theo quyết định thật.'}
      </Typography.Paragraph>
      <Form.List name="rows">
        {(fields, { add, remove }) => (
          <div className="cal-rows">
            {fields.map((field, i) => (
              <div key={field.key} className="cal-row">
                <Form.Item
                  name={[field.name, 'date']}
                  label={`Ngày ${i + 1}`}
                  rules={[{ required: true, message: 'Chọn ngày.' }]}
                >
                  <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" />
                </Form.Item>
                <Form.Item name={[field.name, 'type']} label={`Loại ngày ${i + 1}`}>
                  <Select
                    className="cal-row-type"
                    options={[
                      { value: 'day_off', label: 'Nghỉ' },
                      { value: 'workday', label: 'Làm bù' },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'reason']}
                  label={`Lý do ${i + 1}`}
                  className="cal-row-reason"
                  rules={[{ required: true, whitespace: true, message: 'Ghi lý do.' }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Button
                  aria-label={`Xóa ngày ${i + 1}`}
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  className="cal-row-remove"
                />
              </div>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ date: null, type: 'day_off', reason: '' })}>
              Thêm ngày
            </Button>
          </div>
        )}
      </Form.List>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea maxLength={2000} rows={2} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={publish.isPending}>
          Công bố phiên bản {(data.current?.version ?? 0) + 1}
        </Button>
        <Button onClick={onDone}>Hủy</Button>
      </Space>
    </Form>
  );
}

export function HolidayDecisionPanel({ data }: { data: HolidayYear }) {
  const [editing, setEditing] = useState(false);
  const current = data.current;
  return (
    <section className="cal-decision" aria-labelledby="cal-decision-title">
      <Typography.Title level={2} id="cal-decision-title">
        Quyết định nghỉ lễ, tết năm {data.year}
      </Typography.Title>
      {current ? (
        <Typography.Paragraph>
          Đang áp dụng phiên bản {current.version}: quyết định số <strong>{current.decisionNumber}</strong>{' '}
          ngày {formatDate(current.decisionDate)}, do {current.publishedBy.name} công bố lúc{' '}
          {formatTimeDate(current.publishedAt)} — {current.daysOff.length} ngày nghỉ,{' '}
          {current.workdays.length} ngày làm bù.
          {current.note ? ` ${current.note}` : ''}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph>Chưa công bố quyết định cho năm {data.year}.</Typography.Paragraph>
      )}
      {data.versions.length > 1 && (
        <List
          size="small"
          header="Các phiên bản"
          dataSource={data.versions}
          renderItem={(v) => (
            <List.Item>
              Phiên bản {v.version}: số {v.decisionNumber} ngày {formatDate(v.decisionDate)} —{' '}
              {v.publishedBy.name}, {formatTimeDate(v.publishedAt)}
            </List.Item>
          )}
        />
      )}
      {data.publishable &&
        (editing ? (
          <PublishForm key={current?.version ?? 0} data={data} onDone={() => setEditing(false)} />
        ) : (
          <Button type="primary" onClick={() => setEditing(true)}>
            {current ? 'Công bố phiên bản mới' : 'Công bố quyết định'}
          </Button>
        ))}
    </section>
  );
}
