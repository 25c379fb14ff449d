/**
 * The citizen's drafts (docs/DECISIONS.md, "Drafts"): a submission in preparation for a procedure that is offered
 * online (full or partial) at a unit that does it, kept with the case answers, the form values, the applicant's
 * details and the files per paper until it is submitted or deleted. Owner only: the draft of another phone is
 * not found (404), never forbidden — its existence is not told.
 */
import { sql, type Selectable } from 'kysely';
import { isSubmittableOnline, papersToUpload } from '../../domain/citizen/submission.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.js';
import type {
  Draft,
  DraftCreateBody,
  DraftList,
  DraftSaveBody,
  UploadedFile,
} from '../../contracts/citizen-submission.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { CitizenDraftFilesTable } from '../../db/tables/citizen-submission.js';
import { prepared } from '../../db/prepared.js';
import { getVersionInForce, type ProcedureVersion } from '../catalogue/versions.js';
import { checkedAnswers } from '../checklist/answered.js';
import type { Citizen } from './me.js';

/** The signed-in citizen (services/citizen/me.ts). */
export type Owner = Citizen;

/**
 * The verified phone a submission belongs to and its notices go to. A citizen signed in by national identity
 * without a verified phone cannot submit online until they sign in with their phone (403).
 */
export function ownerPhone(owner: Owner): string {
  if (owner.phone) return owner.phone;
  throw new DomainError(
    'forbidden',
    'PHONE_REQUIRED',
    'Để nộp hồ sơ trực tuyến, vui lòng đăng nhập bằng số điện thoại để nhận tin nhắn về hồ sơ.',
  );
}

export type DraftRow = NonNullable<Awaited<ReturnType<typeof draftRow>>>;

const draftNotFound = () => notFound('DRAFT_NOT_FOUND', 'Không tìm thấy hồ sơ đang soạn.');

async function draftRow(db: Reader, id: string, lock = false) {
  let q = db.selectFrom('citizen_drafts').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  return prepared(q).executeTakeFirst();
}

/** A draft row read by the caller, checked as the citizen's own (404) and, when `editable`, not submitted (409). */
export function checkOwn<R extends { phone: string; dossier_code: string | null }>(
  row: R | undefined,
  owner: Owner,
  editable = false,
): R {
  if (!row || row.phone !== owner.phone) throw draftNotFound();
  if (editable && row.dossier_code) {
    throw conflict('DRAFT_SUBMITTED', `Hồ sơ này đã được nộp (mã ${row.dossier_code}); không sửa được nữa.`);
  }
  return row;
}

/** The citizen's own draft, or 404; `editable` also refuses a submitted one (409). */
export async function ownDraft(
  db: Reader,
  owner: Owner,
  id: string,
  opts: { lock?: boolean; editable?: boolean } = {},
) {
  return checkOwn(await draftRow(db, id, opts.lock), owner, opts.editable);
}

/** The version in force, refused (400) when the procedure is not offered online. */
export async function onlineVersion(db: Reader, code: string): Promise<ProcedureVersion> {
  const version = await getVersionInForce(db, code);
  if (!isSubmittableOnline(version.record)) {
    const message = 'Thủ tục này không nộp trực tuyến được; vui lòng nộp tại bộ phận một cửa.';
    throw invalid('ONLINE_NOT_OFFERED', message, [{ field: 'procedureCode', message }]);
  }
  return version;
}

/** Procedure levels → the types of unit that work at them. */
const unitTypesOf: Record<ProcedureRecord['levels'][number], string[]> = {
  commune: ['commune'],
  province: ['service_centre', 'sector_agency'],
  central: [],
};

/** The active units that do the procedure: those named by the record, else every unit at its levels. */
export async function unitsDoing(db: Reader, record: ProcedureRecord) {
  const named = record.units ?? [];
  let q = db.selectFrom('units').select(['id', 'agency_id', 'name', 'path']).where('active', '=', true);
  q = named.length
    ? q.where('agency_id', 'in', named)
    : q.where('type', 'in', record.levels.flatMap((l) => unitTypesOf[l]).concat(['-']) as never[]);
  return q.orderBy('name').execute();
}

type Units = Awaited<ReturnType<typeof unitsDoing>>;

function checkUnit(units: Units, agencyId: string) {
  if (!units.some((u) => u.agency_id === agencyId)) {
    const message = 'Đơn vị này không tiếp nhận thủ tục này.';
    throw invalid('PROCEDURE_NOT_AT_UNIT', message, [{ field: 'unit', message }]);
  }
}

