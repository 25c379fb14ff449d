/**
 * The citizen's files: uploads to a draft (one paper each, within the draft's 50 MB), a document submitted before
 * picked again by reference (the same stored content, no copy: docs/DECISIONS.md, "Reuse by reference"), and
 * "Giấy tờ của tôi" — the files of the citizen's dossiers. The bytes are streamed to the store by the route before
 * the row is written here; the checks that need no bytes run first (`checkDraftUpload`).
 */
import { sql } from 'kysely';
import {
  coveredByForm,
  fitsSubmission,
  MAX_SUBMISSION_BYTES,
  TOO_LARGE_TOTAL_MESSAGE,
} from '../../domain/citizen/submission.js';
import { cleanFileName } from '../../domain/dossier/attachments.js';
import { invalid, notFound, tooLarge } from '../../domain/errors.js';
import type { MyDocuments, ReuseBody, UploadedFile } from '../../contracts/citizen-submission.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { FileStore, StoredFile } from '../../adapters/storage/file-store.js';
import { getVersionInForce } from '../catalogue/versions.js';
import { auditCitizen } from './audit.js';
import { draftFiles, ownDraft, type Owner } from './drafts.js';
import { dossiersOf } from './me.js';
import { listMyResults } from './results.js';

export const totalTooLarge = () => tooLarge('SUBMISSION_TOO_LARGE', TOO_LARGE_TOTAL_MESSAGE);

/** Refuses before any byte is read when the request alone would pass the cap (its declared length). */
export function checkRoom(current: number, declaredLength: number | undefined, slack: number) {
  if (declaredLength !== undefined && current + Math.max(0, declaredLength - slack) > MAX_SUBMISSION_BYTES) {
    throw totalTooLarge();
  }
}

async function checkPaper(db: Reader, procedureCode: string, position: number) {
  const version = await getVersionInForce(db, procedureCode);
  const doc = version.record.documents[position];
  if (!doc || coveredByForm(doc)) {
    const message = 'Thủ tục không có giấy tờ cần tải lên ở vị trí này.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'position', message }]);
  }
}

const draftBytes = async (db: Reader, draftId: string) =>
  Number(
    (
      await db
        .selectFrom('citizen_draft_files')
        .select(sql<string>`coalesce(sum(size), 0)`.as('n'))
        .where('draft_id', '=', draftId)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Before the upload is read: the draft is the citizen's and open, the paper exists, and there is room. */
export async function checkDraftUpload(
  db: Reader,
  owner: Owner,
  draftId: string,
  position: number,
  room: (current: number) => void,
): Promise<void> {
  const row = await ownDraft(db, owner, draftId, { editable: true });
  await checkPaper(db, row.procedure_code, position);
  room(await draftBytes(db, draftId));
}

export async function recordStoredFile(trx: Trx, file: StoredFile): Promise<void> {
  await trx
    .insertInto('stored_files')
    .values({ sha256: file.sha256, content_type: file.contentType, size: file.size })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

async function insertDraftFile(
  trx: Trx,
  owner: Owner,
  draftId: string,
  file: StoredFile & { position: number; fileName: string; reusedFrom: string | null },
): Promise<UploadedFile> {
  await ownDraft(trx, owner, draftId, { lock: true, editable: true });
  if (!fitsSubmission(await draftBytes(trx, draftId), file.size)) throw totalTooLarge();
  await recordStoredFile(trx, file);
  const row = await trx
    .insertInto('citizen_draft_files')
    .values({
      draft_id: draftId,
      position: file.position,
      file_name: file.fileName,
      sha256: file.sha256,
      content_type: file.contentType,
      size: file.size,
      reused_from: file.reusedFrom,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('citizen_drafts')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', '=', draftId)
    .execute();
  return (await draftFiles(trx, draftId)).find((f) => f.id === row.id)!;
}

/** Records a file the route has stored, as a paper of the draft. */
export async function addDraftFile(
  trx: Trx,
  owner: Owner,
  draftId: string,
  input: StoredFile & { position: number; fileName: string | undefined },
): Promise<UploadedFile> {
  const row = await ownDraft(trx, owner, draftId, { editable: true });
  await checkPaper(trx, row.procedure_code, input.position);
  return insertDraftFile(trx, owner, draftId, {
    ...input,
    fileName: cleanFileName(input.fileName, input.contentType),
    reusedFrom: null,
  });
}

/** A document of "Giấy tờ của tôi" for a paper of the draft: the same stored content, named as before. */
export async function reuseDocument(
  trx: Trx,
  store: FileStore,
  owner: Owner,
  draftId: string,
  body: ReuseBody,
): Promise<UploadedFile> {
  const row = await ownDraft(trx, owner, draftId, { editable: true });
  await checkPaper(trx, row.procedure_code, body.position);
  const doc = await trx
    .selectFrom('dossier_attachments as a')
    .select(['a.id', 'a.file_name', 'a.content_type', 'a.size', 'a.sha256', 'a.data', 'a.on_disk'])
    .where('a.id', '=', body.documentId)
    .where('a.dossier_id', 'in', dossiersOf(trx, owner).select('d.id'))
    .executeTakeFirst();
  if (!doc) throw notFound('DOCUMENT_NOT_FOUND', 'Không tìm thấy giấy tờ này trong "Giấy tờ của tôi".');
  // A desk scan kept in the database is put in the store once, under its SHA-256; later reuses find it there.
  if (!doc.on_disk && doc.data) await store.saveBytes(doc.data, doc.sha256);
  return insertDraftFile(trx, owner, draftId, {
    sha256: doc.sha256,
    size: doc.size,
    contentType: doc.content_type,
    position: body.position,
    fileName: doc.file_name,
    reusedFrom: doc.id,
  });
}

export async function removeDraftFile(trx: Trx, owner: Owner, draftId: string, fileId: string) {
  await ownDraft(trx, owner, draftId, { lock: true, editable: true });
  const gone = await trx
    .deleteFrom('citizen_draft_files')
    .where('draft_id', '=', draftId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!gone.numDeletedRows) throw notFound('FILE_NOT_FOUND', 'Không tìm thấy tệp này trong hồ sơ đang soạn.');
  return { ok: true as const };
}

/**
 * "Giấy tờ của tôi": the files of the citizen's dossiers, newest first, and the results received (records, see
 * results.ts) — audited as a read of the person's data.
 */
export async function listMyDocuments(db: Reader, owner: Owner): Promise<MyDocuments> {
  const rows = await db
    .selectFrom('dossier_attachments as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .leftJoin('dossier_documents as dd', (j) =>
      j.onRef('dd.dossier_id', '=', 'a.dossier_id').onRef('dd.position', '=', 'a.position'),
    )
    .select(['a.id', 'a.file_name', 'a.content_type', 'a.size', 'a.sha256', 'a.created_at'])
    .select(['d.code', 'd.procedure_name', 'dd.name as paper'])
    .where('a.dossier_id', 'in', dossiersOf(db, owner).select('d.id'))
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(200)
    .execute();
  const results = await listMyResults(db, owner);
  await auditCitizen(db, {
    action: 'citizen.documents.read',
    ...owner,
    extra: { documents: rows.length, results: results.length },
  });
  return {
    results,
    items: rows.map((r) => ({
      id: r.id,
      fileName: r.file_name,
      contentType: r.content_type,
      size: r.size,
      sha256: r.sha256,
      createdAt: new Date(r.created_at).toISOString(),
      paper: r.paper ?? null,
      dossier: { code: r.code, procedureName: r.procedure_name },
    })),
  };
}
