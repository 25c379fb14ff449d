/**
 * Domain errors. Domain and service code throws these; the HTTP layer maps them to status codes in one place
 * (src/http/errors.ts). `code` is stable and meant for programs; `message` is Vietnamese and meant for people.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'locked'
  | 'rate_limited';

export interface FieldIssue {
  /** Path of the offending field, e.g. "channels[0].timeLimit.value" or "records[3].code". */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly code: string,
    message: string,
    readonly details?: { fields?: FieldIssue[]; [key: string]: unknown },
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string, fields?: FieldIssue[]) =>
  new DomainError('invalid', code, message, fields ? { fields } : undefined);
export const notFound = (code: string, message: string) => new DomainError('not_found', code, message);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new DomainError('forbidden', 'FORBIDDEN', message);
/** Content over a size cap (an upload over 10 MB, a dossier over 50 MB): 413. */
export const tooLarge = (code: string, message: string) => new DomainError('too_large', code, message);
export const conflict = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('conflict', code, message, details);
