/**
 * A supplement sent online: while the citizen's dossier is `supplement_requested`, the citizen uploads the papers
 * asked for (same storage rules as a draft: 10 MB a file, 50 MB the dossier) and marks the supplement as sent; the
 * officer sees the files in the dossier's attachments and takes `receive_supplement` as at the desk. Another
 * person's dossier is not found (404); a dossier in another status is a 409.
 */
import { sql } from 'kysely';
import { fitsSubmission } from '../../domain/citizen/submission.js';
import { cleanFileName } from '../../domain/dossier/attachments.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { SupplementSent, UploadedFile } from '../../contracts/citizen-submission.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { StoredFile } from '../../adapters/storage/file-store.js';
import { auditCitizen } from './audit.js';
import type { Owner } from './drafts.js';
import { recordStoredFile, totalTooLarge } from './files.js';
import { dossiersOf } from './me.js';

async function ownDossier(db: Reader, owner: Owner, code: string, lock = false) {
  let q = dossiersOf(db, owner)
    .select(['d.id', 'd.code', 'd.status', 'd.applicant_id', 'd.handling_unit_id'])
    .where('d.code', '=', code);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ này trong hồ sơ của ông/bà.');
  if (row.status !== 'supplement_requested') {
    throw conflict('NOT_WAITING_FOR_SUPPLEMENT', 'Hồ sơ này không ở trạng thái chờ bổ sung.');
  }
  return row;
}

const dossierBytes = async (db: Reader, dossierId: string) =>
  Number(
    (
      await db
        .selectFrom('dossier_attachments')
        .select(sql<string>`coalesce(sum(size), 0)`.as('n'))
        .where('dossier_id', '=', dossierId)
        .executeTakeFirstOrThrow()
    ).n,
  );

async function checkPosition(db: Reader, dossierId: string, position: number) {
  const doc = await db
    .selectFrom('dossier_documents')
    .select('id')
    .where('dossier_id', '=', dossierId)
    .where('position', '=', position)
    .executeTakeFirst();
  if (!doc) {
    const message = 'Hồ sơ không có thành phần này.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'position', message }]);
  }
}

/** Before the upload is read: the dossier is the citizen's, waits for a supplement, has the paper and room. */
export async function checkSupplementUpload(
  db: Reader,
  owner: Owner,
  code: string,
  position: number,
  room: (current: number) => void,
): Promise<void> {
  const row = await ownDossier(db, owner, code);
  await checkPosition(db, row.id, position);
  room(await dossierBytes(db, row.id));
}

export async function addSupplementFile(
  trx: Trx,
  owner: Owner,
  code: string,
  input: StoredFile & { position: number; fileName: string | undefined },
): Promise<UploadedFile> {
  const row = await ownDossier(trx, owner, code, true);
  await checkPosition(trx, row.id, input.position);
  if (!fitsSubmission(await dossierBytes(trx, row.id), input.size)) throw totalTooLarge();
  await recordStoredFile(trx, input);
  const name = await trx
    .selectFrom('persons')
    .select('full_name')
    .where('id', '=', row.applicant_id)
    .executeTakeFirstOrThrow();
  const a = await trx
    .insertInto('dossier_attachments')
    .values({
      dossier_id: row.id,
      position: input.position,
      file_name: cleanFileName(input.fileName, input.contentType),
      content_type: input.contentType,
      size: input.size,
      sha256: input.sha256,
      data: null,
      on_disk: true,
      uploaded_by: null,
      uploaded_by_person: row.applicant_id,
      uploaded_by_name: name.full_name,
    })
    .returning(['id', 'position', 'file_name', 'content_type', 'size', 'sha256', 'created_at'])
    .executeTakeFirstOrThrow();
  return {
    id: a.id,
    position: a.position,
    fileName: a.file_name,
    contentType: a.content_type,
    size: a.size,
    sha256: a.sha256,
    reused: false,
    createdAt: new Date(a.created_at).toISOString(),
  };
}

/** Marks the files uploaded since the last mark as the supplement sent; at least one is needed. */
export async function markSupplementSent(trx: Trx, owner: Owner, code: string): Promise<SupplementSent> {
  const row = await ownDossier(trx, owner, code, true);
  // The files since the supplement was asked (or last sent): never those the dossier was submitted with.
  const since = sql<Date | null>`greatest(
    (select max(s.sent_at) from citizen_supplements_sent s where s.dossier_id = ${row.id}),
    (select max(a.at) from dossier_actions a where a.dossier_id = ${row.id} and a.action = 'request_supplement'))`;
  const q = trx
    .selectFrom('dossier_attachments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('dossier_id', '=', row.id)
    .where('uploaded_by_person', 'is not', null)
    .where((eb) => eb.or([eb(since, 'is', null), eb('created_at', '>', since)]));
  const files = Number((await q.executeTakeFirstOrThrow()).n);
  if (files === 0) {
    const message = 'Chưa tải lên giấy tờ bổ sung nào.';
    throw invalid('SUPPLEMENT_EMPTY', message, [{ field: 'files', message }]);
  }
  const sent = await trx
    .insertInto('citizen_supplements_sent')
    .values({ dossier_id: row.id, files })
    .returning('sent_at')
    .executeTakeFirstOrThrow();
  await auditCitizen(trx, {
    action: 'citizen.supplement.sent',
    ...owner,
    entity: { kind: 'dossier', id: row.code },
    extra: { files },
  });
  return { code: row.code, files, sentAt: new Date(sent.sent_at).toISOString() };
}
