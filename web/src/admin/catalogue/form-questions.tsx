/**
 * The edit form's checklist questions ("Có ủy quyền cho người khác đi nộp không?" Có / Không, or a choice between
 * options): text, id, kind, options, a short explanation; reorderable (the citizen is asked in this order). Each says
 * which documents it decides. Removing one that documents use asks first, naming them: they become always needed.
 */
import { App, Button, Form, Input, Radio, type FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  documentsUsing,
  idProblem,
  newQuestion,
  optionsProblem,
  questionTextProblem,
  suggestId,
  withoutQuestion,
  ALWAYS,
  type FormQuestion,
} from './form-conditions.js';
import type { FormDocument, FormValues } from './form-model.js';
import { ItemActions, Section } from './form-parts.js';

const QUESTIONS = ['record', 'questions'] as const;
const MAX_QUESTIONS = 20;

/** A Form.Item rule from a function that returns the problem's message, if any. */
const check = (problem: (value: unknown) => string | undefined) => ({
  validator: async (_: unknown, value: unknown) => {
    const message = problem(value);
    if (message) throw new Error(message);
  },
});

const docLabel = (docs: readonly FormDocument[], i: number) => {
  const name = (docs[i]?.name ?? '').trim();
  return `giấy tờ ${i + 1}${name ? ` «${name.length > 60 ? name.slice(0, 59) + '…' : name}»` : ''}`;
};

function OptionsEditor({
  form,
  question,
  what,
}: {
  form: FormInstance<FormValues>;
  question: number;
  what: string;
}) {
  const path = [...QUESTIONS, question, 'options'] as const;
  const others = (j: number) =>
    ((form.getFieldValue([...path]) as FormQuestion['options'] | undefined) ?? [])
      .filter((_, k) => k !== j)
      .map((o) => o?.value ?? '');
  return (
    <Form.List
      name={[question, 'options']}
      rules={[
        check(() =>
          optionsProblem(
            form.getFieldValue([...QUESTIONS, question, 'kind']) as FormQuestion['kind'],
            ((form.getFieldValue([...path]) as unknown[] | undefined) ?? []).length,
          ),
        ),
      ]}
    >
      {(items, { add, remove }, { errors }) => (
        <div className="cat-options">
          <div className="cat-label">Các phương án trả lời</div>
          {items.map((item, j) => (
            <fieldset key={item.key} className="cat-row cat-plain">
              <legend className="cat-visually-hidden">{`Phương án ${j + 1} của ${what}`}</legend>
              <div className="cat-grid cat-grid-option cat-grow">
                <Form.Item
                  label={`Phương án ${j + 1}`}
                  name={[item.name, 'label']}
                  rules={[{ required: true, whitespace: true, message: 'Nhập phương án.' }]}
                >
                  <Input
                    maxLength={200}
                    onBlur={(e) => {
                      const option = form.getFieldValue([
                        ...path,
                        item.name,
                      ]) as FormQuestion['options'][number];
                      if ((option?.value ?? '').trim() !== '') return;
                      const id = suggestId(e.target.value, others(j));
                      if (id) form.setFieldValue([...path, item.name], { ...option, value: id });
                    }}
                  />
                </Form.Item>
                <Form.Item
                  label="Mã phương án"
                  name={[item.name, 'value']}
                  rules={[check((v) => idProblem(v as string, others(j), 'phương án'))]}
                >
                  <Input spellCheck={false} autoCapitalize="off" />
                </Form.Item>
              </div>
              <ItemActions
                index={j}
                count={items.length}
                what={`phương án ${j + 1} của ${what}`}
                remove={remove}
              />
            </fieldset>
          ))}
          <Form.ErrorList errors={errors} />
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ value: '', label: '' })}
            disabled={items.length >= 12}
          >
            Thêm phương án
          </Button>
        </div>
      )}
    </Form.List>
  );
}

