/**
 * One file sent as multipart/form-data (the part `file`) to an upload route: the citizen's submission, or a
 * helper's scan at a service point.
 */
import type { UploadedFile } from '../../../../src/contracts/citizen-submission.js';
import { api } from '../../shared/api.js';

export const ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const MAX_BYTES = 10 * 1024 * 1024;

export function uploadFile<T = UploadedFile>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api<T>(path, { method: 'POST', body: form });
}

export const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
