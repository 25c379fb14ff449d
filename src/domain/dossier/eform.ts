/**
 * The declaration's e-form (tờ khai điện tử) of a procedure version and the one validator of its values, used by the
 * desk's assisted intake, by online submission (server and browser) and by the printed declaration. The form is
 * catalogue data (`declaration` of the record, format version 3); a version without one gets the generic form: the
 * request in the applicant's own words.
 *
 * A field with a `condition` is asked only when the answer to that checklist question is one of its answers, like a
 * conditional document: with the answer given otherwise it is not asked (a value for it is dropped), unanswered it
 * is shown but not required. Pure and browser-safe.
 */
import type {
  DeclarationForm,
  FormField,
  FormFieldKind,
  FormPrefill,
  ProcedureRecord,
} from '../catalogue/record.js';
import { applicability, type Answers, type Applicability } from '../checklist/conditions.js';
import { normaliseEmail, normaliseNationalPhone } from '../contact/contact.js';
import { parseCccd } from './identity.js';

export type { DeclarationForm, FormField, FormFieldKind };

export const genericForm: DeclarationForm = {
  title: 'Tờ khai',
  fields: [{ key: 'request', label: 'Nội dung yêu cầu', required: true, kind: 'textarea', maxLength: 2000 }],
};

/** The version's form, or the generic one. */
export function formOf(record: Pick<ProcedureRecord, 'declaration'>): DeclarationForm {
  return record.declaration ?? genericForm;
}

/** Vietnamese names of the kinds, for the editor and the documentation. */
export const fieldKindLabels: Record<FormFieldKind, string> = {
  text: 'Chữ (một dòng)',
  textarea: 'Đoạn văn (nhiều dòng)',
  date: 'Ngày (ngày/tháng/năm)',
  select: 'Chọn một trong danh sách',
  number: 'Số',
  id_number: 'Số định danh cá nhân (12 số)',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
};

/** Whether the field is asked for these answers (`always`, `applies`, `unanswered`) or not (`not_applicable`). */
export function fieldApplicability(field: Pick<FormField, 'condition'>, answers: Answers): Applicability {
  return applicability(field, answers);
}

/** The fields asked for these answers, in the form's order (those ruled out by an answer are left out). */
export function fieldsFor(form: DeclarationForm, answers: Answers): FormField[] {
  return form.fields.filter((f) => fieldApplicability(f, answers) !== 'not_applicable');
}

/** Whether a field must be filled for these answers: required, and always asked or asked by the answers. */
export function isRequired(field: FormField, answers: Answers): boolean {
  const a = fieldApplicability(field, answers);
  return field.required && (a === 'always' || a === 'applies');
}

const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;

/** dd/mm/yyyy → whether it is a real calendar date between 1900 and 2100. */
export function isDeclaredDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** dd/mm/yyyy → YYYY-MM-DD (for comparing with today). */
const isoOf = (value: string) => `${value.slice(6, 10)}-${value.slice(3, 5)}-${value.slice(0, 2)}`;

/** The longest text a field takes: its own limit, else 2000 characters for a textarea and 500 for a line. */
export function maxLengthOf(field: Pick<FormField, 'kind' | 'maxLength'>): number {
  return field.maxLength ?? (field.kind === 'textarea' ? 2000 : 500);
}

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;

export interface FormIssue {
  key: string;
  message: string;
}

export interface CheckedForm {
  /** The values given for asked fields, tidied (spaces, phone and id number forms), in the form's order. */
  values: { key: string; label: string; value: string }[];
  /** One issue per field at most, in the form's order, in Vietnamese. */
  issues: FormIssue[];
}

