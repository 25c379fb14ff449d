/**
 * The declaration (tờ khai) of a dossier and where each of its values came from.
 *
 * On "no-writing days" (ngày không viết) the reception officer fills the declaration for the citizen: every value
 * records who entered it, the screen and the printed read-back show it, and the citizen confirms what was read back
 * by signature, fingerprint or a one-time code sent to their phone. Online, the applicant enters the values.
 *
 * Declaration templates are keyed by procedure code; a procedure without one gets the generic template (the
 * request in the applicant's words), which every procedure form has.
 */
import type { FieldIssue } from '../errors.js';

export type DeclarationFieldKind = 'text' | 'date' | 'select';

export interface DeclarationField {
  key: string;
  label: string;
  required: boolean;
  kind: DeclarationFieldKind;
  options?: string[];
}

export interface DeclarationTemplate {
  /** Title of the printed declaration. */
  title: string;
  fields: readonly DeclarationField[];
}

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

const sexes = ['Nam', 'Nữ'];
const relations = ['Cha', 'Mẹ', 'Ông', 'Bà', 'Người thân thích khác', 'Người được ủy quyền'];

export const genericTemplate: DeclarationTemplate = {
  title: 'Tờ khai',
  fields: [{ key: 'request', label: 'Nội dung yêu cầu', required: true, kind: 'text' }],
};

/** Templates of the declarations filled most often at commune desks (forms of TT 04/2020/TT-BTP for civil status). */
export const declarationTemplates: Readonly<Record<string, DeclarationTemplate>> = {
  // Đăng ký khai sinh
  '1.001193': {
    title: 'Tờ khai đăng ký khai sinh',
    fields: [
      { key: 'childName', label: 'Họ, chữ đệm, tên của trẻ', required: true, kind: 'text' },
      { key: 'childBirthDate', label: 'Ngày, tháng, năm sinh', required: true, kind: 'date' },
      { key: 'childSex', label: 'Giới tính', required: true, kind: 'select', options: sexes },
      { key: 'childEthnicity', label: 'Dân tộc', required: true, kind: 'text' },
      { key: 'childNationality', label: 'Quốc tịch', required: true, kind: 'text' },
      { key: 'birthPlace', label: 'Nơi sinh', required: true, kind: 'text' },
      { key: 'motherName', label: 'Họ, chữ đệm, tên người mẹ', required: false, kind: 'text' },
      { key: 'fatherName', label: 'Họ, chữ đệm, tên người cha', required: false, kind: 'text' },
      {
        key: 'relation',
        label: 'Quan hệ của người đi khai với trẻ',
        required: true,
        kind: 'select',
        options: relations,
      },
    ],
  },
  // Đăng ký khai tử
  '1.000656': {
    title: 'Tờ khai đăng ký khai tử',
    fields: [
      { key: 'deceasedName', label: 'Họ, chữ đệm, tên người đã chết', required: true, kind: 'text' },
      { key: 'deceasedBirthDate', label: 'Ngày, tháng, năm sinh', required: true, kind: 'date' },
      { key: 'deathDate', label: 'Ngày chết', required: true, kind: 'date' },
      { key: 'deathPlace', label: 'Nơi chết', required: true, kind: 'text' },
      { key: 'deathCause', label: 'Nguyên nhân chết', required: false, kind: 'text' },
      { key: 'relation', label: 'Quan hệ của người đi khai với người chết', required: true, kind: 'text' },
    ],
  },
  // Đăng ký kết hôn
  '1.000894': {
    title: 'Tờ khai đăng ký kết hôn',
    fields: [
      { key: 'brideName', label: 'Họ, chữ đệm, tên bên nữ', required: true, kind: 'text' },
      { key: 'brideBirthDate', label: 'Ngày, tháng, năm sinh bên nữ', required: true, kind: 'date' },
      { key: 'groomName', label: 'Họ, chữ đệm, tên bên nam', required: true, kind: 'text' },
      { key: 'groomBirthDate', label: 'Ngày, tháng, năm sinh bên nam', required: true, kind: 'date' },
      { key: 'residence', label: 'Nơi cư trú', required: true, kind: 'text' },
    ],
  },
  // Cấp Giấy xác nhận tình trạng hôn nhân
  '1.004873': {
    title: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
    fields: [
      { key: 'maritalStatus', label: 'Tình trạng hôn nhân', required: true, kind: 'text' },
      { key: 'purpose', label: 'Mục đích sử dụng', required: true, kind: 'text' },
    ],
  },
};

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

export function declarationTemplate(procedureCode: string): DeclarationTemplate {
  return declarationTemplates[procedureCode] ?? genericTemplate;
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

export interface DeclarationInput {
  key: string;
  value: string;
}

/**
 * Checks declared values against the template: every required field filled, dates as dd/mm/yyyy, options from
 * their list, no unknown key. Returns the values with their labels (in the template's order) and the issues found,
 * each naming `${prefix}[i].value` or `${prefix}` for a missing field.
 */
export function checkDeclaration(
  template: DeclarationTemplate,
  input: readonly DeclarationInput[],
  prefix = 'declaration',
): { values: { key: string; label: string; value: string }[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const byKey = new Map<string, string>();
  input.forEach((v, i) => {
    const field = template.fields.find((f) => f.key === v.key);
    const value = v.value.trim().replace(/\s+/g, ' ');
    if (!field) {
      issues.push({ field: `${prefix}[${i}].key`, message: 'Tờ khai không có mục này.' });
      return;
    }
    if (byKey.has(v.key)) {
      issues.push({ field: `${prefix}[${i}].key`, message: `Mục "${field.label}" được khai hai lần.` });
      return;
    }
    if (value === '') return;
    if (field.kind === 'date' && !isDeclaredDate(value)) {
      issues.push({
        field: `${prefix}[${i}].value`,
        message: `${field.label}: ghi theo dạng ngày/tháng/năm.`,
      });
    } else if (field.kind === 'select' && field.options && !field.options.includes(value)) {
      issues.push({
        field: `${prefix}[${i}].value`,
        message: `${field.label}: chọn một trong ${field.options.join(', ')}.`,
      });
    }
    byKey.set(v.key, value);
  });
  for (const field of template.fields) {
    if (field.required && !byKey.get(field.key)) {
      issues.push({ field: `${prefix}.${field.key}`, message: `Cần khai "${field.label}".` });
    }
  }
  const values = template.fields
    .filter((f) => byKey.get(f.key))
    .map((f) => ({ key: f.key, label: f.label, value: byKey.get(f.key)! }));
  return { values, issues };
}

/** "+84912345678" → "09xxxxx678": enough for the citizen to recognise their number, not enough to reuse it. */
export function maskPhone(phone: string): string {
  const local = phone.startsWith('+84') ? '0' + phone.slice(3) : phone.replace(/\s+/g, '');
  return local.slice(0, 2) + 'x'.repeat(Math.max(0, local.length - 5)) + local.slice(-3);
}
