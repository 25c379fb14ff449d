/**
 * The checklist questions and the documents' conditions as the edit form holds them ("Cần khi: Có ủy quyền …? — Có").
 * In the form a condition points at its question by a form-only `key`, not by the question's id: renaming an id
 * keeps its documents linked, and ids are written into the conditions only when the record is sent. Pure.
 */
import { normaliseText } from '../../../../src/domain/catalogue/normalise.js';
import type { ChecklistQuestion, DocumentCondition } from '../../../../src/domain/catalogue/record.js';
import { yesNoOptions } from '../../../../src/domain/checklist/conditions.js';
import { compact, optional, required } from './form-text.js';

export interface FormQuestion {
  /** Form-only, stable while the form is open: what conditions point at. A loaded question's key is its id. */
  key: string;
  id: string;
  text: string;
  kind: ChecklistQuestion['kind'];
  /** A choice's options; kept (and ignored) while the question is yes/no, so switching back loses nothing. */
  options: { value: string; label: string }[];
  help?: string;
}

/** `question` is a question's key, or ALWAYS ("Luôn cần"). */
export interface FormCondition {
  question: string;
  answers: string[];
}

export const ALWAYS = '';

let created = 0;
/** A key no loaded question has (ids never contain "-"). */
function newKey(): string {
  created += 1;
  return `moi-${created}`;
}

export function newQuestion(): FormQuestion {
  return { key: newKey(), id: '', text: '', kind: 'yes_no', options: [] };
}

export function toFormQuestions(questions: readonly ChecklistQuestion[] | undefined): FormQuestion[] {
  return (questions ?? []).map((q) => ({
    key: q.id,
    id: q.id,
    text: q.text,
    kind: q.kind,
    options: (q.options ?? []).map((o) => ({ ...o })),
    ...(q.help !== undefined ? { help: q.help } : {}),
  }));
}

export function toFormCondition(condition: DocumentCondition | undefined): FormCondition {
  return condition
    ? { question: condition.question, answers: [...condition.answers] }
    : { question: ALWAYS, answers: [] };
}

export function fromFormQuestion(q: FormQuestion): ChecklistQuestion {
  return compact({
    id: required(q.id),
    text: required(q.text),
    kind: q.kind,
    options:
      q.kind === 'choice'
        ? (q.options ?? []).map((o) => ({ value: required(o?.value), label: required(o?.label) }))
        : undefined,
    help: optional(q.help),
  });
}

/**
 * The answers a form question offers (a yes/no question's are Có / Không): a choice's options that have a value,
 * each value once (the form is being typed: an option may have no value yet, or the same as another).
 */
export function formQuestionOptions(q: FormQuestion | undefined): { value: string; label: string }[] {
  if (!q) return [];
  if (q.kind === 'yes_no') return [...yesNoOptions];
  const out: { value: string; label: string }[] = [];
  for (const o of q.options ?? []) {
    const value = required(o?.value);
    if (value !== '' && !out.some((x) => x.value === value))
      out.push({ value, label: required(o?.label) || value });
  }
  return out;
}

/**
 * A question as the preview asks it: every option shown, one without a value (or with another's) under a
 * stand-in value that no condition uses, and one without a label as "(phương án N)".
 */
export function previewOptions(q: FormQuestion): FormQuestion['options'] {
  const seen = new Set<string>();
  return (q.options ?? []).map((o, j) => {
    let value = required(o?.value);
    if (value === '' || seen.has(value)) value = `${value || 'phuong_an'}__${j + 1}`;
    seen.add(value);
    return { value, label: required(o?.label) || `(phương án ${j + 1})` };
  });
}

/**
 * The condition to send: the question's id in place of its key, the answers in the question's order. A key that
 * names no question is sent as it is, for the server to refuse with the document's name.
 */
