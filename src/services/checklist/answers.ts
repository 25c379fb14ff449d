/**
 * A citizen's answers to a procedure's checklist questions, as the hotline, booking and desk intake receive them:
 * checked against the procedure version's questions (an unknown question or answer → 400 naming it), so that what is
 * stored with a checklist sent, an appointment or a dossier is always decidable by `isNeeded`.
 */
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { answersProblemMessage, checkAnswers, type Answers } from '../../domain/checklist/conditions.js';
import { invalid } from '../../domain/errors.js';

export { recordForAnswers } from '../../domain/checklist/carried.js';

/** The answers, checked against the record's questions; `field` names the input in the 400's field list. */
export function checkedAnswers(
  record: Pick<ProcedureRecord, 'questions'>,
  answers: Readonly<Record<string, string>> | null | undefined,
  field = 'answers',
): Answers {
  if (!answers) return {};
  const problems = checkAnswers(record, answers);
  if (problems.length === 0) return { ...answers };
  const fields = problems.map((p) => ({
    field: `${field}.${p.question}`,
    message: answersProblemMessage(p),
  }));
  throw invalid('ANSWERS_INVALID', fields[0]!.message, fields);
}

/** Only the answers that are still questions of this record (a stored set read against a later version). */
export function answersFor(
  record: Pick<ProcedureRecord, 'questions'>,
  answers: Answers | null | undefined,
): Answers {
  const out: Record<string, string> = {};
  for (const [q, a] of Object.entries(answers ?? {})) {
    if (checkAnswers(record, { [q]: a }).length === 0) out[q] = a;
  }
  return out;
}
