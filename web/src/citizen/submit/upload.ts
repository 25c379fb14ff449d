/** One file sent as multipart/form-data (the part `file`) to an upload route of the citizen's submission. */
import type { UploadedFile } from '../../../../src/contracts/citizen-submission.js';
import { api } from '../../shared/api.js';

export const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const MAX_BYTES = 10 * 1024 * 1024;

export function uploadFile(path: string, file: File): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api<UploadedFile>(path, { method: 'POST', body: form });
}

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
