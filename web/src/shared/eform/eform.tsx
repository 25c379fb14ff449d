/**
 * An e-form (tờ khai điện tử) rendered from its fields: the desk's assisted intake, the citizen's online submission
 * and the catalogue editor's preview use it. Values are texts by field key (dates dd/mm/yyyy); `issues` are the
 * validator's (src/domain/dossier/eform.ts `checkFormValues`, or `eformIssues` below), shown under their field and
 * announced to screen readers. Fields ruled out by the answers are not shown; a heading opens each `group`.
 *
 *   <EForm fields={form.fields} values={values} onChange={setValues} answers={answers} issues={issues} />
 */
import { Fragment } from 'react';
import { Input, Select } from 'antd';
import { todayInVietnam } from '../../../../src/domain/catalogue/dates.js';
import type { FormField } from '../../../../src/domain/catalogue/record.js';
import type { Answers } from '../../../../src/domain/checklist/conditions.js';
import {
  checkFormValues,
  fieldApplicability,
  isRequired,
  maxLengthOf,
} from '../../../../src/domain/dossier/eform.js';
import './eform.css';

/** A field as the catalogue or the API gives it (the API's readable condition is ignored: answers decide). */
export type EFormField = Omit<FormField, 'condition'> & {
  condition?: FormField['condition'] | object | null;
};

export type EFormValues = Readonly<Record<string, string>>;

const recordCondition = (f: EFormField): FormField['condition'] => {
  const c = f.condition as { question?: unknown; answers?: unknown } | null | undefined;
  if (!c) return undefined;
  if (typeof c.question === 'string') return c as FormField['condition'];
  // The API's form: {question: {id, text}, answers: [{value, label}]}.
  const q = c.question as { id: string };
  return { question: q.id, answers: (c.answers as { value: string }[]).map((a) => a.value) };
};

/** The fields in the record's shape. */
export const toFormFields = (fields: readonly EFormField[]): FormField[] =>
  fields.map((f) => {
    const condition = recordCondition(f);
    const { condition: _c, ...rest } = f;
    return condition ? { ...rest, condition } : rest;
  });

/** The validator's issues by field key, for these values and answers (today in Vietnam). */
export function eformIssues(
  fields: readonly EFormField[],
  values: EFormValues,
  answers: Answers = {},
): Record<string, string> {
  const { issues } = checkFormValues({ title: '', fields: toFormFields(fields) }, values, {
    answers,
    today: todayInVietnam(),
  });
  return Object.fromEntries(issues.map((i) => [i.key, i.message]));
}

const inputMode = {
  date: 'numeric',
  number: 'decimal',
  id_number: 'numeric',
  phone: 'tel',
  email: 'email',
} as const;

function FieldInput({
  field,
  id,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  field: FormField;
  id: string;
  value: string;
  onChange: (v: string) => void;
  invalid: boolean;
  describedBy: string | undefined;
}) {
  const common = {
    id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
  };
  if (field.kind === 'select')
    return (
      <Select
        {...common}
        allowClear
        value={value || undefined}
        onChange={(v: string | undefined) => onChange(v ?? '')}
        options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
        status={invalid ? 'error' : undefined}
        placeholder="Chọn"
      />
    );
  if (field.kind === 'textarea')
    return (
      <Input.TextArea
        {...common}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={maxLengthOf(field)}
        status={invalid ? 'error' : undefined}
      />
    );
  const kind = field.kind;
  return (
    <Input
      {...common}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      inputMode={kind === 'text' ? undefined : inputMode[kind]}
      type={kind === 'email' ? 'email' : kind === 'phone' ? 'tel' : 'text'}
      placeholder={kind === 'date' ? 'ngày/tháng/năm' : undefined}
      maxLength={kind === 'text' ? maxLengthOf(field) : 60}
      autoComplete="off"
      status={invalid ? 'error' : undefined}
    />
  );
}

export function EForm({
  fields,
  values,
  onChange,
  answers = {},
  issues = {},
  idPrefix = 'eform',
}: {
  fields: readonly EFormField[];
  values: EFormValues;
  onChange: (values: Record<string, string>) => void;
  /** The applicant's answers to the checklist questions: they decide conditional fields. */
  answers?: Answers;
  /** Messages by field key (shown under the field). */
  issues?: Readonly<Record<string, string>>;
  /** Prefix of the inputs' ids, unique on the page. */
  idPrefix?: string;
}) {
  const shown = toFormFields(fields).filter((f) => fieldApplicability(f, answers) !== 'not_applicable');
  return (
    <div className="eform">
      {shown.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const issue = issues[f.key];
        const required = isRequired(f, answers);
        const describedBy =
          [f.help ? `${id}-help` : '', issue ? `${id}-issue` : ''].filter(Boolean).join(' ') || undefined;
        return (
          <Fragment key={f.key}>
            {f.group && <h3 className="eform-group">{f.group}</h3>}
            <div className="eform-field">
              <div className="eform-label-row">
                <label htmlFor={id} className="eform-label">
                  {f.label}
                </label>
                {required && (
                  <span className="eform-required" aria-hidden>
                    *
                  </span>
                )}
              </div>
              <FieldInput
                field={{ ...f, required }}
                id={id}
                value={values[f.key] ?? ''}
                onChange={(v) => onChange({ ...values, [f.key]: v })}
                invalid={Boolean(issue)}
                describedBy={describedBy}
              />
              {f.help && (
                <div id={`${id}-help`} className="eform-help">
                  {f.help}
                </div>
              )}
              {issue && (
                <div id={`${id}-issue`} className="eform-issue" role="alert">
                  {issue}
                </div>
              )}
            </div>
          </Fragment>
        );
      })}
    </div>
  );
}
