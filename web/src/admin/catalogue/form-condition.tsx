/**
 * A document's condition on the edit form: "Luôn cần", or "Cần khi <question>" with the answers that make it needed,
 * both chosen from the questions defined above (never typed ids). An answer the question no longer offers (its
 * options changed) stays ticked in words until the officer changes it; the server refuses it, named, next to it.
 */
import { Checkbox, Form, Select, type FormInstance } from 'antd';
import {
  ALWAYS,
  answersProblem,
  formQuestionOptions,
  type FormCondition,
  type FormQuestion,
} from './form-conditions.js';
import type { FormValues } from './form-model.js';

/** What a newly chosen question starts with: "Có" for a yes/no question, nothing for a choice. */
const firstAnswers = (q: FormQuestion | undefined): string[] => (q?.kind === 'yes_no' ? ['yes'] : []);

export function ConditionFields({
  form,
  name,
  what,
  questions,
  list = ['record', 'documents'],
  always = 'Luôn cần',
}: {
  form: FormInstance<FormValues>;
  /** The document's (or e-form field's) position in the list. */
  name: number;
  what: string;
  questions: readonly FormQuestion[];
  /** Where the list is in the form: the documents, or the e-form's fields. */
  list?: readonly string[];
  /** The words for "no condition". */
  always?: string;
}) {
  // A path into either list: typed loosely, the form's own types cannot follow a list given as a value.
  const path = [...list, name, 'condition'] as unknown as ['record', 'documents', number, 'condition'];
  const condition = Form.useWatch(path, { form, preserve: true }) as FormCondition | undefined;
  const question = questions.find((q) => q.key === condition?.question);
  const offered = formQuestionOptions(question);
  // An answer no longer offered is still shown (ticked), so that nothing changes without the officer seeing it.
  const stale = (condition?.answers ?? [])
    .filter((a) => !offered.some((o) => o.value === a))
    .map((a) => ({ value: a, label: `${a} (không còn là phương án)` }));
  return (
    <div className="cat-grid cat-grid-condition">
      <Form.Item
        label="Khi nào cần"
        name={[name, 'condition', 'question']}
        extra={
          questions.length === 0 ? 'Thêm câu hỏi ở phần «Câu hỏi về trường hợp» để đặt điều kiện.' : undefined
        }
      >
        <Select
          aria-label={`Khi nào cần ${what}`}
          options={[
            { value: ALWAYS, label: always },
            ...questions.map((q, i) => ({
              value: q.key,
              label: `Cần khi: ${(q.text ?? '').trim() || `câu hỏi ${i + 1} (chưa có nội dung)`}`,
            })),
          ]}
          onChange={(key: string) =>
            form.setFieldValue([...path, 'answers'], firstAnswers(questions.find((q) => q.key === key)))
          }
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      {condition?.question !== undefined && condition.question !== ALWAYS && (
        <Form.Item
          label="Cần khi câu trả lời là"
          name={[name, 'condition', 'answers']}
          rules={[
            {
              validator: async () => {
                const message = answersProblem(form.getFieldValue(path) as FormCondition | undefined);
                if (message) throw new Error(message);
              },
            },
          ]}
        >
          <Checkbox.Group
            aria-label={`Câu trả lời khiến cần ${what}`}
            options={[...offered, ...stale]}
            className="cat-answers"
          />
        </Form.Item>
      )}
    </div>
  );
}
