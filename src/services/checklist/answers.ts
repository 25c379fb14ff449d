/**
 * Answers kept with a checklist sent, an appointment or a dossier, read again later: only those that are still
 * questions and answers of the record at hand (a stored set read against a later version drops what no longer
 * exists). Answers received are checked with `checkedAnswers` (./answered.ts).
 */
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { checkAnswers, type Answers } from '../../domain/checklist/conditions.js';

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
