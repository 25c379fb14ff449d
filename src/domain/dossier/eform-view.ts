/**
 * The e-form as the API gives it (GET /api/procedures/{code}/declaration): each field with its condition in readable
 * form and whether it is asked for the answers given, and the checklist questions that decide fields. Pure.
 */
import type { ChecklistQuestion, FormField, ProcedureRecord } from '../catalogue/record.js';
import type { Answers } from '../checklist/conditions.js';
import { conditionView, type ConditionView } from '../checklist/views.js';
import { fieldApplicability, formOf } from './eform.js';

export type FieldStatus = 'always' | 'applies' | 'unanswered';

export type FormFieldView = Omit<FormField, 'condition'> & {
  condition: ConditionView | null;
  status: FieldStatus;
};

export interface FormView {
  title: string;
  /** True when the version has no form of its own: the generic one (the request in the applicant's words). */
  generic: boolean;
  questions: ChecklistQuestion[];
  fields: FormFieldView[];
}

/** The version's form for these answers: fields an answer rules out are left out. */
export function formView(
  record: Pick<ProcedureRecord, 'declaration' | 'questions'>,
  answers: Answers,
): FormView {
  const form = formOf(record);
  const fields: FormFieldView[] = [];
  for (const { condition, ...field } of form.fields) {
    const status = fieldApplicability({ condition }, answers);
    if (status === 'not_applicable') continue;
    fields.push({ ...field, condition: conditionView(record, condition), status });
  }
  const used = new Set(form.fields.flatMap((f) => (f.condition ? [f.condition.question] : [])));
  return {
    title: form.title,
    generic: record.declaration === undefined,
    questions: (record.questions ?? []).filter((q) => used.has(q.id)),
    fields,
  };
}
