/**
 * Citizen sessions, apart from the staff's (docs/DECISIONS.md, "Citizen sessions"): table citizen_sessions. The
 * browser holds a random 32-byte token; the table holds its SHA-256. A session ends after CITIZEN_IDLE_MS without
 * use (a shared phone or a kiosk left signed in) and at the latest CITIZEN_SESSION_MS after sign-in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Reader, Trx } from '../../db/transaction.js';
import { prepared } from '../../db/prepared.js';

export const CITIZEN_IDLE_MS = 30 * 60_000;
export const CITIZEN_SESSION_MS = 12 * 3_600_000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** How often a session's expiry is pushed forward (a write), at most. */
const SLIDE_EVERY_MS = 60_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export type VerifiedBy = 'phone' | 'national-id';

/** Who a session is: a verified phone, the person a national-identity sign-in linked, or both. */
export interface CitizenIdentity {
  /** +84 and 9 digits; null after a national-identity sign-in without a verified phone. */
  phone: string | null;
  personId: string | null;
  verifiedBy: VerifiedBy[];
}

export interface CitizenSession extends CitizenIdentity {
  id: string;
  csrfSecret: string;
  endsAt: Date;
}

export interface NewCitizenSession extends CitizenSession {
  /** The secret for the cookie; never stored. */
  token: string;
}

/** A phone proved by a one-time code. */
export const phoneIdentity = (phone: string): CitizenIdentity => ({
  phone,
  personId: null,
  verifiedBy: ['phone'],
});

export async function createCitizenSession(
  trx: Trx,
  who: CitizenIdentity,
  meta: { ip: string | null; userAgent: string | null; now: number },
): Promise<NewCitizenSession> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const csrfSecret = randomBytes(16).toString('base64url');
  const now = new Date(meta.now);
  const endsAt = new Date(meta.now + CITIZEN_SESSION_MS);
  // Forget this citizen's ended sessions while we are here.
  await trx
    .deleteFrom('citizen_sessions')
    .where((eb) =>
      eb.or([
        ...(who.phone ? [eb('phone', '=', who.phone)] : []),
        ...(who.personId ? [eb('person_id', '=', who.personId)] : []),
      ]),
    )
    .where('expires_at', '<', now)
    .execute();
  await trx
    .insertInto('citizen_sessions')
    .values({
      id,
      phone: who.phone,
      person_id: who.personId,
      verified_by: who.verifiedBy,
      csrf_secret: csrfSecret,
      created_at: now,
      expires_at: new Date(meta.now + CITIZEN_IDLE_MS),
      ends_at: endsAt,
      last_seen_at: now,
      ip: meta.ip?.slice(0, 100) ?? null,
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, id, ...who, csrfSecret, endsAt };
}

/** The live session of a cookie's token, its idle expiry pushed forward; undefined when unknown or ended. */
export async function resumeCitizenSession(
  db: Reader,
  token: string,
  now = Date.now(),
): Promise<CitizenSession | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const id = hashToken(token);
  // Prepared: every citizen request runs it (src/db/prepared.ts).
  const row = await prepared(
    db
      .selectFrom('citizen_sessions')
      .select([
        'id',
        'phone',
        'person_id',
        'verified_by',
        'csrf_secret',
        'expires_at',
        'ends_at',
        'last_seen_at',
      ])
      .where('id', '=', id),
  ).executeTakeFirst();
  if (!row || row.expires_at.getTime() <= now || row.ends_at.getTime() <= now) return undefined;
  if (now - row.last_seen_at.getTime() >= SLIDE_EVERY_MS) {
    const expiresAt = Math.min(now + CITIZEN_IDLE_MS, row.ends_at.getTime());
    await db
      .updateTable('citizen_sessions')
      .set({ expires_at: new Date(expiresAt), last_seen_at: new Date(now) })
      .where('id', '=', id)
      .execute();
  }
  return {
    id,
    phone: row.phone,
    personId: row.person_id,
    verifiedBy: row.verified_by,
    csrfSecret: row.csrf_secret,
    endsAt: row.ends_at,
  };
}

export async function deleteCitizenSession(db: Reader, id: string): Promise<void> {
  await db.deleteFrom('citizen_sessions').where('id', '=', id).execute();
}
