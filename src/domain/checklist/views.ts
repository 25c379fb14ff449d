/**
 * The API form of conditions: in the record a condition is `{question: "uy_quyen", answers: ["yes"]}`; what the
 * public API gives is readable on its own — `{question: {id, text}, answers: [{value, label}]}`, or null for an
 * always-needed document. Pure; the browser turns the API form back into the record's with `conditionFromView`, so
 * the rules of conditions.ts run on the same shape everywhere.
 */
import type { DocumentCondition, ProcedureRecord, RequiredDocument } from '../catalogue/record.js';
import { findQuestion, questionOptions } from './conditions.js';

export interface ConditionView {
  question: { id: string; text: string };
  answers: { value: string; label: string }[];
}

export type DocumentView = Omit<RequiredDocument, 'condition'> & { condition: ConditionView | null };

export function conditionView(
  record: Pick<ProcedureRecord, 'questions'>,
  condition: DocumentCondition | undefined,
): ConditionView | null {
  if (!condition) return null;
  const question = findQuestion(record, condition.question);
  // A stored record always names one of its questions (validate.ts); the id stands in for a missing text.
  const options = question ? questionOptions(question) : [];
  return {
    question: { id: condition.question, text: question?.text ?? condition.question },
    answers: condition.answers.map((value) => ({
      value,
      label: options.find((o) => o.value === value)?.label ?? value,
    })),
  };
}

export function documentView(
  record: Pick<ProcedureRecord, 'questions'>,
  doc: RequiredDocument,
): DocumentView {
  const { condition, ...rest } = doc;
  return { ...rest, condition: conditionView(record, condition) };
}

export function conditionFromView(view: ConditionView | null | undefined): DocumentCondition | undefined {
  if (!view) return undefined;
  return { question: view.question.id, answers: view.answers.map((a) => a.value) };
}

/** A record as the public API gives it (documents in their API form) back in the record's own shape. */
export function recordFromView<R extends { documents: readonly DocumentView[] }>(
  view: R,
): Omit<R, 'documents'> & { documents: RequiredDocument[] } {
  return {
    ...view,
    documents: view.documents.map(({ condition, ...rest }) => {
      const c = conditionFromView(condition);
      return c ? { ...rest, condition: c } : { ...rest };
    }),
  };
}
