/**
 * Scans attached to a dossier at the desk or during processing. Anyone who works the dossier (reception officer,
 * specialist or leader of its receiving or handling unit) may attach; anyone who may see it may list and read.
 * The type is decided by the bytes; every upload is audited.
 */
import { createHash } from 'node:crypto';
import {
  cleanFileName,
  MAX_ATTACHMENT_BYTES,
  sniffAttachmentType,
  type AttachmentType,
} from '../../domain/dossier/attachments.js';
import { maySee } from '../../domain/dossier/permissions.js';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { roleGrants, type Actor, type Role } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { getDossierRow, type DossierRow } from './common.js';

export interface AttachmentInfo {
  id: string;
  position: number | null;
  fileName: string;
  contentType: AttachmentType;
  size: number;
  sha256: string;
  uploadedByName: string;
  createdAt: string;
}

const workingRoles: readonly Role[] = ['reception_officer', 'specialist', 'leader'];

/** The columns an attachment is shown with (`toInfo`), without its content. */
const attachmentColumns = [
  'id',
  'position',
  'file_name',
  'content_type',
  'size',
  'sha256',
  'uploaded_by_name',
  'created_at',
] as const;

function mayAttach(actor: Actor, row: DossierRow): boolean {
  return [row.receiving_unit_path, row.handling_unit_path].some((path) =>
    actor.roles.some(
      (r) =>
        workingRoles.includes(r.role) &&
        (roleGrants[r.role].scope === 'subtree'
          ? path.includes(r.unitId)
          : r.unitId === path[path.length - 1]),
    ),
  );
}

function checkSees(actor: Actor, row: DossierRow) {
  if (!maySee(actor, [row.handling_unit_path, row.receiving_unit_path])) {
    throw forbidden('Bạn không có quyền xem hồ sơ này.');
  }
}

export async function addAttachment(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  input: { position?: number | undefined; fileName?: string | undefined; data: Buffer },
): Promise<AttachmentInfo> {
  const row = await getDossierRow(trx, code);
  if (!mayAttach(ctx.actor, row)) throw forbidden('Bạn không có quyền đính kèm tài liệu vào hồ sơ này.');
  if (input.data.length === 0) {
    throw invalid('ATTACHMENT_EMPTY', 'Tệp đính kèm rỗng.', [{ field: 'body', message: 'Tệp rỗng.' }]);
  }
  if (input.data.length > MAX_ATTACHMENT_BYTES) {
    throw invalid('ATTACHMENT_TOO_LARGE', 'Tệp đính kèm lớn hơn 10 MB.', [
      { field: 'body', message: 'Tệp lớn hơn 10 MB.' },
    ]);
  }
  const type = sniffAttachmentType(input.data);
  if (!type) {
    throw invalid('ATTACHMENT_TYPE', 'Chỉ nhận tệp PDF, JPEG hoặc PNG.', [
      { field: 'body', message: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.' },
    ]);
  }
  if (input.position !== undefined) {
    const doc = await trx
      .selectFrom('dossier_documents')
      .select('id')
      .where('dossier_id', '=', row.id)
      .where('position', '=', input.position)
      .executeTakeFirst();
    if (!doc) {
      throw invalid('VALIDATION_FAILED', 'Hồ sơ không có thành phần này.', [
        { field: 'position', message: 'Hồ sơ không có thành phần này.' },
      ]);
    }
  }
  const inserted = await trx
    .insertInto('dossier_attachments')
    .values({
      dossier_id: row.id,
      position: input.position ?? null,
      file_name: cleanFileName(input.fileName, type),
      content_type: type,
      size: input.data.length,
      sha256: createHash('sha256').update(input.data).digest('hex'),
      data: input.data,
      uploaded_by: ctx.actor.id,
      uploaded_by_name: ctx.actor.fullName,
    })
    .returning(attachmentColumns)
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'dossier.attach',
    entity: 'dossier',
    entityId: row.code,
    unitId: row.handling_unit_id,
    extra: { attachment: inserted.id, size: inserted.size, type },
  });
  return toInfo(inserted);
}

type InfoRow = {
  id: string;
  position: number | null;
  file_name: string;
  content_type: AttachmentType;
  size: number;
  sha256: string;
  uploaded_by_name: string;
  created_at: Date;
};
const toInfo = (r: InfoRow): AttachmentInfo => ({
  id: r.id,
  position: r.position,
  fileName: r.file_name,
  contentType: r.content_type,
  size: r.size,
  sha256: r.sha256,
  uploadedByName: r.uploaded_by_name,
  createdAt: new Date(r.created_at).toISOString(),
});

export async function listAttachments(db: Reader, actor: Actor, code: string): Promise<AttachmentInfo[]> {
  const row = await getDossierRow(db, code);
  checkSees(actor, row);
  return listAttachmentsOf(db, row.id);
}

/** Without the permission check: for callers that have already checked (the dossier detail). */
export async function listAttachmentsOf(db: Reader, dossierId: string): Promise<AttachmentInfo[]> {
  const rows = await db
    .selectFrom('dossier_attachments')
    .select(attachmentColumns)
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toInfo);
}

export async function readAttachment(
  db: Reader,
  actor: Actor,
  code: string,
  id: string,
): Promise<AttachmentInfo & { data: Buffer | null }> {
  const row = await getDossierRow(db, code);
  checkSees(actor, row);
  const file = await db
    .selectFrom('dossier_attachments')
    .selectAll()
    .where('dossier_id', '=', row.id)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!file) throw notFound('ATTACHMENT_NOT_FOUND', 'Không có tệp đính kèm này.');
  // A citizen's upload is on disk, by its sha256: the route reads it from the file store.
  return { ...toInfo(file), data: file.on_disk ? null : file.data };
}
