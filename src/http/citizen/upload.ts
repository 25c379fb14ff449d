/**
 * One file received as multipart/form-data (the part `file`), streamed to the file store: refused before a byte is
 * read when the declared length alone is over the caps (413), stopped while streaming past 10 MB (413, nothing
 * kept), and checked by its content (PDF, JPEG, PNG). `check` runs first: the owner, status and room checks of
 * the service (404, 409, 413) — a refused upload is never read.
 */
import type { FastifyRequest } from 'fastify';
import { MAX_ATTACHMENT_BYTES, MULTIPART_SLACK_BYTES } from '../../domain/citizen/submission.js';
import { invalid } from '../../domain/errors.js';
import { fileTooLarge, type FileStore, type StoredFile } from '../../adapters/storage/file-store.js';
import { checkRoom } from '../../services/citizen/files.js';

export type Room = (current: number) => void;

export async function receiveFile(
  request: FastifyRequest,
  store: FileStore,
  check: (room: Room) => Promise<void>,
): Promise<StoredFile & { fileName: string | undefined }> {
  const declared = Number(request.headers['content-length']);
  const length = Number.isFinite(declared) && declared > 0 ? declared : undefined;
  if (length !== undefined && length > MAX_ATTACHMENT_BYTES + MULTIPART_SLACK_BYTES) throw fileTooLarge();
  await check((current) => checkRoom(current, length, MULTIPART_SLACK_BYTES));
  const missing = () =>
    invalid('FILE_MISSING', 'Chưa chọn tệp để tải lên.', [{ field: 'file', message: 'Chưa chọn tệp.' }]);
  if (!request.isMultipart()) throw missing();
  // The parser lets one byte more through, so that the store's own count sees the excess and stops the stream
  // (the parser alone would cut the file at 10 MB and call it complete).
  const part = await request.file({ limits: { fileSize: MAX_ATTACHMENT_BYTES + 1, files: 1 } });
  if (!part || part.fieldname !== 'file') throw missing();
  const stored = await store.save(part.file, MAX_ATTACHMENT_BYTES);
  return { ...stored, fileName: part.filename };
}
