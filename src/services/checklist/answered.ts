/**
 * The checklist for a citizen's answers, as the API, the print view and the PDF read it: the version in force (or
 * at a date), the answers checked against the record's questions (400 naming the unknown question or answer), the
 * documents that are needed or still depend on an unanswered question, and those questions.
 */
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { answeredChecklist, type AnsweredChecklist } from '../../domain/checklist/answered.js';
import { hasCase } from '../../domain/checklist/checklist.js';
import {
  answersInWords,
  answersProblemMessage,
  checkAnswers,
  parseAnswers,
  questionOptions,
  type Answers,
} from '../../domain/checklist/conditions.js';
import { documentView } from '../../domain/checklist/views.js';
import { DomainError, invalid } from '../../domain/errors.js';
import type { AnsweredChecklist as AnsweredChecklistView } from '../../contracts/checklist.js';
import { getProcedure } from '../catalogue/queries.js';
import type { ProcedureVersion, Reader } from '../catalogue/versions.js';

/** Parses and checks answers in their text form against a record; throws a 400 naming what is wrong. */
export function readAnswers(record: Pick<ProcedureRecord, 'questions'>, text: string | undefined): Answers {
  const answers = parseAnswers(text ?? '');
  if (answers === undefined) {
    const message =
      'Câu trả lời không đúng dạng: mỗi câu trả lời là "mã câu hỏi:mã trả lời", cách nhau bởi dấu phẩy (ví dụ uy_quyen:yes,tre_bo_roi:no), mỗi câu hỏi một lần.';
    throw invalid('CHECKLIST_ANSWERS_MALFORMED', message, [{ field: 'answers', message }]);
  }
  return checkedAnswers(record, answers);
}

/**
 * Answers received as an object (a hotline checklist sent, a booking, a desk intake), checked against the record's
 * questions: the first unknown question or answer → 400 naming it. Absent → none.
 */
export function checkedAnswers(
  record: Pick<ProcedureRecord, 'questions'>,
  answers: Readonly<Record<string, string>> | null | undefined,
): Answers {
  if (!answers) return {};
  const [problem] = checkAnswers(record, answers);
  if (problem) {
    const message = `${answersProblemMessage(problem)}.`;
    throw new DomainError(
      'invalid',
      problem.kind === 'unknown_question' ? 'CHECKLIST_UNKNOWN_QUESTION' : 'CHECKLIST_UNKNOWN_ANSWER',
      message,
      {
        fields: [{ field: 'answers', message }],
        question: problem.question,
        ...(problem.kind === 'unknown_answer' ? { answer: problem.answer } : {}),
      },
    );
  }
  return { ...answers };
}

/** Throws 400 UNKNOWN_CASE when the record has no such case. */
export function checkCase(
  record: Pick<ProcedureRecord, 'code' | 'cases'>,
  caseName: string | undefined,
): void {
  if (caseName === undefined || hasCase(record, caseName)) return;
  throw invalid('UNKNOWN_CASE', `Thủ tục ${record.code} không có trường hợp "${caseName.slice(0, 100)}".`, [
    { field: 'case', message: 'Trường hợp không có trong thủ tục này.' },
  ]);
}

export interface AnsweredProcedure extends AnsweredChecklist {
  version: ProcedureVersion;
  answers: Answers;
  caseName: string | undefined;
}

export async function getAnsweredChecklist(
  db: Reader,
  opts: {
    code: string;
    answers?: string | undefined;
    caseName?: string | undefined;
    at?: string | undefined;
  },
): Promise<AnsweredProcedure> {
  const version = await getProcedure(db, opts.code, opts.at);
  checkCase(version.record, opts.caseName);
  const answers = readAnswers(version.record, opts.answers);
  return {
    version,
    answers,
    caseName: opts.caseName,
    ...answeredChecklist(version.record, answers, opts.caseName),
  };
}

/** The answered checklist as the API shows it: each answer in words, each document with its applicability. */
export function toAnsweredView(a: AnsweredProcedure): AnsweredChecklistView {
  const { record } = a.version;
  return {
    code: record.code,
    name: record.name,
    version: { id: a.version.id, no: a.version.no, effectiveFrom: a.version.effectiveFrom },
    case: a.caseName ?? null,
    answers: (record.questions ?? []).flatMap((q) => {
      const value = a.answers[q.id];
      if (value === undefined) return [];
      const label = questionOptions(q).find((o) => o.value === value)?.label ?? value;
      return [{ question: { id: q.id, text: q.text }, answer: { value, label } }];
    }),
    answersInWords: answersInWords(record, a.answers),
    documents: a.documents.map((d) => ({
      ...documentView(record, d.document),
      index: d.index,
      status: d.applicability,
    })),
    unanswered: a.unanswered,
  };
}
