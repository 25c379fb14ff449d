/**
 * Catalogue import and export (the format of docs/CATALOGUE-FORMAT.md).
 *
 * Import is all or nothing: every record is checked first; one error anywhere and nothing changes (400
 * IMPORT_INVALID listing every error of every record). Otherwise, in the caller's transaction: new procedures get
 * version 1, changed ones a new version, unchanged ones nothing; unknown fields are created.
 */
import { sql } from 'kysely';
import { canonicalJson } from '../../domain/catalogue/compare.js';
import { isCatalogueDate, todayInVietnam } from '../../domain/catalogue/dates.js';
import type { CatalogueFile, ProcedureRecord } from '../../domain/catalogue/record.js';
import { checkCatalogueFile } from '../../domain/catalogue/validate.js';
import { forbidden, invalid } from '../../domain/errors.js';
import { canAnywhere, type Actor } from '../../domain/org/roles.js';
import type { ImportResult } from '../../contracts/catalogue.js';
export type { ImportResult };
import { bumpCatalogueRevision, type Reader, type Trx } from './versions.js';
import { ensureFields, insertVersions, writeCatalogueAudit, type NewVersion } from './write.js';

export interface ImportOptions {
  /** The staff member importing, or null for the system (demo data, command line). */
  actor: Actor | null;
  /** Date the new versions take effect (YYYY-MM-DD); default: the file's effectiveFrom, else today in Vietnam. */
  effectiveFrom?: string;
  /** Check and count, change nothing. */
  dryRun?: boolean;
  requestId?: string | null;
}

interface Existing {
  id: string;
  latest: number;
  record: ProcedureRecord;
}

async function latestRecords(trx: Reader, codes: readonly string[]): Promise<Map<string, Existing>> {
  const out = new Map<string, Existing>();
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await trx
      .selectFrom('procedures as p')
      .innerJoin('procedure_versions as v', (j) =>
        j.onRef('v.procedure_id', '=', 'p.id').onRef('v.version_no', '=', 'p.latest_version_no'),
      )
      .select(['p.id', 'p.code', 'p.latest_version_no', 'v.record'])
      .where('p.code', 'in', codes.slice(i, i + 1000))
      .execute();
    for (const r of rows) out.set(r.code, { id: r.id, latest: r.latest_version_no, record: r.record });
  }
  return out;
}

export async function importCatalogue(trx: Trx, file: unknown, opts: ImportOptions): Promise<ImportResult> {
  if (opts.actor && !canAnywhere(opts.actor, 'catalogue.manage')) {
    throw forbidden('Bạn không có quyền nhập danh mục thủ tục.');
  }
  const checked = checkCatalogueFile(file);
  if (!checked.ok) {
    const n = checked.issues.length;
    throw invalid('IMPORT_INVALID', `Tệp danh mục có lỗi (${n} lỗi); chưa nhập thủ tục nào.`, checked.issues);
  }
  const catalogue = checked.value;
  const effectiveFrom = opts.effectiveFrom ?? catalogue.effectiveFrom ?? todayInVietnam();
  if (!isCatalogueDate(effectiveFrom)) {
    throw invalid('IMPORT_INVALID', 'Ngày hiệu lực không hợp lệ; chưa nhập thủ tục nào.', [
      { field: 'effectiveFrom', message: 'Ngày hiệu lực phải là ngày dạng YYYY-MM-DD (1900–2999)' },
    ]);
  }
  const dryRun = opts.dryRun ?? false;
  // Taken first: serialises catalogue writers, so the comparison below cannot race another import.
  if (!dryRun) await bumpCatalogueRevision(trx);

  const records = catalogue.procedures;
  const existing = await latestRecords(
    trx,
    records.map((r) => r.code),
  );
  const created: ProcedureRecord[] = [];
  const updated: { record: ProcedureRecord; before: Existing }[] = [];
  let unchanged = 0;
  for (const record of records) {
    const before = existing.get(record.code);
    if (!before) created.push(record);
    else if (canonicalJson(before.record) !== canonicalJson(record)) updated.push({ record, before });
    else unchanged++;
  }
  const result = {
    dryRun,
    effectiveFrom,
    created: created.length,
    updated: updated.length,
    unchanged,
    createdCodes: created.map((r) => r.code),
    updatedCodes: updated.map((u) => u.record.code),
  };
  const changedFields = [...created, ...updated.map((u) => u.record)].map((r) => r.field);

  if (dryRun) {
    const codes = [...new Set(changedFields.map((f) => f.code))];
    const known =
      codes.length === 0
        ? []
        : await trx.selectFrom('fields').select('code').where('code', 'in', codes).execute();
    const knownSet = new Set(known.map((k) => k.code));
    return { ...result, fieldsCreated: codes.filter((c) => !knownSet.has(c)) };
  }

  const fieldsCreated = await ensureFields(trx, changedFields);
  const newIds = new Map<string, string>();
  for (let i = 0; i < created.length; i += 1000) {
    const rows = await trx
      .insertInto('procedures')
      .values(created.slice(i, i + 1000).map((r) => ({ code: r.code, field_code: r.field.code })))
      .returning(['id', 'code'])
      .execute();
    for (const r of rows) newIds.set(r.code, r.id);
  }
  const versions: NewVersion[] = [
    ...created.map((record) => ({ procedureId: newIds.get(record.code)!, no: 1, effectiveFrom, record })),
    ...updated.map(({ record, before }) => ({
      procedureId: before.id,
      no: before.latest + 1,
      effectiveFrom,
      record,
    })),
  ];
  const versionIds = await insertVersions(trx, opts, versions);
  await writeCatalogueAudit(trx, opts, [
    ...versions.map((v) => ({
      action: v.no === 1 ? 'procedure.create' : 'procedure.revise',
      entity: 'procedure',
      entityId: v.record.code,
      data: { versionId: versionIds.get(v.procedureId), versionNo: v.no, effectiveFrom, source: 'import' },
    })),
    {
      action: 'catalogue.import',
      entity: 'catalogue',
      entityId: null,
      data: { effectiveFrom, created: result.created, updated: result.updated, unchanged, fieldsCreated },
    },
  ]);
  return { ...result, fieldsCreated };
}

/** The versions in force at `at` (default today) as a catalogue file, ordered by code. */
export async function exportCatalogue(db: Reader, at: string = todayInVietnam()): Promise<CatalogueFile> {
  const rows = await sql<{ code: string; record: ProcedureRecord }>`
    select distinct on (v.procedure_id) p.code, v.record
    from procedure_versions v
    join procedures p on p.id = v.procedure_id
    where v.effective_from <= ${at}::date
    order by v.procedure_id, v.version_no desc
  `.execute(db);
  const procedures = rows.rows
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((r) => r.record);
  return { format: 'motcua.catalogue', version: 3, exportedAt: new Date().toISOString(), procedures };
}
