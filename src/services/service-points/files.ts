/**
 * Scans a helper takes at a service point (a phone's camera or a scanner): each is streamed to the file store by
 * the route and recorded as a stored file (submit.ts `addHelperFile`), then named in the submission by its SHA-256 and attached to the
 * dossier with the helper as uploader. A scan never submitted is collected by housekeeping as any unused upload
 * (services/housekeeping/orphan-files.ts).
 */
import { coveredByForm, fitsSubmission, TOO_LARGE_TOTAL_MESSAGE } from '../../domain/citizen/submission.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import { cleanFileName } from '../../domain/dossier/attachments.js';
import { invalid, tooLarge } from '../../domain/errors.js';
import type { OnBehalfBody } from '../../contracts/service-points.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { StoredFile } from '../../adapters/storage/file-store.js';

export type ScanFile = NonNullable<OnBehalfBody['files']>[number] & Omit<StoredFile, 'sha256'>;

/** The submission's scans, checked: stored, for a paper of the procedure to upload, within the dossier's cap. */
export async function checkedScans(
  db: Reader,
  record: ProcedureRecord,
  files: OnBehalfBody['files'],
): Promise<ScanFile[]> {
  if (!files?.length) return [];
  const stored = await db
    .selectFrom('stored_files')
    .select(['sha256', 'size', 'content_type'])
    .where(
      'sha256',
      'in',
      files.map((f) => f.sha256),
    )
    .execute();
  let total = 0;
  return files.map((f, i) => {
    const doc = record.documents[f.position];
    const row = stored.find((s) => s.sha256 === f.sha256);
    if (!doc || coveredByForm(doc) || !row) {
      const message = row
        ? 'Thủ tục không có giấy tờ cần tải lên ở vị trí này.'
        : 'Không tìm thấy tệp đã tải lên; vui lòng tải lại.';
      throw invalid('VALIDATION_FAILED', message, [{ field: `files.${i}`, message }]);
    }
    if (!fitsSubmission(total, row.size)) throw tooLarge('SUBMISSION_TOO_LARGE', TOO_LARGE_TOTAL_MESSAGE);
    total += row.size;
    return { ...f, size: row.size, contentType: row.content_type };
  });
}

/** Attaches the scans to the dossier just written, the helper as their uploader. */
export async function attachScans(
  trx: Trx,
  dossierId: string,
  helper: { id: string; fullName: string },
  scans: ScanFile[],
): Promise<void> {
  if (!scans.length) return;
  await trx
    .insertInto('dossier_attachments')
    .values(
      scans.map((f) => ({
        dossier_id: dossierId,
        position: f.position,
        file_name: cleanFileName(f.fileName, f.contentType),
        content_type: f.contentType,
        size: f.size,
        sha256: f.sha256,
        data: null,
        on_disk: true,
        uploaded_by: helper.id,
        uploaded_by_person: null,
        uploaded_by_name: helper.fullName,
      })),
    )
    .execute();
}
