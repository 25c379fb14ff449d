/**
 * Reading procedure versions. Other capabilities (dossiers, appointments, checklists) keep a version id and read it
 * back with getVersionById; "what applies on date D" is getVersionInForce(db, code, D).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { isCatalogueDate, todayInVietnam } from '../../domain/catalogue/dates.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { PROCEDURE_CODE } from '../../domain/catalogue/validate.js';
import { notFound } from '../../domain/errors.js';
import { prepared } from '../../db/prepared.js';

/** A database handle for reads: the database itself or a transaction. */
export type Reader = Kysely<Database>;
/** Writes run inside a transaction passed in by the caller. */
export type Trx = Transaction<Database>;

export interface ProcedureVersion {
  id: string;
  procedureId: string;
  code: string;
  no: number;
  /** YYYY-MM-DD */
  effectiveFrom: string;
  record: ProcedureRecord;
  createdAt: Date;
  createdByName: string | null;
  note: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The versions of procedures, without their records (the listings): `versions` adds the record. */
export function versionHeads(db: Reader) {
  return db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select([
      'v.id',
      'v.procedure_id',
      'p.code',
      'v.version_no',
      'v.created_at',
      'v.created_by_name',
      'v.note',
      sql<string>`v.effective_from::text`.as('effective_from'),
    ]);
}

function versions(db: Reader) {
  return versionHeads(db).select('v.record');
}

type Row = Awaited<ReturnType<ReturnType<typeof versions>['executeTakeFirstOrThrow']>>;

const toVersion = (r: Row): ProcedureVersion => ({
  id: r.id,
  procedureId: r.procedure_id,
  code: r.code,
  no: r.version_no,
  effectiveFrom: r.effective_from,
  record: r.record,
  createdAt: r.created_at,
  createdByName: r.created_by_name,
  note: r.note,
});

export const procedureNotFound = (code: string) =>
  notFound('PROCEDURE_NOT_FOUND', `Không tìm thấy thủ tục có mã "${code.slice(0, 60)}".`);

/** The version in force at `date` (YYYY-MM-DD, default today in Vietnam), or undefined. */
export async function findVersionInForce(
  db: Reader,
  code: string,
  date: string = todayInVietnam(),
): Promise<ProcedureVersion | undefined> {
  if (!PROCEDURE_CODE.test(code) || !isCatalogueDate(date)) return undefined;
  // Prepared (src/db/prepared.ts): the citizen's submission reads it at every step.
  const row = await prepared(
    versions(db)
      .where('p.code', '=', code)
      .where('v.effective_from', '<=', date)
      .orderBy('v.version_no', 'desc')
      .limit(1),
  ).executeTakeFirst();
  return row && toVersion(row);
}

/** Like findVersionInForce, but throws PROCEDURE_NOT_FOUND (404), saying so when the procedure is not yet in force. */
export async function getVersionInForce(
  db: Reader,
  code: string,
  date: string = todayInVietnam(),
): Promise<ProcedureVersion> {
  const found = await findVersionInForce(db, code, date);
  if (found) return found;
  if (PROCEDURE_CODE.test(code)) {
    const exists = await db.selectFrom('procedures').select('id').where('code', '=', code).executeTakeFirst();
    if (exists) {
      throw notFound('PROCEDURE_NOT_FOUND', `Thủ tục ${code} chưa có hiệu lực vào ngày ${date}.`);
    }
  }
  throw procedureNotFound(code);
}

export async function findVersionById(db: Reader, id: string): Promise<ProcedureVersion | undefined> {
  if (!UUID.test(id)) return undefined;
  const row = await versions(db).where('v.id', '=', id).executeTakeFirst();
  return row && toVersion(row);
}

/** A stored version, whatever has been in force since: what a dossier or a checklist refers to. */
export async function getVersionById(db: Reader, id: string): Promise<ProcedureVersion> {
  const found = await findVersionById(db, id);
  if (!found) throw notFound('PROCEDURE_VERSION_NOT_FOUND', 'Không tìm thấy phiên bản thủ tục.');
  return found;
}

/** Every version of a procedure, oldest first; throws PROCEDURE_NOT_FOUND for an unknown code. */
export async function listVersions(db: Reader, code: string): Promise<ProcedureVersion[]> {
  if (!PROCEDURE_CODE.test(code)) throw procedureNotFound(code);
  const rows = await versions(db).where('p.code', '=', code).orderBy('v.version_no').execute();
  if (rows.length === 0) throw procedureNotFound(code);
  return rows.map(toVersion);
}

/** Which of `versions` (of one procedure) is in force at `date`: the highest number among those already effective. */
export function versionInForce<T extends { no: number; effectiveFrom: string }>(
  list: readonly T[],
  date: string,
): T | undefined {
  let best: T | undefined;
  for (const v of list) if (v.effectiveFrom <= date && (!best || v.no > best.no)) best = v;
  return best;
}

export async function readCatalogueRevision(db: Reader): Promise<number> {
  const row = await db.selectFrom('catalogue_state').select('revision').executeTakeFirst();
  return row?.revision ?? 0;
}

/**
 * Marks the catalogue changed, inside the writing transaction. Call it FIRST in every catalogue write: the row lock
 * it takes serialises catalogue writers, so version numbers and existence checks that follow cannot race.
 */
export async function bumpCatalogueRevision(trx: Trx): Promise<number> {
  const row = await trx
    .updateTable('catalogue_state')
    .set((eb) => ({ revision: eb('revision', '+', 1), changed_at: new Date() }))
    .returning('revision')
    .executeTakeFirstOrThrow();
  return row.revision;
}
