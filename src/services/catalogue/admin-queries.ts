/**
 * Reads for the catalogue administration pages: the latest version of a procedure (what an edit starts from, even
 * when it is not in force yet), any version by number, every version with who saved it, and the version status of
 * a page of procedures. Public reads (the version in force) are in queries.ts.
 */
import { sql } from 'kysely';
import type {
  AdminProcedure,
  AdminProcedureVersion,
  AdminVersion,
  VersionStatus,
} from '../../contracts/catalogue.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { PROCEDURE_CODE } from '../../domain/catalogue/validate.js';
import { notFound } from '../../domain/errors.js';
import { procedureNotFound, versionHeads, versionInForce, type Reader } from './versions.js';

/** Every version of a procedure, oldest first, marked in force today / latest. */
export async function listAdminVersions(
  db: Reader,
  code: string,
  today: string = todayInVietnam(),
): Promise<AdminVersion[]> {
  if (!PROCEDURE_CODE.test(code)) throw procedureNotFound(code);
  const rows = await versionHeads(db).where('p.code', '=', code).orderBy('v.version_no').execute();
  if (rows.length === 0) throw procedureNotFound(code);
  const list = rows.map((r) => ({ no: r.version_no, effectiveFrom: r.effective_from, row: r }));
  const current = versionInForce(list, today);
  const latestNo = Math.max(...list.map((v) => v.no));
  return list.map(({ row: r }) => ({
    id: r.id,
    no: r.version_no,
    effectiveFrom: r.effective_from,
    createdAt: r.created_at.toISOString(),
    createdByName: r.created_by_name,
    note: r.note,
    inForce: r.version_no === current?.no,
    latest: r.version_no === latestNo,
  }));
}

async function recordOf(db: Reader, versionId: string): Promise<ProcedureRecord> {
  const row = await db
    .selectFrom('procedure_versions')
    .select('record')
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  return row.record;
}

/** The latest version of a procedure (the one an edit starts from) with the list of versions. */
export async function getProcedureForEdit(db: Reader, code: string): Promise<AdminProcedure> {
  const versions = await listAdminVersions(db, code);
  const version = versions[versions.length - 1]!;
  return { code, record: await recordOf(db, version.id), version, versions };
}

/** One version of a procedure by its number, whatever is in force now. */
export async function getProcedureVersion(
  db: Reader,
  code: string,
  no: number,
): Promise<AdminProcedureVersion> {
  const versions = await listAdminVersions(db, code);
  const version = versions.find((v) => v.no === no);
  if (!version) {
    throw notFound('PROCEDURE_VERSION_NOT_FOUND', `Thủ tục ${code} không có phiên bản ${no}.`);
  }
  return { code, record: await recordOf(db, version.id), version };
}

/** The latest version and the version in force today of each procedure named; unknown codes are left out. */
export async function versionStatuses(
  db: Reader,
  codes: readonly string[],
  today: string = todayInVietnam(),
): Promise<VersionStatus[]> {
  const wanted = [...new Set(codes.filter((c) => PROCEDURE_CODE.test(c)))];
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('procedure_versions as v')
    .innerJoin('procedures as p', 'p.id', 'v.procedure_id')
    .select(['p.code', 'v.version_no', sql<string>`v.effective_from::text`.as('effective_from')])
    .where('p.code', 'in', wanted)
    .execute();
  const byCode = new Map<string, { no: number; effectiveFrom: string }[]>();
  for (const r of rows) {
    const list = byCode.get(r.code) ?? [];
    list.push({ no: r.version_no, effectiveFrom: r.effective_from });
    byCode.set(r.code, list);
  }
  return wanted.flatMap((code) => {
    const list = byCode.get(code);
    if (!list) return [];
    const latest = list.reduce((a, b) => (b.no > a.no ? b : a));
    return [{ code, latest, inForce: versionInForce(list, today) ?? null }];
  });
}
