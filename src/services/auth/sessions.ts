/**
 * Server-side sessions. The browser holds a random 32-byte token; the database holds only its SHA-256, so that a
 * leaked copy of the sessions table cannot be replayed. Sessions slide: each use (at most once a minute) pushes
 * the expiry forward by the configured lifetime.
 */
import { prepared } from '../../db/prepared.js';
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor, RoleAssignment } from '../../domain/org/roles.js';
import type { Reader, Trx } from '../../db/transaction.js';

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** How often a session's expiry is pushed forward (a write), at most. */
const SLIDE_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  /** The secret for the cookie; never stored. */
  token: string;
  id: string;
  csrfSecret: string;
  expiresAt: Date;
}

export async function createSession(
  trx: Trx,
  staffId: string,
  opts: { hours: number; ip: string | null; userAgent: string | null },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const csrfSecret = randomBytes(16).toString('base64url');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + opts.hours * 3_600_000);
  // Forget this person's expired sessions while we are here.
  await trx.deleteFrom('sessions').where('staff_id', '=', staffId).where('expires_at', '<', now).execute();
  await trx
    .insertInto('sessions')
    .values({
      id,
      staff_id: staffId,
      csrf_secret: csrfSecret,
      created_at: now,
      expires_at: expiresAt,
      last_seen_at: now,
      ip: opts.ip,
      user_agent: opts.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, id, csrfSecret, expiresAt };
}

export interface ActiveSession {
  id: string;
  csrfSecret: string;
  expiresAt: Date;
  actor: Actor;
  /** True when this request pushed the expiry forward (the cookie should be sent again). */
  slid: boolean;
}

/** The live session for a cookie token, sliding its expiry; undefined when unknown, expired or deactivated. */
export async function resumeSession(
  db: Reader,
  token: string,
  opts: { hours: number; now?: Date },
): Promise<ActiveSession | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const now = opts.now ?? new Date();
  const id = hashToken(token);
  // Prepared: every staff request runs it (src/db/prepared.ts).
  const session = await prepared(
    db
      .selectFrom('sessions as s')
      .innerJoin('staff as st', 'st.id', 's.staff_id')
      .select([
        's.id',
        's.staff_id',
        's.csrf_secret',
        's.expires_at',
        's.last_seen_at',
        'st.username',
        'st.full_name',
        // Every staff request resumes its session: one statement, the roles as a JSON array (in the order of
        // rolesOfStaff: oldest first).
        sql<RoleAssignment[]>`coalesce((
        select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id, 'unitPath', u.path)
                        order by r.created_at, r.role)
        from staff_roles r join units u on u.id = r.unit_id
        where r.staff_id = s.staff_id), '[]'::json)`.as('roles'),
      ])
      .where('s.id', '=', id)
      .where('st.active', '=', true),
  ).executeTakeFirst();
  if (!session || session.expires_at <= now) return undefined;
  const actor: Actor = {
    id: session.staff_id,
    username: session.username,
    fullName: session.full_name,
    roles: session.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unitPath })),
  };
  let expiresAt = session.expires_at;
  let slid = false;
  if (now.getTime() - session.last_seen_at.getTime() >= SLIDE_EVERY_MS) {
    expiresAt = new Date(now.getTime() + opts.hours * 3_600_000);
    await db
      .updateTable('sessions')
      .set({ expires_at: expiresAt, last_seen_at: now })
      .where('id', '=', id)
      .execute();
    slid = true;
  }
  return { id, csrfSecret: session.csrf_secret, expiresAt, actor, slid };
}

export async function deleteSession(db: Reader, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}
