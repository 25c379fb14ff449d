/**
 * The parts of a desk intake beyond the checklist: the declaration with the provenance of each value and the
 * citizen's confirmation of the read-back (assisted mode), the fee, and the organisation the applicant represents.
 */
import { todayInVietnam } from '../../../domain/catalogue/dates.js';
import type { ProcedureRecord } from '../../../domain/catalogue/record.js';
import type { Answers } from '../../../domain/checklist/conditions.js';
import { formOf } from '../../../domain/dossier/eform.js';
import {
  checkDeclaration,
  maskPhone,
  type Confirmation,
  type ConfirmationMethod,
  type Declaration,
  type DeclarationInput,
  type EnteredBy,
} from '../../../domain/dossier/declaration.js';
import { invalid, type FieldIssue } from '../../../domain/errors.js';
import type { DossierFee, DossierOrganisation } from '../../../db/tables/dossier.js';
import type { ActingContext } from '../../org/context.js';

export type ConfirmationInput =
  { method: Exclude<ConfirmationMethod, 'otp'> } | { method: 'otp'; otpId: string; code: string };

export interface FeeInput {
  timing: DossierFee['timing'];
  /** VND; 0 or absent when exempt. */
  amount?: number | undefined;
  note?: string | undefined;
}

export interface OrganisationInput {
  name: string;
  taxCode?: string | undefined;
  address?: string | undefined;
}

/** What the intake says about the declaration. */
export interface DeclarationPart {
  assisted?: boolean | undefined;
  declaration?: DeclarationInput[] | undefined;
  confirmation?: ConfirmationInput | undefined;
}

export function checkFee(input: FeeInput | undefined): DossierFee | null {
  if (!input) return null;
  const amount = input.timing === 'exempt' ? 0 : (input.amount ?? 0);
  if (input.timing !== 'exempt' && amount <= 0) {
    const message = 'Cần số tiền phí, lệ phí (hoặc chọn "Miễn").';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'fee.amount', message }]);
  }
  const note = input.note?.trim();
  return { timing: input.timing, amount, ...(note ? { note } : {}) };
}

export function checkOrganisation(input: OrganisationInput | undefined): DossierOrganisation | null {
  if (!input) return null;
  const name = input.name.trim().replace(/\s+/g, ' ');
  const taxCode = input.taxCode?.replace(/\s/g, '');
  const fields: FieldIssue[] = [];
  if (!name) fields.push({ field: 'organisation.name', message: 'Cần tên tổ chức.' });
  if (taxCode && !/^\d{10}(-\d{3})?$/.test(taxCode)) {
    fields.push({ field: 'organisation.taxCode', message: 'Mã số thuế gồm 10 số (chi nhánh: 10 số-3 số).' });
  }
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Thông tin tổ chức không hợp lệ.', fields);
  const address = input.address?.trim();
  return { name, ...(taxCode ? { taxCode } : {}), ...(address ? { address } : {}) };
}

/**
 * The declaration with the provenance of each value. In assisted mode the officer entered every value and the
 * citizen must confirm the read-back (signature, fingerprint, or the one-time code sent to the applicant's phone),
 * unless the outcome is a refusal. A one-time code is checked and used by the intake's write (`otp`): a wrong code
 * must roll the dossier back with it.
 */
export function declarationOf(
  ctx: ActingContext,
  input: DeclarationPart,
  record: Pick<ProcedureRecord, 'declaration'>,
  answers: Answers,
  phone: string,
  outcome: 'receipt' | 'supplement' | 'refusal',
  now: number,
): { declaration: Declaration; otp: { otpId: string; code: string } | null } {
  const assisted = input.assisted ?? false;
  if (!assisted && !input.declaration?.length)
    return { declaration: { assisted, values: [], confirmation: null }, otp: null };
  const { values, issues } = checkDeclaration(formOf(record), input.declaration ?? [], {
    answers,
    today: todayInVietnam(new Date(now)),
  });
  const needsConfirmation = assisted && outcome !== 'refusal';
  if (needsConfirmation && !input.confirmation) {
    issues.push({
      field: 'confirmation',
      message: 'Công dân cần xác nhận nội dung tờ khai đã được đọc lại.',
    });
  }
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Tờ khai chưa đầy đủ hoặc chưa đúng.', issues);
  const enteredBy: EnteredBy = assisted
    ? { kind: 'officer', staffId: ctx.actor.id, name: ctx.actor.fullName }
    : { kind: 'applicant' };
  let confirmation: Confirmation | null = null;
  const c = input.confirmation;
  if (needsConfirmation && c) {
    confirmation = {
      method: c.method,
      at: new Date(now).toISOString(),
      ...(c.method === 'otp' ? { phoneMasked: maskPhone(phone) } : {}),
    };
  }
  return {
    declaration: { assisted, values: values.map((v) => ({ ...v, enteredBy })), confirmation },
    otp: needsConfirmation && c?.method === 'otp' ? { otpId: c.otpId, code: c.code } : null,
  };
}
