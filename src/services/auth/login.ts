/**
 * Logging in and out, and changing one's own password.
 *
 * Wrong credentials get one answer whether the username exists or not, after the same argon2 work. After
 * `maxFailures` consecutive failures the account is locked for `lockMinutes` (423 with the time it unlocks); the
 * failure counter must survive the error, so each attempt's outcome is committed first and thrown afterwards.
 */
import type { Kysely } from 'kysely';
import { DomainError, invalid } from '../../domain/errors.js';
import { normaliseUsername, passwordIssue } from '../../domain/org/rules.js';
import type { Database } from '../../db/schema.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext, Trx } from '../org/context.js';
import { hashPassword, verifyDummy, verifyPassword } from './passwords.js';
import { createSession, type NewSession } from './sessions.js';

export interface LoginSettings {
  maxFailures: number;
  lockMinutes: number;
  sessionHours: number;
}

export interface LoginMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export const invalidCredentials = () =>
  new DomainError('unauthenticated', 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');

const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

export const accountLocked = (until: Date) =>
  new DomainError(
    'locked',
    'ACCOUNT_LOCKED',
    `Tài khoản tạm bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau ${timeFormat.format(until)}.`,
    { lockedUntil: until.toISOString() },
  );

type Outcome =
  | { kind: 'ok'; session: NewSession; staffId: string }
  | { kind: 'invalid' }
  | { kind: 'locked'; until: Date };

async function attempt(
  trx: Trx,
  settings: LoginSettings,
  input: { username: string; password: string },
  meta: LoginMeta,
): Promise<Outcome> {
  const now = new Date();
  const staff = await trx
    .selectFrom('staff')
    .select(['id', 'full_name', 'password_hash', 'active', 'failed_logins', 'locked_until'])
    .where('username', '=', normaliseUsername(input.username))
    .forUpdate()
    .executeTakeFirst();
  if (!staff || !staff.active) {
    await verifyDummy(input.password);
    return { kind: 'invalid' };
  }
  if (staff.locked_until && staff.locked_until > now) return { kind: 'locked', until: staff.locked_until };
  const who = { actor: { id: staff.id, fullName: staff.full_name }, requestId: meta.requestId };
  if (!(await verifyPassword(staff.password_hash, input.password))) {
    const failures = staff.failed_logins + 1;
    if (failures >= settings.maxFailures) {
      const until = new Date(now.getTime() + settings.lockMinutes * 60_000);
      await trx
        .updateTable('staff')
        .set({ failed_logins: 0, locked_until: until })
        .where('id', '=', staff.id)
        .execute();
      await writeAudit(trx, who, { action: 'auth.lock', entity: 'staff', entityId: staff.id });
      return { kind: 'locked', until };
    }
    await trx.updateTable('staff').set({ failed_logins: failures }).where('id', '=', staff.id).execute();
    return { kind: 'invalid' };
  }
  await trx
    .updateTable('staff')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', staff.id)
    .execute();
  const session = await createSession(trx, staff.id, {
    hours: settings.sessionHours,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  await writeAudit(trx, who, { action: 'auth.login', entity: 'staff', entityId: staff.id });
  return { kind: 'ok', session, staffId: staff.id };
}

/** Checks the credentials and opens a session; throws INVALID_CREDENTIALS (401) or ACCOUNT_LOCKED (423). */
export async function login(
  db: Kysely<Database>,
  settings: LoginSettings,
  input: { username: string; password: string },
  meta: LoginMeta,
): Promise<{ session: NewSession; staffId: string }> {
  const outcome = await db.transaction().execute((trx) => attempt(trx, settings, input, meta));
  switch (outcome.kind) {
    case 'ok':
      return outcome;
    case 'invalid':
      throw invalidCredentials();
    case 'locked':
      throw accountLocked(outcome.until);
  }
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