/** The draft as answered, from what the caller has already read (a written draft is not read again). */
function draftOf(row: DraftRow, version: ProcedureVersion, units: Units, files: UploadedFile[]): Draft {
  const papers = papersToUpload(version.record.documents, row.answers).map((p) => ({
    ...p,
    fileIds: files.filter((f) => f.position === p.position).map((f) => f.id),
  }));
  return {
    id: row.id,
    procedure: {
      code: version.code,
      name: version.record.name,
      onlineLevel: version.record.onlineLevel === 'partial' ? 'partial' : 'full',
    },
    unit: row.unit_agency_id,
    units: units.map((u) => ({ agencyId: u.agency_id, name: u.name })),
    answers: row.answers,
    form: row.form,
    applicant: row.applicant,
    papers,
    files,
    totalBytes: files.reduce((n, f) => n + f.size, 0),
    dossierCode: row.dossier_code,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function createDraft(trx: Trx, owner: Owner, body: DraftCreateBody): Promise<Draft> {
  const version = await onlineVersion(trx, body.procedureCode);
  const units = await unitsDoing(trx, version.record);
  let unit = body.unit ?? null;
  if (unit) checkUnit(units, unit);
  else if (units.length === 1) unit = units[0]!.agency_id;
  const row = await trx
    .insertInto('citizen_drafts')
    .values({
      phone: ownerPhone(owner),
      procedure_code: version.code,
      procedure_name: version.record.name,
      unit_agency_id: unit,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return draftOf(row, version, units, []);
}

export async function saveDraft(trx: Trx, owner: Owner, id: string, body: DraftSaveBody): Promise<Draft> {
  const locked = await ownDraft(trx, owner, id, { lock: true, editable: true });
  const version = await onlineVersion(trx, locked.procedure_code);
  const units = await unitsDoing(trx, version.record);
  if (body.unit) checkUnit(units, body.unit);
  const answers = body.answers ? checkedAnswers(version.record, body.answers) : undefined;
  const row = await trx
    .updateTable('citizen_drafts')
    .set({
      ...(body.unit ? { unit_agency_id: body.unit } : {}),
      ...(answers ? { answers: JSON.stringify(answers) } : {}),
      ...(body.form ? { form: JSON.stringify(body.form) } : {}),
      ...(body.applicant ? { applicant: JSON.stringify(body.applicant) } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return draftOf(row, version, units, await draftFiles(trx, id));
}

export async function deleteDraft(trx: Trx, owner: Owner, id: string): Promise<{ ok: true }> {
  await ownDraft(trx, owner, id, { lock: true, editable: true });
  await trx.deleteFrom('citizen_drafts').where('id', '=', id).execute();
  return { ok: true };
}

/** The citizen's drafts not yet submitted, most recently changed first. */
export async function listDrafts(db: Reader, owner: Owner): Promise<DraftList> {
  const rows = await db
    .selectFrom('citizen_drafts as d')
    .select(['d.id', 'd.procedure_code', 'd.procedure_name', 'd.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('citizen_draft_files as f')
        .whereRef('f.draft_id', '=', 'd.id')
        .select((e) => e.fn.countAll<string>().as('n'))
        .as('files'),
    )
    .where('d.phone', '=', owner.phone ?? '')
    .where('d.dossier_code', 'is', null)
    .orderBy('d.updated_at', 'desc')
    .limit(50)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      procedure: { code: r.procedure_code, name: r.procedure_name },
      files: Number(r.files ?? 0),
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
  };
}

export async function draftFiles(db: Reader, draftId: string): Promise<UploadedFile[]> {
  const rows = await db
    .selectFrom('citizen_draft_files')
    .selectAll()
    .where('draft_id', '=', draftId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  return rows.map(uploadedFile);
}

/** A row of citizen_draft_files as the API answers it. */
export const uploadedFile = (f: Selectable<CitizenDraftFilesTable>): UploadedFile => ({
  id: f.id,
  position: f.position,
  fileName: f.file_name,
  contentType: f.content_type,
  size: f.size,
  sha256: f.sha256,
  reused: f.reused_from !== null,
  createdAt: new Date(f.created_at).toISOString(),
});

export async function getDraft(db: Reader, owner: Owner, id: string): Promise<Draft> {
  const row = await ownDraft(db, owner, id);
  const version = await getVersionInForce(db, row.procedure_code);
  const [units, files] = await Promise.all([unitsDoing(db, version.record), draftFiles(db, id)]);
  return draftOf(row, version, units, files);
}
