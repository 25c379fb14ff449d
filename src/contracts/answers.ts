/**
 * The schema of a citizen's answers to a procedure's checklist questions in a JSON body (question id → answer, e.g.
 * {"uy_quyen":"no","tre_bo_roi":"no"}); whether each question and answer exists is checked against the procedure
 * (400 CHECKLIST_UNKNOWN_QUESTION or CHECKLIST_UNKNOWN_ANSWER naming it). The same answers travel in links as text: `uy_quyen:no,tre_bo_roi:no`.
 */
import { Type } from 'typebox';
import { answerIdPattern } from '../domain/catalogue/record.js';

export const Answers = Type.Record(
  Type.String({ maxLength: 40 }),
  Type.String({ pattern: answerIdPattern }),
  {
    maxProperties: 20,
    description:
      "Answers to the procedure's checklist questions: question id → answer value (yes/no or an option).",
  },
);