/** One value (not empty) of a field → its tidy form, or the issue with it. */
function checkValue(
  field: FormField,
  raw: string,
  today: string,
): { value: string; message?: undefined } | { message: string } {
  const label = field.label;
  const value =
    field.kind === 'textarea' ? raw.trim().replace(/[^\S\n]+/g, ' ') : raw.trim().replace(/\s+/g, ' ');
  switch (field.kind) {
    case 'date':
      if (!isDeclaredDate(value))
        return { message: `${label}: ghi theo dạng ngày/tháng/năm (ví dụ 05/09/2026).` };
      if (field.notFuture && isoOf(value) > today)
        return { message: `${label}: không được sau ngày hôm nay.` };
      return { value };
    case 'select':
      if (!(field.options ?? []).includes(value))
        return { message: `${label}: chọn một trong ${(field.options ?? []).join(', ')}.` };
      return { value };
    case 'number': {
      if (!NUMBER.test(value)) return { message: `${label}: ghi bằng chữ số.` };
      const n = Number(value.replace(',', '.'));
      if (field.min !== undefined && n < field.min)
        return { message: `${label}: không được nhỏ hơn ${field.min}.` };
      if (field.max !== undefined && n > field.max)
        return { message: `${label}: không được lớn hơn ${field.max}.` };
      return { value };
    }
    case 'id_number': {
      const cccd = parseCccd(value.replace(/\./g, ''));
      return cccd
        ? { value: cccd.number }
        : {
            message: `${label}: số định danh cá nhân gồm 12 chữ số, 3 số đầu là mã tỉnh nơi đăng ký khai sinh.`,
          };
    }
    case 'phone': {
      const phone = normaliseNationalPhone(value);
      return phone
        ? { value: phone }
        : { message: `${label}: số điện thoại không đúng (ví dụ 0912 345 678).` };
    }
    case 'email': {
      const email = normaliseEmail(value);
      return email ? { value: email } : { message: `${label}: địa chỉ thư điện tử không đúng.` };
    }
    case 'text':
    case 'textarea': {
      const length = [...value].length;
      const max = maxLengthOf(field);
      if (field.minLength !== undefined && length < field.minLength)
        return { message: `${label}: cần ít nhất ${field.minLength} ký tự.` };
      if (length > max) return { message: `${label}: tối đa ${max} ký tự.` };
      if (field.pattern !== undefined && !matches(field.pattern, value))
        return {
          message: field.patternMessage ? `${label}: ${field.patternMessage}` : `${label}: không đúng mẫu.`,
        };
      return { value };
    }
  }
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, 'u').test(value);
  } catch {
    return true; // a pattern the catalogue refused cannot be here; never block a citizen on it
  }
}

/**
 * Checks values (field key → text as entered) against the form for the applicant's answers to the checklist
 * questions: every field required for those answers filled, each value of its kind (dates dd/mm/yyyy, not after
 * `today` where `notFuture`; id numbers 12 digits; phones by the contact rules; options from their list; lengths,
 * patterns, bounds). Values for fields not asked or unknown are left out. `today` is YYYY-MM-DD (Vietnam).
 */
export function checkFormValues(
  form: DeclarationForm,
  input: Readonly<Record<string, string>>,
  opts: { answers?: Answers; today: string },
): CheckedForm {
  const answers = opts.answers ?? {};
  const values: CheckedForm['values'] = [];
  const issues: FormIssue[] = [];
  for (const field of fieldsFor(form, answers)) {
    const raw = input[field.key] ?? '';
    if (raw.trim() === '') {
      if (isRequired(field, answers)) issues.push({ key: field.key, message: `Cần khai "${field.label}".` });
      continue;
    }
    const checked = checkValue(field, raw, opts.today);
    if (checked.message !== undefined) issues.push({ key: field.key, message: checked.message });
    else values.push({ key: field.key, label: field.label, value: checked.value });
  }
  return { values, issues };
}

/** The applicant's details a field's `prefill` names (empty or absent when not given). */
export type PrefillSource = Partial<Record<FormPrefill, string | null | undefined>>;

/**
 * The values with every empty field that has a `prefill` filled from the applicant's details: a citizen who gave
 * their name, ID number and address once does not type them again in the declaration. A value given wins.
 */
export function withPrefill(
  form: { fields: readonly Pick<FormField, 'key' | 'prefill'>[] },
  values: Readonly<Record<string, string>>,
  source: PrefillSource,
): Record<string, string> {
  const out: Record<string, string> = { ...values };
  for (const f of form.fields) {
    const given = source[f.prefill as FormPrefill]?.trim();
    if (f.prefill && given && !(out[f.key] ?? '').trim()) out[f.key] = given;
  }
  return out;
}

/** The prefill sources of an applicant's details as the intake and the online draft hold them. */
export const prefillOf = (a: {
  name?: string | null | undefined;
  idNumber?: string | null | undefined;
  address?: string | null | undefined;
  phone?: string | null | undefined;
  email?: string | null | undefined;
}): PrefillSource => ({
  applicant_name: a.name,
  applicant_id_number: a.idNumber,
  applicant_address: a.address,
  applicant_phone: a.phone,
  applicant_email: a.email,
});
