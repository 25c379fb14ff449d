/**
 * Idempotency keys of dossier writes (the desk intake, online submission, the actions): a key answers again what
 * it did only for the same request by the same person. The log entry that used the key keeps who acted and a
 * fingerprint of the request; a key met again with another person, another action or dossier, or another body is
 * refused with 409 IDEMPOTENCY_KEY_REUSED — never the first request's dossier, which the second caller may not be
 * allowed to read.
 */
import { createHash } from 'node:crypto';
import { conflict } from '../../domain/errors.js';

/** JSON with the keys of every object sorted, so that a fingerprint does not depend on the order of fields. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of a request without its idempotency key: what `dossier_actions.request_hash` keeps. */
export function requestHash(input: object): string {
  const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
  return createHash('sha256').update(canonical(rest)).digest('hex');
}

/** What the log entry that used a key recorded. */
export interface EarlierUse {
  actorId: string | null;
  action: string;
  dossierId?: string;
  /** Null for entries written before fingerprints were kept: those compare by actor, action and dossier only. */
  requestHash: string | null;
}

export const idempotencyKeyReused = () =>
  conflict('IDEMPOTENCY_KEY_REUSED', 'Mã chống gửi lặp đã dùng cho thao tác khác.');

/** The request at hand: who acts, which actions would have answered it (an intake opens with one of three), on what. */
export interface CurrentUse {
  actorId: string | null;
  actions: readonly string[];
  dossierId?: string;
  requestHash: string;
}

/** Throws IDEMPOTENCY_KEY_REUSED unless the earlier use was this very request by this very person. */
export function checkSameRequest(earlier: EarlierUse, current: CurrentUse): void {
  if (
    earlier.actorId !== current.actorId ||
    !current.actions.includes(earlier.action) ||
    (current.dossierId !== undefined && earlier.dossierId !== current.dossierId) ||
    (earlier.requestHash !== null && earlier.requestHash !== current.requestHash)
  ) {
    throw idempotencyKeyReused();
  }
}
