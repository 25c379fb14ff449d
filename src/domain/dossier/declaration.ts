/**
 * The declaration (tờ khai) of a dossier and where each of its values came from.
 *
 * On "no-writing days" (ngày không viết) the reception officer fills the declaration for the citizen: every value
 * records who entered it, the screen and the printed read-back show it, and the citizen confirms what was read back
 * by signature, fingerprint or a one-time code sent to their phone. Online, the applicant enters the values.
 *
 * The fields are the procedure version's e-form (catalogue data, src/domain/dossier/eform.ts); a version without one
 * gets the generic form (the request in the applicant's words).
 */
import type { FieldIssue } from '../errors.js';
import type { Answers } from '../checklist/conditions.js';
import { checkFormValues, type DeclarationForm } from './eform.js';

/** Who entered a value: the officer (assisted mode, named) or the applicant (online or in their own hand). */
export type EnteredBy = { kind: 'officer'; staffId: string; name: string } | { kind: 'applicant' };

export interface DeclaredValue {
  key: string;
  label: string;
  value: string;
  enteredBy: EnteredBy;
}

export const confirmationMethods = ['signature', 'fingerprint', 'otp'] as const;
export type ConfirmationMethod = (typeof confirmationMethods)[number];

export const confirmationLabels: Record<ConfirmationMethod, string> = {
  signature: 'Ký xác nhận',
  fingerprint: 'Điểm chỉ',
  otp: 'Mã xác nhận gửi tới điện thoại',
};

/** How the citizen confirmed the values read back to them. */
export interface Confirmation {
  method: ConfirmationMethod;
  /** Instant of the confirmation (ISO 8601). */
  at: string;
  /** For `otp`: the phone the code went to, masked but for its last 3 digits. */
  phoneMasked?: string;
}

/** What `dossiers.declaration` holds. */
export interface Declaration {
  /** True when the officer filled the declaration for the citizen (assisted mode). */
  assisted: boolean;
  values: DeclaredValue[];
  confirmation: Confirmation | null;
}

/**
 * The declaration as stored in `dossiers.declaration`. Dossiers received before assisted intake existed hold only
 * the applicant's contact details there: they read as an empty, unconfirmed declaration.
 */
export function readDeclaration(stored: unknown): Declaration {
  const d = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Declaration>;
  return {
    assisted: d.assisted ?? false,
    values: Array.isArray(d.values) ? d.values : [],
    confirmation: d.confirmation ?? null,
  };
}

export interface DeclarationInput {
  key: string;
  value: string;
}

/**
 * Checks declared values, as a list, against the version's form for the applicant's answers (the e-form validator,
 * src/domain/dossier/eform.ts) and refuses unknown and doubled keys. Returns the values with their labels (in the
 * form's order) and the issues found, each naming `${prefix}[i].value` (or `.key`) or `${prefix}.<key>` for a
 * missing field.
 */
export function checkDeclaration(
  form: DeclarationForm,
  input: readonly DeclarationInput[],
  opts: { answers?: Answers; today: string; prefix?: string },
): { values: { key: string; label: string; value: string }[]; issues: FieldIssue[] } {
  const prefix = opts.prefix ?? 'declaration';
  const issues: FieldIssue[] = [];
  const byKey: Record<string, string> = {};
  const position = new Map<string, number>();
  input.forEach((v, i) => {
    const field = form.fields.find((f) => f.key === v.key);
    if (!field) issues.push({ field: `${prefix}[${i}].key`, message: 'Tờ khai không có mục này.' });
    else if (position.has(v.key))
      issues.push({ field: `${prefix}[${i}].key`, message: `Mục "${field.label}" được khai hai lần.` });
    else {
      position.set(v.key, i);
      byKey[v.key] = v.value;
    }
  });
  const checked = checkFormValues(form, byKey, opts);
  for (const issue of checked.issues) {
    const i = position.get(issue.key);
    const given = i !== undefined && (byKey[issue.key] ?? '').trim() !== '';
    issues.push({
      field: given ? `${prefix}[${i}].value` : `${prefix}.${issue.key}`,
      message: issue.message,
    });
  }
  return { values: checked.values, issues };
}

/** "+84912345678" → "09xxxxx678": enough for the citizen to recognise their number, not enough to reuse it. */
export function maskPhone(phone: string): string {
  const local = phone.startsWith('+84') ? '0' + phone.slice(3) : phone.replace(/\s+/g, '');
  return local.slice(0, 2) + 'x'.repeat(Math.max(0, local.length - 5)) + local.slice(-3);
}
