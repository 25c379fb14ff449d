/**
 * The rules of checklist questions and document conditions (format version 2) that the JSON schema cannot say:
 * question ids are unique, a `choice` has its options (a `yes_no` has none of its own), option values are unique,
 * and every document's condition names one of the record's questions and only that question's answers. Written
 * defensively, like the other rules: they also run on records that failed the schema.
 */
import type { FieldIssue } from '../errors.js';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const yesNo = [
  { value: 'yes', label: 'Có' },
  { value: 'no', label: 'Không' },
];

/** The answers a question accepts: yes/no, or its options. */
function answersOf(question: Loose): { value: string; label: string }[] {
  if (question.kind === 'yes_no') return yesNo;
  return arrayOf(question.options).flatMap((o) => {
    if (!isObject(o)) return [];
    const value = str(o.value);
    return value === undefined ? [] : [{ value, label: str(o.label) ?? value }];
  });
}

/** «Văn bản ủy quyền (có chứng thực)» (cut at 80 characters), or "số 5" when the document has no name. */
function documentName(doc: Loose, index: number): string {
  const name = str(doc.name)?.trim();
  if (!name) return `số ${index + 1}`;
  return `«${name.length > 80 ? name.slice(0, 79) + '…' : name}»`;
}

/**
 * A condition (of a document or of a declaration field) names one of the record's questions and only that
 * question's answers; `where` is the condition's full path, `whose` names what it belongs to in messages.
 */
function conditionIssues(
  questions: ReadonlyMap<string, Loose>,
  condition: unknown,
  where: string,
  whose: string,
): FieldIssue[] {
  const out: FieldIssue[] = [];
  if (!isObject(condition)) return out;
  const id = str(condition.question);
  if (id === undefined) return out;
  const question = questions.get(id);
  if (!question) {
    out.push({
      field: `${where}.question`,
      message:
        questions.size === 0
          ? `${whose} dựa vào câu hỏi "${id}" nhưng thủ tục chưa có câu hỏi nào (questions)`
          : `${whose} dựa vào câu hỏi "${id}" không có trong danh sách câu hỏi (questions)`,
    });
    return out;
  }
  const allowed = answersOf(question);
  const questionText = str(question.text);
  const named = questionText ? ` «${questionText}»` : '';
  const answers = arrayOf(condition.answers);
  answers.forEach((a, j) => {
    if (typeof a !== 'string') return;
    if (!allowed.some((o) => o.value === a)) {
      const list = allowed.map((o) => `${o.value} (${o.label})`).join(', ') || 'chưa có phương án';
      out.push({
        field: `${where}.answers[${j}]`,
        message: `${whose}: "${a}" không phải là câu trả lời của câu hỏi "${id}"${named} (các câu trả lời: ${list})`,
      });
    } else if (answers.indexOf(a) !== j) {
      out.push({ field: `${where}.answers[${j}]`, message: `${whose}: câu trả lời "${a}" bị trùng` });
    }
  });
  return out;
}

/**
 * Issues of `record.questions`, of every `documents[i].condition` and of every `declaration.fields[i].condition`;
 * `at` prefixes a path.
 */
export function questionIssues(record: Loose, at: (rest: string) => string): FieldIssue[] {
  const out: FieldIssue[] = [];
  const questions = new Map<string, Loose>();
  arrayOf(record.questions).forEach((q, i) => {
    if (!isObject(q)) return;
    const id = str(q.id);
    if (id !== undefined) {
      if (questions.has(id))
        out.push({ field: at(`questions[${i}].id`), message: `Mã câu hỏi "${id}" bị trùng` });
      else questions.set(id, q);
    }
    const options = arrayOf(q.options);
    if (q.kind === 'choice' && options.length === 0) {
      out.push({
        field: at(`questions[${i}].options`),
        message: 'Câu hỏi lựa chọn (choice) phải có ít nhất hai phương án trả lời (options)',
      });
    }
    if (q.kind === 'yes_no' && q.options !== undefined) {
      out.push({
        field: at(`questions[${i}].options`),
        message:
          'Câu hỏi có/không (yes_no) không khai báo phương án trả lời riêng: các câu trả lời là Có và Không',
      });
    }
    const seen = new Set<string>();
    options.forEach((o, j) => {
      const value = isObject(o) ? str(o.value) : undefined;
      if (value === undefined) return;
      if (seen.has(value))
        out.push({
          field: at(`questions[${i}].options[${j}].value`),
          message: `Phương án trả lời "${value}" bị trùng`,
        });
      seen.add(value);
    });
  });

  arrayOf(record.documents).forEach((doc, i) => {
    if (!isObject(doc)) return;
    const whose = `Điều kiện của giấy tờ ${documentName(doc, i)}`;
    out.push(...conditionIssues(questions, doc.condition, at(`documents[${i}].condition`), whose));
  });
  const form = isObject(record.declaration) ? record.declaration : {};
  arrayOf(form.fields).forEach((field, i) => {
    if (!isObject(field)) return;
    const whose = `Điều kiện của mục tờ khai ${documentName({ name: field.label }, i)}`;
    out.push(...conditionIssues(questions, field.condition, at(`declaration.fields[${i}].condition`), whose));
  });
  return out;
}
