/**
 * The edit form's required documents (thành phần hồ sơ) and the cases they belong to. Each document: name, kind
 * (to hand in or only to show), originals, copies, its case, when it is needed (always, or for some answers to a
 * question), the form to fill in, a note; reorderable with the arrow buttons (the checklist shows them in this order).
 */
import { Button, Form, Input, InputNumber, Radio, Select, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ConditionFields } from './form-condition.js';
import { ALWAYS, type FormQuestion } from './form-conditions.js';
import type { FormDocument, FormValues } from './form-model.js';
import { ItemActions, Section } from './form-parts.js';

function DocumentEditor({
  name,
  index,
  count,
  caseOptions,
  questions,
  move,
  remove,
  form,
}: {
  name: number;
  index: number;
  count: number;
  caseOptions: { value: string; label: string }[];
  questions: readonly FormQuestion[];
  move: (from: number, to: number) => void;
  remove: (i: number) => void;
  form: FormInstance<FormValues>;
}) {
  const docName = Form.useWatch(['record', 'documents', name, 'name'], form) as string | undefined;
  const what = `giấy tờ ${index + 1}`;
  return (
    <fieldset className="cat-item">
      <legend className="cat-item-legend">
        Giấy tờ {index + 1}
        <span className="cat-item-legend-name">{docName ? `: ${docName}` : ''}</span>
      </legend>
      <ItemActions index={index} count={count} what={what} move={move} remove={remove} />
      <Form.Item
        label="Tên giấy tờ"
        name={[name, 'name']}
        rules={[{ required: true, whitespace: true, message: 'Nhập tên giấy tờ.' }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <div className="cat-grid cat-grid-doc">
        <Form.Item label="Loại" name={[name, 'kind']}>
          <Radio.Group
            name={`cat-document-${name}-kind`}
            aria-label={`Loại của ${what}`}
            options={[
              { value: 'submit', label: 'Phải nộp' },
              { value: 'present', label: 'Xuất trình' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="Số bản chính"
          name={[name, 'originals']}
          rules={[{ required: true, message: 'Nhập số bản.' }]}
        >
          <InputNumber min={0} max={50} precision={0} className="cat-full" />
        </Form.Item>
        <Form.Item
          label="Số bản sao"
          name={[name, 'copies']}
          rules={[{ required: true, message: 'Nhập số bản.' }]}
        >
          <InputNumber min={0} max={50} precision={0} className="cat-full" />
        </Form.Item>
        <Form.Item label="Trường hợp" name={[name, 'case']}>
          <Select
            allowClear
            placeholder="Mọi trường hợp"
            options={caseOptions}
            disabled={caseOptions.length === 0}
          />
        </Form.Item>
      </div>
      <ConditionFields form={form} name={name} what={what} questions={questions} />
      <div className="cat-grid cat-grid-2">
        <Form.Item label="Tên mẫu đơn, tờ khai" name={[name, 'form', 'name']}>
          <Input />
        </Form.Item>
        <Form.Item
          label="Địa chỉ tải mẫu"
          name={[name, 'form', 'url']}
          rules={[{ type: 'url', message: 'Địa chỉ phải bắt đầu bằng https://' }]}
        >
          <Input inputMode="url" spellCheck={false} placeholder="https://" />
        </Form.Item>
      </div>
      <Form.Item label="Ghi chú" name={[name, 'note']} className="cat-tight">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
    </fieldset>
  );
}

export function DocumentsSection({ form }: { form: FormInstance<FormValues> }) {
  const cases = (Form.useWatch(['record', 'cases'], form) as string[] | undefined) ?? [];
  const caseOptions = [...new Set(cases.map((c) => (c ?? '').trim()).filter(Boolean))].map((c) => ({
    value: c,
    label: c,
  }));
  const questions =
    (Form.useWatch(['record', 'questions'], { form, preserve: true }) as FormQuestion[] | undefined) ?? [];
  return (
    <Section id="cat-documents" title="Thành phần hồ sơ">
      <div className="cat-label">Trường hợp</div>
      <p className="cat-help">
        Khi giấy tờ khác nhau theo trường hợp, đặt tên từng trường hợp rồi chọn trường hợp cho giấy tờ riêng
        của nó. Không có trường hợp nào: mọi giấy tờ dùng chung.
      </p>
      <Form.List name={['record', 'cases']}>
        {(items, { add, remove }) => (
          <div className="cat-cases">
            {items.map((item, i) => (
              <div key={item.key} className="cat-row">
                <Form.Item
                  label={`Trường hợp ${i + 1}`}
                  name={item.name}
                  rules={[{ required: true, whitespace: true, message: 'Nhập tên trường hợp.' }]}
                  className="cat-grow"
                >
                  <Input />
                </Form.Item>
                <ItemActions index={i} count={items.length} what={`trường hợp ${i + 1}`} remove={remove} />
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')} disabled={items.length >= 30}>
              Thêm trường hợp
            </Button>
          </div>
        )}
      </Form.List>
      <Form.List name={['record', 'documents']}>
        {(items, { add, remove, move }) => (
          <div className="cat-documents">
            {items.map((item, i) => (
              <DocumentEditor
                key={item.key}
                form={form}
                name={item.name}
                index={i}
                count={items.length}
                caseOptions={caseOptions}
                questions={questions}
                move={move}
                remove={remove}
              />
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={items.length >= 100}
              onClick={() =>
                add({
                  name: '',
                  kind: 'submit',
                  originals: 1,
                  copies: 0,
                  form: {},
                  condition: { question: ALWAYS, answers: [] },
                } satisfies FormDocument)
              }
            >
              Thêm giấy tờ
            </Button>
          </div>
        )}
      </Form.List>
    </Section>
  );
}
