/**
 * Case-aware checklists: which documents a citizen needs, from their answers to the procedure's plain questions
 * ("Có ủy quyền cho người khác đi nộp không?"). A document without a `condition` is always needed (within its named
 * case, if it has one); a conditional document is needed when the answer to its question is one of its answers.
 *
 * Pure and browser-safe (types only from the record). The procedure page, the print view and PDF, the hotline's
 * checklist, booking, desk intake and the supplement slip all decide with these functions, and carry the answers
 * along the journey in one text form (`formatAnswers` / `parseAnswers`): `uy_quyen:yes,tre_bo_roi:no`.
 */
import type { ChecklistQuestion, ProcedureRecord, RequiredDocument } from '../catalogue/record.js';

/** A citizen's answers: question id → answer value. */
export type Answers = Readonly<Record<string, string>>;

/**
 * - `always`: no condition;
 * - `applies`: its question is answered with one of its answers;
 * - `not_applicable`: its question is answered otherwise;
 * - `unanswered`: its question has no answer yet (ask it, or show the document as "only if …").
 */
export type Applicability = 'always' | 'applies' | 'not_applicable' | 'unanswered';

type WithQuestions = Pick<ProcedureRecord, 'questions'>;

export const yesNoOptions = [
  { value: 'yes', label: 'Có' },
  { value: 'no', label: 'Không' },
] as const;

/** The options of a question (a yes/no question's are Có / Không). */
export function questionOptions(question: ChecklistQuestion): readonly { value: string; label: string }[] {
  return question.kind === 'yes_no' ? yesNoOptions : (question.options ?? []);
}

export function findQuestion(record: WithQuestions, id: string): ChecklistQuestion | undefined {
  return (record.questions ?? []).find((q) => q.id === id);
}

export function applicability(doc: Pick<RequiredDocument, 'condition'>, answers: Answers): Applicability {
  const condition = doc.condition;
  if (!condition) return 'always';
  const answer = answers[condition.question];
  if (answer === undefined) return 'unanswered';
  return condition.answers.includes(answer) ? 'applies' : 'not_applicable';
}

/** Needed for these answers: always-needed documents and those whose condition holds. */
export function isNeeded(doc: Pick<RequiredDocument, 'condition'>, answers: Answers): boolean {
  const a = applicability(doc, answers);
  return a === 'always' || a === 'applies';
}

/** The questions that decide at least one of these documents, in the record's order. */
export function questionsFor(
  record: WithQuestions,
  documents: readonly Pick<RequiredDocument, 'condition'>[],
): ChecklistQuestion[] {
  const used = new Set(documents.flatMap((d) => (d.condition ? [d.condition.question] : [])));
  return (record.questions ?? []).filter((q) => used.has(q.id));
}

/** A problem with a set of answers, named so that an API can say which (400) and a page can show it. */
export type AnswersProblem =
  | { kind: 'unknown_question'; question: string }
  | { kind: 'unknown_answer'; question: string; answer: string };

/** Every answer must be to one of the record's questions and one of its options. */
export function checkAnswers(record: WithQuestions, answers: Answers): AnswersProblem[] {
  const problems: AnswersProblem[] = [];
  for (const [question, answer] of Object.entries(answers)) {
    const q = findQuestion(record, question);
    if (!q) problems.push({ kind: 'unknown_question', question });
    else if (!questionOptions(q).some((o) => o.value === answer))
      problems.push({ kind: 'unknown_answer', question, answer });
  }
  return problems;
}

/** Vietnamese wording of a problem, for people. */
export function answersProblemMessage(problem: AnswersProblem): string {
  return problem.kind === 'unknown_question'
    ? `Câu hỏi "${problem.question}" không có trong thủ tục này`
    : `Câu trả lời "${problem.answer}" không hợp lệ cho câu hỏi "${problem.question}"`;
}

const pairPattern = /^([a-z][a-z0-9_]{0,39}):([a-z][a-z0-9_]{0,39})$/;

/**
 * `uy_quyen:yes,tre_bo_roi:no` → { uy_quyen: 'yes', tre_bo_roi: 'no' }. Empty text → {}. A malformed pair or a
 * question answered twice → undefined (the caller answers 400); whether the ids exist is `checkAnswers`'s job.
 */
export function parseAnswers(text: string): Answers | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const out: Record<string, string> = {};
  for (const part of trimmed.split(',')) {
    const m = pairPattern.exec(part.trim());
    if (!m) return undefined;
    const [, question, answer] = m;
    if (question === undefined || answer === undefined || question in out) return undefined;
    out[question] = answer;
  }
  return out;
}

/** The text form of answers, in a stable order (question ids sorted). */
export function formatAnswers(answers: Answers): string {
  return Object.keys(answers)
    .sort()
    .map((q) => `${q}:${answers[q]}`)
    .join(',');
}

/** "Có ủy quyền cho người khác đi nộp không? — Có": each answer in words, for a slip or a summary. */
export function answersInWords(record: WithQuestions, answers: Answers): string[] {
  const lines: string[] = [];
  for (const q of record.questions ?? []) {
    const value = answers[q.id];
    if (value === undefined) continue;
    const label = questionOptions(q).find((o) => o.value === value)?.label ?? value;
    lines.push(`${q.text} — ${label}`);
  }
  return lines;
}

/** "Chỉ khi: Có ủy quyền cho người khác đi nộp không? — Có" for a document whose question is not answered. */
export function conditionInWords(record: WithQuestions, doc: Pick<RequiredDocument, 'condition'>): string {
  const c = doc.condition;
  if (!c) return '';
  const q = findQuestion(record, c.question);
  if (!q) return '';
  const labels = questionOptions(q)
    .filter((o) => c.answers.includes(o.value))
    .map((o) => o.label);
  return `Chỉ khi: ${q.text} — ${labels.join(' / ')}`;
}
