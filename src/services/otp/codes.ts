/**
 * One-time codes sent to a citizen's phone, for every purpose that needs one: a declaration read back at the desk,
 * an online submission, a citizen's sign-in. A code is 6 digits, lives 5 minutes, allows 5 attempts and is used
 * once; only a salted hash is stored. It goes out through the outbox as an urgent SMS, in the caller's transaction.
 * Each purpose states its limits (per number in a window, per number a day, per client address) and their messages.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { sql } from 'kysely';
import type { Trx } from '../../db/transaction.js';
import { notify } from '../notify/notify.js';

export type OtpPurpose = 'declaration' | 'online_submission' | 'citizen_login';

/** What the code is for, as the SMS says it ("Mã xác nhận … của ông/bà là …"): a code must never be mistaken for another. */
export const codeUses = {
  declaration: 'tờ khai hồ sơ',
  online_submission: 'nộp hồ sơ trực tuyến',
  citizen_login: 'đăng nhập',
} as const satisfies Record<OtpPurpose, string>;

export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
/** Codes to one phone, any purpose, within OTP_WINDOW_MS. */
const OTP_WINDOW_MS = 10 * 60_000;
const OTP_PER_WINDOW = 3;
const DAY_MS = 86_400_000;

export interface CodeLimits {
  /** Said when the phone already had OTP_PER_WINDOW codes in 10 minutes. */
  windowMessage: string;
  /** At most `max` codes of this purpose to one phone in 24 hours. */
  perDay?: { max: number; message: string };
  /** At most `max` codes of this purpose asked from one client address within `windowMs`. */
  perAddress?: { max: number; windowMs: number; message: string };
}

export interface CodeRequest {
  purpose: OtpPurpose;
  /** Normalised: +84 and 9 digits. */
  phone: string;
  createdBy: string | null;
  /** The client address that asked (kept for the per-address limit). */
  address?: string | null;
  now: number;
}

const hashCode = (salt: string, code: string) => createHash('sha256').update(`${salt}:${code}`).digest('hex');

export const tooManyCodes = (message: string) => new DomainError('rate_limited', 'OTP_TOO_MANY', message);

/** Whether `code` is the one whose salted hash is `codeHash` (constant time). */
export function codeMatches(codeHash: string, code: string): boolean {
  const [salt, hash] = codeHash.split(':') as [string, string];
  return timingSafeEqual(Buffer.from(hashCode(salt, code.trim()), 'hex'), Buffer.from(hash, 'hex'));
}

/**
 * Holds, until the transaction ends, the number's lock and then the address's: requests for one number (or from one
 * address) are counted one after the other, so codes asked at the same instant cannot all pass the limit. Every
 * request takes at most one number lock and then one address lock, in that order: no two can wait on each other.
 */
async function lockCounters(trx: Trx, req: CodeRequest, byAddress: boolean): Promise<void> {
  const keys = [`otp:phone:${req.phone}`, ...(byAddress && req.address ? [`otp:addr:${req.address}`] : [])];
  for (const key of keys) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}

async function checkLimits(trx: Trx, req: CodeRequest, limits: CodeLimits): Promise<void> {
  await lockCounters(trx, req, limits.perAddress !== undefined);
  const recent = await trx
    .selectFrom('one_time_codes')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere('created_at', '>', new Date(req.now - OTP_WINDOW_MS))
        .as('window'),
      eb.fn.countAll<number>().filterWhere('purpose', '=', req.purpose).as('day'),
    ])
    .where('phone', '=', req.phone)
    .where('created_at', '>', new Date(req.now - DAY_MS))
    .executeTakeFirstOrThrow();
  if (Number(recent.window) >= OTP_PER_WINDOW) throw tooManyCodes(limits.windowMessage);
  if (limits.perDay && Number(recent.day) >= limits.perDay.max) throw tooManyCodes(limits.perDay.message);
  const perAddress = limits.perAddress;
  if (perAddress && req.address) {
    const fromAddress = await trx
      .selectFrom('one_time_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('requested_from', '=', req.address)
      .where('purpose', '=', req.purpose)
      .where('created_at', '>', new Date(req.now - perAddress.windowMs))
      .executeTakeFirstOrThrow();
    if (Number(fromAddress.n) >= perAddress.max) throw tooManyCodes(perAddress.message);
  }
}

/** Stores a new code for the phone after the limits and queues its SMS (urgent); returns its id and expiry. */
export async function issueCode(
  trx: Trx,
  req: CodeRequest,
  limits: CodeLimits,
): Promise<{ id: string; expiresAt: Date }> {
  await checkLimits(trx, req, limits);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const salt = randomBytes(16).toString('hex');
  const expiresAt = new Date(req.now + OTP_TTL_MS);
  const row = await trx
    .insertInto('one_time_codes')
    .values({
      purpose: req.purpose,
      phone: req.phone,
      code_hash: `${salt}:${hashCode(salt, code)}`,
      expires_at: expiresAt,
      created_by: req.createdBy,
      created_at: new Date(req.now),
      requested_from: req.address?.slice(0, 100) ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await notify(trx, {
    event: 'one_time_code',
    dedupeKey: `otp:${row.id}`,
    recipient: { phone: req.phone },
    params: { maXacNhan: code, mucDich: codeUses[req.purpose] },
    urgent: true,
  });
  return { id: row.id, expiresAt };
}
