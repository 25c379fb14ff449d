/**
 * The inputs of a dossier action, and checks of those some actions carry beyond a note: who took the result, and the scans an action names.
 */
import { parseCccd } from '../../../domain/dossier/identity.js';
import { invalid } from '../../../domain/errors.js';
import type { Trx } from '../../../db/transaction.js';
import type { Action } from '../../../domain/dossier/lifecycle.js';
import type { DocumentTick } from '../intake/intake.js';

export const requiredField = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', message, [{ field, message }]);

/** What a staff action on a dossier carries. */
export interface ActionInput {
  action: Action;
  expectedVersion: number;
  idempotencyKey: string;
  note?: string | undefined;
  /** transfer: agency id of the unit to send the dossier to. */
  toUnit?: string | undefined;
  /** assign: staff id of the specialist. */
  assigneeId?: string | undefined;
  /** extend: the new due instant (ISO 8601). */
  newDue?: string | undefined;
  /** receive_supplement: the documents the applicant brought back. */
  documents?: DocumentTick[] | undefined;
  /** return_result: who received the result at the desk (the applicant or someone they authorised). */
  returnedTo?: ReturnedTo | undefined;
  /** Scans already attached to the dossier that this step produced or relied on (listed in the history). */
  attachmentIds?: string[] | undefined;
  /** consult: the answer is due by this instant (ISO 8601); toUnit names the consulted unit, note the question. */
  deadline?: string | undefined;
  /** Structured details recorded with the entry (free-form; kept for entries made before the structured notice). */
  details?: Record<string, string | number> | undefined;
  /** transfer from a Land Registration Office to a Tax office: the information slip on land (checked in domain/land-tax). */
  taxSlip?: unknown;
  /** transfer_back from the Tax office: the notice of financial obligations (checked in domain/land-tax). */
  taxNotice?: unknown;
}

export interface ReturnedTo {
  name: string;
  relation: 'applicant' | 'authorised';
  idNumber?: string | undefined;
}

/**
 * Who took the result: by default the applicant in person; someone else needs their ID number (checked against
 * the authorisation). By post, the signature on the delivery receipt stands for it.
 */
export function checkReturnedTo(
  input: ReturnedTo | undefined,
  byPost: boolean,
  applicantName: string,
): Record<string, unknown> | null {
  if (!input) return byPost ? null : { name: applicantName, relation: 'applicant' };
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw requiredField('returnedTo.name', 'Cần họ tên người nhận kết quả.');
  let idNumber: string | undefined;
  if (input.idNumber?.trim()) {
    const cccd = parseCccd(input.idNumber);
    if (!cccd) throw requiredField('returnedTo.idNumber', 'Số CCCD không hợp lệ (12 chữ số).');
    idNumber = cccd.number;
  } else if (input.relation === 'authorised') {
    throw requiredField('returnedTo.idNumber', 'Người được ủy quyền nhận kết quả cần xuất trình CCCD.');
  }
  return { name, relation: input.relation, ...(idNumber ? { idNumber } : {}) };
}

/** The attachments named by an action, each of which must belong to this dossier. */
export async function checkAttachments(trx: Trx, dossierId: string, ids: readonly string[]) {
  const found = await trx
    .selectFrom('dossier_attachments')
    .select(['id', 'file_name'])
    .where('dossier_id', '=', dossierId)
    .where('id', 'in', [...ids])
    .execute();
  const unknown = ids.findIndex((id) => !found.some((f) => f.id === id));
  if (unknown >= 0) {
    throw requiredField(`attachmentIds[${unknown}]`, 'Tệp đính kèm không thuộc hồ sơ này.');
  }
  return ids.map((id) => ({ id, fileName: found.find((f) => f.id === id)!.file_name }));
}