export function fromFormCondition(
  condition: FormCondition | undefined,
  questions: readonly FormQuestion[],
): DocumentCondition | undefined {
  if (!condition || !condition.question) return undefined;
  const question = questions.find((q) => q.key === condition.question);
  const order = formQuestionOptions(question).map((o) => o.value);
  const rank = (a: string) => (order.includes(a) ? order.indexOf(a) : order.length);
  return {
    question: question ? required(question.id) : condition.question,
    answers: [...(condition.answers ?? [])].sort((a, b) => rank(a) - rank(b)),
  };
}

/** Positions of the documents whose condition asks question `key`. */
export function documentsUsing(
  documents: readonly { condition?: FormCondition | undefined }[],
  key: string,
): number[] {
  return documents.flatMap((d, i) => (d.condition?.question === key ? [i] : []));
}

/**
 * Removes question `index`; the documents that were needed only for some of its answers become always needed (the
 * editor says so and asks first). Returns the new lists and the positions of the documents changed.
 */
export function withoutQuestion<D extends { condition?: FormCondition | undefined }>(
  questions: readonly FormQuestion[],
  documents: readonly D[],
  index: number,
): { questions: FormQuestion[]; documents: D[]; cleared: number[] } {
  const key = questions[index]?.key;
  const cleared = key === undefined ? [] : documentsUsing(documents, key);
  return {
    questions: questions.filter((_, i) => i !== index),
    documents: documents.map((d, i) =>
      cleared.includes(i) ? { ...d, condition: { question: ALWAYS, answers: [] } } : d,
    ),
    cleared,
  };
}

/**
 * An id made from a text: "Có ủy quyền cho người khác đi nộp không?" → "co_uy_quyen_cho", unique among `taken`
 * (…_2, …_3). Undefined when the text has no letter or digit.
 */
export function suggestId(text: string, taken: readonly string[]): string | undefined {
  const words = normaliseText(text)
    .split(' ')
    .map((w) => w.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  let base = words.slice(0, 4).join('_').slice(0, 34).replace(/_+$/, '');
  if (!base) return undefined;
  if (!/^[a-z]/.test(base)) base = `q_${base}`;
  let id = base;
  for (let n = 2; taken.includes(id); n += 1) id = `${base}_${n}`;
  return id;
}

/*
 * The form's own checks, shown as the officer types (the server checks the same and more: an answer that is not one
 * of its question's, once a question's options changed, is refused there and shown next to the document).
 */

const ID = /^[a-z][a-z0-9_]{0,39}$/;

/** A question's id or an option's value: like "uy_quyen", unique among `others`. */
export function idProblem(id: string | undefined, others: readonly string[], what: 'câu hỏi' | 'phương án') {
  const v = required(id);
  if (v === '') return `Nhập mã ${what} (ví dụ ${what === 'câu hỏi' ? 'uy_quyen' : 'giam_ho_cu'}).`;
  if (!ID.test(v))
    return 'Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ, tối đa 40 ký tự.';
  if (others.some((o) => required(o) === v)) return `Mã "${v}" đã dùng cho ${what} khác.`;
  return undefined;
}

export function questionTextProblem(text: string | undefined): string | undefined {
  const v = required(text);
  if (v === '') return 'Nhập câu hỏi.';
  if (v.length < 3) return 'Câu hỏi phải có ít nhất 3 ký tự.';
  if (v.length > 300) return 'Câu hỏi dài quá 300 ký tự.';
  return undefined;
}

export function optionsProblem(kind: FormQuestion['kind'], count: number): string | undefined {
  if (kind !== 'choice') return undefined;
  if (count < 2) return 'Câu hỏi lựa chọn cần ít nhất hai phương án.';
  if (count > 12) return 'Tối đa 12 phương án.';
  return undefined;
}

export function answersProblem(condition: FormCondition | undefined): string | undefined {
  if (!condition?.question) return undefined;
  return (condition.answers ?? []).length === 0 ? 'Chọn câu trả lời khiến giấy tờ này cần nộp.' : undefined;
}
