/**
 * The edit form's e-form (tờ khai điện tử): the declaration's title and its fields — label, key, kind, required,
 * options of a select, a help text, the heading of the part it opens, and when it is asked (always, or for some
 * answers to a question) — reorderable with the arrow buttons, beside a preview of the form as a citizen sees it.
 * Without fields the procedure gets the generic declaration (the request in the applicant's words).
 */
import { useState } from 'react';
import { Button, Checkbox, Form, Input, Select, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { formFieldKinds } from '../../../../src/domain/catalogue/record.js';
import { fieldKindLabels } from '../../../../src/domain/dossier/eform.js';
import { EForm, eformIssues, type EFormField } from '../../shared/eform/eform.js';
import { ConditionFields } from './form-condition.js';
import { ALWAYS, fromFormCondition, type FormQuestion } from './form-conditions.js';
import type { FormEField, FormValues } from './form-model.js';
import { ItemActions, Section } from './form-parts.js';

const LIST = ['record', 'declaration', 'fields'] as const;
const kindOptions = formFieldKinds.map((k) => ({ value: k, label: fieldKindLabels[k] }));

function FieldEditor({
  form,
  name,
  index,
  count,
  questions,
  move,
  remove,
}: {
  form: FormInstance<FormValues>;
  name: number;
  index: number;
  count: number;
  questions: readonly FormQuestion[];
  move: (from: number, to: number) => void;
  remove: (i: number) => void;
}) {
  const field = Form.useWatch<FormEField | undefined>([...LIST, name], form);
  const what = `mục ${index + 1} của tờ khai`;
  return (
    <fieldset className="cat-item">
      <legend className="cat-item-legend">
        Mục {index + 1}
        <span className="cat-item-legend-name">{field?.label ? `: ${field.label}` : ''}</span>
      </legend>
      <ItemActions index={index} count={count} what={what} move={move} remove={remove} />
      <div className="cat-grid cat-grid-2">
        <Form.Item
          label="Nhãn"
          name={[name, 'label']}
          rules={[{ required: true, whitespace: true, message: 'Nhập nhãn của mục.' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="Mã mục"
          name={[name, 'key']}
          rules={[
            { required: true, message: 'Nhập mã mục.' },
            {
              pattern: /^[A-Za-z][A-Za-z0-9_]{0,39}$/,
              message: 'Chữ cái không dấu, chữ số, dấu _; bắt đầu bằng chữ.',
            },
          ]}
          extra="Không dấu, không khoảng trắng, ví dụ childName."
        >
          <Input spellCheck={false} />
        </Form.Item>
        <Form.Item label="Loại" name={[name, 'kind']}>
          <Select options={kindOptions} aria-label={`Loại của ${what}`} />
        </Form.Item>
        <Form.Item name={[name, 'required']} valuePropName="checked" label="Bắt buộc">
          <Checkbox>Bắt buộc khai</Checkbox>
        </Form.Item>
      </div>
      {field?.kind === 'select' && (
        <Form.Item
          label="Các lựa chọn"
          name={[name, 'options']}
          rules={[{ required: true, type: 'array', min: 1, message: 'Mục chọn cần ít nhất một lựa chọn.' }]}
          extra="Gõ từng lựa chọn rồi nhấn Enter."
        >
          <Select mode="tags" open={false} aria-label={`Các lựa chọn của ${what}`} />
        </Form.Item>
      )}
      <div className="cat-grid cat-grid-2">
        <Form.Item label="Giải thích dưới mục" name={[name, 'help']}>
          <Input />
        </Form.Item>
        <Form.Item label="Mở phần (tiêu đề)" name={[name, 'group']} extra="Ví dụ: Thông tin người mẹ.">
          <Input />
        </Form.Item>
      </div>
      <ConditionFields
        form={form}
        name={name}
        what={what}
        questions={questions}
        list={[...LIST]}
        always="Luôn hỏi"
      />
    </fieldset>
  );
}

/** The form as a citizen sees it, with the validator's messages for what is typed in it. */
function Preview({ fields, questions }: { fields: FormEField[]; questions: readonly FormQuestion[] }) {
  const [values, setValues] = useState<Record<string, string>>({});
  const shown: EFormField[] = fields
    .filter((f) => (f.key ?? '').trim() && (f.label ?? '').trim())
    .map(({ condition, ...f }) => {
      const c = fromFormCondition(condition, questions);
      return { ...f, required: Boolean(f.required), ...(c ? { condition: c } : {}) };
    });
  return (
    <aside className="cat-preview" aria-labelledby="cat-eform-preview-title">
      <h3 id="cat-eform-preview-title" className="cat-preview-title">
        Xem trước tờ khai
      </h3>
      <p className="cat-help">
        Như công dân thấy khi chưa trả lời câu hỏi nào. Thử nhập để xem thông báo lỗi.
      </p>
      {shown.length === 0 ? (
        <p className="cat-help">Chưa có mục nào: thủ tục dùng tờ khai chung (nội dung yêu cầu).</p>
      ) : (
        <EForm
          fields={shown}
          values={values}
          onChange={setValues}
          issues={Object.fromEntries(
            Object.entries(eformIssues(shown, values)).filter(([k]) => (values[k] ?? '') !== ''),
          )}
          idPrefix="cat-eform-preview"
        />
      )}
    </aside>
  );
}

export function DeclarationSection({ form }: { form: FormInstance<FormValues> }) {
  const questions =
    (Form.useWatch(['record', 'questions'], { form, preserve: true }) as FormQuestion[] | undefined) ?? [];
  const fields = Form.useWatch<FormEField[] | undefined>([...LIST], { form, preserve: true }) ?? [];
  return (
    <Section id="cat-declaration" title="Tờ khai điện tử">
      <p className="cat-help">
        Các mục công dân khai khi nộp trực tuyến và cán bộ khai hộ tại bộ phận một cửa. Không có mục nào: dùng
        tờ khai chung.
      </p>
      <div className="cat-with-preview">
        <div className="cat-with-preview-main">
          <Form.Item
            label="Tên tờ khai"
            name={['record', 'declaration', 'title']}
            rules={[
              {
                validator: async (_, v: string | undefined) => {
                  if (fields.length > 0 && !(v ?? '').trim()) throw new Error('Nhập tên tờ khai.');
                },
              },
            ]}
          >
            <Input placeholder="Ví dụ: Tờ khai đăng ký khai sinh" />
          </Form.Item>
          <Form.List name={[...LIST]}>
            {(items, { add, remove, move }) => (
              <div className="cat-documents">
                {items.map((item, i) => (
                  <FieldEditor
                    key={item.key}
                    form={form}
                    name={item.name}
                    index={i}
                    count={items.length}
                    questions={questions}
                    move={move}
                    remove={remove}
                  />
                ))}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  disabled={items.length >= 120}
                  onClick={() =>
                    add({
                      key: '',
                      label: '',
                      kind: 'text',
                      required: false,
                      condition: { question: ALWAYS, answers: [] },
                    } satisfies FormEField)
                  }
                >
                  Thêm mục tờ khai
                </Button>
              </div>
            )}
          </Form.List>
        </div>
        <Preview fields={fields} questions={questions} />
      </div>
    </Section>
  );
}
