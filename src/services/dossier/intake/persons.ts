/**
 * Applicants as persons: matched by ID number when given, otherwise by phone number and name.
 */
import { invalid, type FieldIssue } from '../../../domain/errors.js';
import { parseCccd } from '../../../domain/dossier/identity.js';
import { normalisePhone } from '../../../domain/contact/contact.js';
import type { QueryCreator } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Trx } from '../../../db/transaction.js';

export interface ApplicantInput {
  name: string;
  phone: string;
  idNumber?: string | undefined;
  address?: string | undefined;
  email?: string | undefined;
}

export interface Applicant {
  name: string;
  phone: string;
  idNumber: string | null;
  address: string | null;
  email: string | null;
}

/** Validates and normalises an applicant; a 400 naming every bad field (under `prefix`). */
export function checkApplicant(input: ApplicantInput, prefix = 'applicant'): Applicant {
  const fields: FieldIssue[] = [];
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (name.length < 1) fields.push({ field: `${prefix}.name`, message: 'Cần nhập họ và tên.' });
  const phone = normalisePhone(input.phone);
  if (!phone) {
    fields.push({
      field: `${prefix}.phone`,
      message: 'Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 0).',
    });
  }
  let idNumber: string | null = null;
  if (input.idNumber !== undefined && input.idNumber.trim() !== '') {
    const cccd = parseCccd(input.idNumber);
    if (cccd) idNumber = cccd.number;
    else
      fields.push({ field: `${prefix}.idNumber`, message: 'Số căn cước công dân phải có 12 chữ số hợp lệ.' });
  }
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Thông tin người nộp hồ sơ không hợp lệ.', fields);
  return {
    name,
    phone: phone!,
    idNumber,
    address: input.address?.trim() || null,
    email: input.email?.trim() || null,
  };
}

/**
 * The insert of a person with an ID number, brought up to date when the number is known: a statement of its own,
 * or a part of the statement that writes the dossier (see createDossier).
 */
export function personByIdNumber(db: QueryCreator<Database>, a: Applicant & { idNumber: string }) {
  return db
    .insertInto('persons')
    .values({ full_name: a.name, phone: a.phone, id_number: a.idNumber, address: a.address, email: a.email })
    .onConflict((oc) =>
      oc.column('id_number').doUpdateSet({
        full_name: a.name,
        phone: a.phone,
        ...(a.address ? { address: a.address } : {}),
        ...(a.email ? { email: a.email } : {}),
        updated_at: new Date(),
      }),
    )
    .returning('id');
}

/**
 * The person for this applicant, created or brought up to date; returns its id.
 *
 * `idVerified: false` (an online submission: only the phone was proved, by a code): an ID number someone typed must
 * not take over the person who holds it. When that person has another phone, the dossier's applicant is the person
 * of this phone and name without an ID number (the number stays in the declaration for the officer to check at
 * acceptance) and the holder's record is left as it was; with the same phone it is the holder, unchanged.
 */
export async function upsertPerson(
  trx: Trx,
  a: Applicant,
  opts: { idVerified?: boolean } = {},
): Promise<string> {
  if (a.idNumber && opts.idVerified === false) {
    const holder = await trx
      .selectFrom('persons')
      .select(['id', 'phone'])
      .where('id_number', '=', a.idNumber)
      .executeTakeFirst();
    if (holder?.phone === a.phone) return holder.id;
    if (holder) return upsertPerson(trx, { ...a, idNumber: null });
  }
  if (a.idNumber) {
    const row = await personByIdNumber(trx, { ...a, idNumber: a.idNumber }).executeTakeFirstOrThrow();
    return row.id;
  }
  const found = await trx
    .selectFrom('persons')
    .select('id')
    .where('phone', '=', a.phone)
    .where('full_name', '=', a.name)
    .where('id_number', 'is', null)
    .executeTakeFirst();
  if (found) return found.id;
  const row = await trx
    .insertInto('persons')
    .values({ full_name: a.name, phone: a.phone, id_number: null, address: a.address, email: a.email })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
