/**
 * Logging in and out, and changing one's own password.
 *
 * No account is ever locked (OWASP ASVS 2.2.1, docs/DECISIONS.md "Login throttling"): failures are counted per
 * client address, per (account, address) and per account, and an address past its free failures waits a growing
 * delay (src/domain/auth/throttle.ts) — a stranger's guesses slow only the stranger. A wrong password, an unknown
 * username and a throttled attempt give one status and code (401 INVALID_CREDENTIALS; the throttled one says how
 * long to wait) after the same work: one argon2 verification (against a dummy hash when there is nothing to check),
 * one read and one write of the counters.
 */
import type { Kysely } from 'kysely';
import { DomainError, invalid } from '../../domain/errors.js';
import { throttleWait, type LoginThrottleSettings } from '../../domain/auth/throttle.js';
import { normaliseUsername, passwordIssue } from '../../domain/org/rules.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Trx } from '../../db/transaction.js';
import { hashPassword, verifyDummy, verifyPassword } from '../org/passwords.js';
import { createSession, type NewSession } from './sessions.js';
import {
  failingAddresses,
  readThrottle,
  recordFailure,
  recordSuccess,
  throttleKeys,
  type ThrottleKeys,
} from './throttle.js';

export interface LoginSettings {
  throttle: LoginThrottleSettings;
  sessionHours: number;
}

export interface LoginMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

/** Too many failures from this address: the same status and code as a wrong password, and how long to wait. */
export const loginThrottled = (waitMs: number) => {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 120 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
  return new DomainError(
    'unauthenticated',
    'INVALID_CREDENTIALS',
    `Đăng nhập sai nhiều lần từ máy này. Vui lòng chờ ${wait} rồi thử lại (người dùng ở máy khác không bị ảnh hưởng).`,
    { retryAfterSeconds: seconds },
  );
};

/** The unit administrators' alert when an account's failures pass the alert threshold (once per window). */
async function alertBurst(
  db: Kysely<Database>,
  staff: { id: string; unit_id: string },
  username: string,
  failures: number,
  settings: LoginSettings,
  requestId: string,
) {
  const addresses = await failingAddresses(db, username, settings.throttle);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('security_alerts')
      .values({ kind: 'login_burst', staff_id: staff.id, unit_id: staff.unit_id, failures, addresses })
      .execute();
    await writeAudit(
      trx,
      { actor: null, requestId },
      {
        action: 'auth.login_burst',
        entity: 'staff',
        entityId: staff.id,
        unitId: staff.unit_id,
        extra: { failures, addresses },
      },
    );
  });
}

async function succeed(
  db: Kysely<Database>,
  staff: { id: string; full_name: string },
  keys: ThrottleKeys,
  settings: LoginSettings,
  meta: LoginMeta & { address: string },
) {
  return db.transaction().execute(async (trx) => {
    await recordSuccess(trx, keys, staff.id, meta.address);
    const session = await createSession(trx, staff.id, {
      hours: settings.sessionHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    const who = { actor: { id: staff.id, fullName: staff.full_name }, requestId: meta.requestId };
    await writeAudit(trx, who, { action: 'auth.login', entity: 'staff', entityId: staff.id });
    return { session, staffId: staff.id };
  });
}

/** Checks the credentials and opens a session; throws INVALID_CREDENTIALS (401), with a wait when throttled. */
export async function login(
  db: Kysely<Database>,
  settings: LoginSettings,
  input: { username: string; password: string },
  meta: LoginMeta,
): Promise<{ session: NewSession; staffId: string }> {
  const username = normaliseUsername(input.username);
  const address = meta.ip ?? 'unknown';
  const keys = throttleKeys(username, address);
  const [staff, state] = await Promise.all([
    db
      .selectFrom('staff')
      .select(['id', 'full_name', 'password_hash', 'active', 'unit_id'])
      .where('username', '=', username)
      .executeTakeFirst(),
    readThrottle(db, keys, username, address, settings.throttle),
  ]);
  const wait = throttleWait(state, settings.throttle, Date.now());
  if (wait > 0) {
    await verifyDummy(input.password);
    await recordFailure(db, keys, settings.throttle, false);
    throw loginThrottled(wait);
  }
  const known = staff && staff.active ? staff : undefined;
  const ok = known
    ? await verifyPassword(known.password_hash, input.password)
    : await verifyDummy(input.password);
  if (known && ok) return succeed(db, known, keys, settings, { ...meta, address });
  const { accountFailures, alert } = await recordFailure(db, keys, settings.throttle, true);
  if (alert && known) await alertBurst(db, known, username, accountFailures, settings, meta.requestId);
  throw invalidCredentials();
}

export async function logout(trx: Trx, ctx: ActingContext, sessionId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
  await writeAudit(trx, ctx, { action: 'auth.logout', entity: 'staff', entityId: ctx.actor.id });
}

/** Changes the actor's own password; ends their other sessions. */
export async function changeOwnPassword(
  trx: Trx,
  ctx: ActingContext,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const staff = await trx
    .selectFrom('staff')
    .select(['password_hash', 'username'])
    .where('id', '=', ctx.actor.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(staff.password_hash, input.currentPassword))) {
    throw invalid('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', [
      { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' },
    ]);
  }
  const issue =
    passwordIssue(input.newPassword, staff.username) ??
    (input.newPassword === input.currentPassword ? 'Mật khẩu mới phải khác mật khẩu hiện tại.' : undefined);
  if (issue) throw invalid('WEAK_PASSWORD', issue, [{ field: 'newPassword', message: issue }]);
  await trx
    .updateTable('staff')
    .set({
      password_hash: await hashPassword(input.newPassword),
      must_change_password: false,
      password_changed_at: new Date(),
      updated_at: new Date(),
    })
    .where('id', '=', ctx.actor.id)
    .execute();
  await trx
    .deleteFrom('sessions')
    .where('staff_id', '=', ctx.actor.id)
    .where('id', '<>', sessionId)
    .execute();
  await writeAudit(trx, ctx, {
    action: 'auth.password_change',
    entity: 'staff',
    entityId: ctx.actor.id,
    fields: ['password'],
  });
}
