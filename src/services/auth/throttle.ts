/**
 * The failed-login counters (table login_failures) and the addresses each account logged in from
 * (login_trusted_addresses), read and written around the rule of src/domain/auth/throttle.ts.
 *
 * Every attempt that is not a success does the same statements whatever its outcome — an unknown username, a wrong
 * password, a throttled attempt — so that none answers faster than another: one read, one upsert of the three
 * counters (a throttled attempt rewrites them unchanged).
 */
import { sql } from 'kysely';
import { throttleKey, type LoginThrottleSettings, type ThrottleState } from '../../domain/auth/throttle.js';
import type { Reader } from '../../db/transaction.js';

export interface ThrottleKeys {
  address: string;
  pair: string;
  account: string;
}

/** The counters' keys for an attempt on `username` (normalised, existing or not) from `address`. */
export function throttleKeys(username: string, address: string): ThrottleKeys {
  return {
    address: throttleKey.address(address),
    pair: throttleKey.pair(username, address),
    account: throttleKey.account(username),
  };
}

/** The counters of an attempt, and whether the account logged in from this address within the trust period. */
export async function readThrottle(
  db: Reader,
  keys: ThrottleKeys,
  username: string,
  address: string,
  s: LoginThrottleSettings,
): Promise<ThrottleState> {
  const { rows } = await sql<{ key: string; failures: number; last_at: Date; trusted: boolean }>`
    select f.key, f.failures, f.last_at, false as trusted
      from login_failures f where f.key in (${keys.address}, ${keys.pair}, ${keys.account})
    union all
    select '', 0, now(), exists (
      select 1 from login_trusted_addresses t join staff s on s.id = t.staff_id
       where s.username = ${username} and t.address = ${address}
         and t.last_login_at > now() - make_interval(days => ${s.trustDays}))`.execute(db);
  const count = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return row ? { failures: row.failures, lastAt: new Date(row.last_at).getTime() } : undefined;
  };
  return {
    address: count(keys.address),
    pair: count(keys.pair),
    account: count(keys.account),
    trusted: rows.some((r) => r.key === '' && r.trusted),
  };
}

/**
 * One failure more on each counter (a counter idle for the window starts again); with `count` false (a throttled
 * attempt) the same rows are rewritten unchanged: the same work, nothing counted. Returns the account's failures
 * within the window and whether this failure is the one that alerts (the first past `alertFailures` in a window).
 */
export async function recordFailure(
  db: Reader,
  keys: ThrottleKeys,
  s: LoginThrottleSettings,
  count: boolean,
): Promise<{ accountFailures: number; alert: boolean }> {
  const all = [keys.address, keys.pair, keys.account];
  if (!count) {
    await sql`update login_failures set failures = failures where key = any(${all}::text[])`.execute(db);
    return { accountFailures: 0, alert: false };
  }
  const window = sql`make_interval(mins => ${s.windowMinutes})`;
  const { rows } = await sql<{ key: string; failures: number; alert: boolean }>`
    insert into login_failures as f (key, failures, first_at, last_at)
    select k, 1, now(), now() from unnest(${all}::text[]) as k
    on conflict (key) do update set
      failures = case when f.last_at < now() - ${window} then 1 else f.failures + 1 end,
      first_at = case when f.last_at < now() - ${window} then now() else f.first_at end,
      last_at = now(),
      alerted_at = case
        when f.key like 'u:%' and f.last_at >= now() - ${window} and f.failures + 1 >= ${s.alertFailures}
          and (f.alerted_at is null or f.alerted_at < now() - ${window}) then now()
        else f.alerted_at end
    returning f.key, f.failures, coalesce(f.alerted_at = now(), false) as alert`.execute(db);
  const account = rows.find((r) => r.key === keys.account);
  return { accountFailures: account?.failures ?? 0, alert: account?.alert ?? false };
}

/** How many addresses failed on the account within the window (for the alert). */
export async function failingAddresses(db: Reader, username: string, s: LoginThrottleSettings) {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('key', 'like', throttleKey.pairsOf(username))
    .where('last_at', '>', new Date(Date.now() - s.windowMinutes * 60_000))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** After a success: the pair's failures are forgotten and the address is trusted for the account. */
export async function recordSuccess(db: Reader, keys: ThrottleKeys, staffId: string, address: string) {
  await sql`with forget as (delete from login_failures where key = ${keys.pair})
    insert into login_trusted_addresses (staff_id, address, last_login_at) values (${staffId}, ${address}, now())
    on conflict (staff_id, address) do update set last_login_at = excluded.last_login_at`.execute(db);
}