function QuestionEditor({
  form,
  name,
  index,
  count,
  documents,
  move,
  remove,
}: {
  form: FormInstance<FormValues>;
  name: number;
  index: number;
  count: number;
  documents: readonly FormDocument[];
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}) {
  const q = Form.useWatch([...QUESTIONS, name], { form, preserve: true }) as FormQuestion | undefined;
  const what = `câu hỏi ${index + 1}`;
  const otherIds = () =>
    ((form.getFieldValue([...QUESTIONS]) as FormQuestion[] | undefined) ?? [])
      .filter((_, j) => j !== name)
      .map((o) => o?.id ?? '');
  const used = q ? documentsUsing(documents, q.key) : [];
  return (
    <fieldset className="cat-item">
      <legend className="cat-item-legend">
        Câu hỏi {index + 1}
        <span className="cat-item-legend-name">{q?.text ? `: ${q.text}` : ''}</span>
      </legend>
      <ItemActions index={index} count={count} what={what} move={move} remove={remove} />
      <div className="cat-grid cat-grid-question">
        <Form.Item
          label="Câu hỏi (công dân đọc)"
          name={[name, 'text']}
          rules={[check((v) => questionTextProblem(v as string))]}
        >
          <Input
            maxLength={300}
            placeholder="Ví dụ: Có ủy quyền cho người khác đi nộp không?"
            onBlur={(e) => {
              if ((q?.id ?? '').trim() !== '') return;
              const id = suggestId(e.target.value, otherIds());
              if (id) form.setFieldValue([...QUESTIONS, name, 'id'], id);
            }}
          />
        </Form.Item>
        <Form.Item
          label="Mã câu hỏi"
          name={[name, 'id']}
          rules={[check((v) => idProblem(v as string, otherIds(), 'câu hỏi'))]}
        >
          <Input spellCheck={false} autoCapitalize="off" />
        </Form.Item>
      </div>
      <Form.Item label="Cách trả lời" name={[name, 'kind']} className="cat-tight">
        <Radio.Group
          // Ant Design names a radio group after the item's path in its list ("0_kind"), the same as the first
          // document's: radios of one name in one form would uncheck each other.
          name={`cat-question-${name}-kind`}
          aria-label={`Cách trả lời ${what}`}
          options={[
            { value: 'yes_no', label: 'Có / Không' },
            { value: 'choice', label: 'Chọn một phương án' },
          ]}
          onChange={(e) => {
            const options = form.getFieldValue([...QUESTIONS, name, 'options']) as unknown[] | undefined;
            if (e.target.value === 'choice' && (options ?? []).length === 0) {
              form.setFieldValue(
                [...QUESTIONS, name, 'options'],
                [
                  { value: '', label: '' },
                  { value: '', label: '' },
                ],
              );
            }
          }}
        />
      </Form.Item>
      {q?.kind === 'choice' && <OptionsEditor form={form} question={name} what={what} />}
      <Form.Item label="Giải thích thêm (không bắt buộc)" name={[name, 'help']}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <p className={used.length > 0 ? 'cat-help' : 'cat-help cat-unused'}>
        {used.length > 0
          ? `Quyết định ${used.map((i) => docLabel(documents, i)).join(', ')}.`
          : 'Chưa giấy tờ nào dùng câu hỏi này nên công dân sẽ không được hỏi. Chọn nó ở ô «Khi nào cần» của giấy tờ.'}
      </p>
    </fieldset>
  );
}

export function QuestionsSection({ form }: { form: FormInstance<FormValues> }) {
  const { modal } = App.useApp();
  const documents =
    (Form.useWatch(['record', 'documents'], { form, preserve: true }) as FormDocument[] | undefined) ?? [];

  /** Removes question `index`; when documents depend on it, first says which and that they become always needed. */
  const askRemove = (index: number, remove: (index: number) => void) => {
    const questions = (form.getFieldValue([...QUESTIONS]) as FormQuestion[] | undefined) ?? [];
    const docs = (form.getFieldValue(['record', 'documents']) as FormDocument[] | undefined) ?? [];
    const { cleared } = withoutQuestion(questions, docs, index);
    const apply = () => {
      for (const i of cleared)
        form.setFieldValue(['record', 'documents', i, 'condition'], { question: ALWAYS, answers: [] });
      remove(index);
    };
    if (cleared.length === 0) return apply();
    const text = (questions[index]?.text ?? '').trim() || `câu hỏi ${index + 1}`;
    modal.confirm({
      title: `Xóa câu hỏi «${text}»?`,
      content: (
        <>
          <p>
            Câu hỏi này đang quyết định {cleared.length} giấy tờ. Nếu xóa, các giấy tờ này sẽ thành{' '}
            <strong>luôn cần</strong>:
          </p>
          <ul>
            {cleared.map((i) => (
              <li key={i}>{docLabel(docs, i)}</li>
            ))}
          </ul>
        </>
      ),
      okText: 'Xóa câu hỏi',
      okButtonProps: { danger: true },
      cancelText: 'Giữ lại',
      onOk: apply,
    });
  };

  return (
    <Section id="cat-questions" title="Câu hỏi về trường hợp của công dân">
      <p className="cat-help">
        Câu hỏi công dân tự trả lời được, để biết giấy tờ nào cần trong trường hợp của mình (ví dụ có ủy quyền
        không). Hỏi một lần trên trang thủ tục, qua tổng đài, khi đặt lịch và tại quầy. Mỗi giấy tờ chọn câu
        hỏi của nó ở ô «Khi nào cần». Mã câu hỏi nằm trong đường liên kết và câu trả lời đã lưu của công dân:
        câu hỏi đã dùng thì không nên đổi mã.
      </p>
      <Form.List name={[...QUESTIONS]}>
        {(items, { add, remove, move }) => (
          <div className="cat-questions">
            {items.map((item, i) => (
              <QuestionEditor
                key={item.key}
                form={form}
                name={item.name}
                index={i}
                count={items.length}
                documents={documents}
                move={move}
                remove={(index) => askRemove(index, remove)}
              />
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={items.length >= MAX_QUESTIONS}
              onClick={() => add(newQuestion())}
            >
              Thêm câu hỏi
            </Button>
          </div>
        )}
      </Form.List>
    </Section>
  );
}
