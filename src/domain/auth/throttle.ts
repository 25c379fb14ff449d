/**
 * Failed-login throttling without lock-outs (OWASP ASVS 2.2.1): the rule, pure.
 *
 * Failures are counted within a window per client address, per (account, address) and per account. Past a free
 * number, each further attempt waits a doubling delay after the last failure, capped. What a stranger's failures can
 * do to someone else is bounded by construction:
 * - the address and pair counters only ever hold back the address that failed;
 * - the account-wide counter holds back only addresses that have themselves failed on that account, and never an
 *   address the account logged in from successfully before (its own office);
 * so an address with no failures is never held back, whatever happened elsewhere (a property test says so).
 */

/** The failure counters' keys (table login_failures): per address, per (account, address) and per account. */
export const throttleKey = {
  address: (address: string) => `a:${address}`,
  pair: (username: string, address: string) => `p:${username}|${address}`,
  account: (username: string) => `u:${username}`,
  /** A LIKE pattern for all the account's (account, address) keys. */
  pairsOf: (username: string) => `p:${username.replace(/[\\%_]/g, '\\$&')}|%`,
};

export interface LoginThrottleSettings {
  /** Failures of one account from one address before delays start. */
  pairFree: number;
  /** Failures from one address, any accounts, before delays start (a guesser trying many usernames). */
  addressFree: number;
  /** Failures on one account from untrusted addresses before those addresses are slowed. */
  accountFree: number;
  /** The longest delay. */
  maxDelaySeconds: number;
  /** Counters start again after this long without a failure. */
  windowMinutes: number;
  /** Failures on one account within the window that alert the unit administrator (once per window). */
  alertFailures: number;
  /** How long a successful login makes an address trusted for that account. */
  trustDays: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleSettings = {
  pairFree: 5,
  addressFree: 20,
  accountFree: 10,
  maxDelaySeconds: 15 * 60,
  windowMinutes: 60,
  alertFailures: 20,
  trustDays: 90,
};

/** A counter's state: failures within the window and when the last one happened (ms since the epoch). */
export interface FailureCount {
  failures: number;
  lastAt: number;
}

export interface ThrottleState {
  /** This address, any account. */
  address: FailureCount | undefined;
  /** This account from this address. */
  pair: FailureCount | undefined;
  /** This account from any address. */
  account: FailureCount | undefined;
  /** This account logged in successfully from this address within trustDays. */
  trusted: boolean;
}

/** The delay after `failures` failures where `free` are free: 0, then 1 s, 2 s, 4 s… capped. */
export function delaySeconds(failures: number, free: number, maxSeconds: number): number {
  if (failures < free) return 0;
  const exponent = Math.min(failures - free, 30);
  return Math.min(2 ** exponent, maxSeconds);
}

function live(
  count: FailureCount | undefined,
  s: LoginThrottleSettings,
  now: number,
): FailureCount | undefined {
  return count && now - count.lastAt < s.windowMinutes * 60_000 ? count : undefined;
}

function waitOf(
  count: FailureCount | undefined,
  free: number,
  s: LoginThrottleSettings,
  now: number,
): number {
  if (!count) return 0;
  const until = count.lastAt + delaySeconds(count.failures, free, s.maxDelaySeconds) * 1000;
  return Math.max(0, until - now);
}

/**
 * How many milliseconds this address must still wait before its attempt on this account is verified; 0: verify now.
 */
export function throttleWait(state: ThrottleState, s: LoginThrottleSettings, now: number): number {
  const pair = live(state.pair, s, now);
  const address = live(state.address, s, now);
  const account = live(state.account, s, now);
  const waits = [waitOf(pair, s.pairFree, s, now)];
  if (!state.trusted) {
    waits.push(waitOf(address, s.addressFree, s, now));
    // The account-wide counter slows only addresses that have failed on this account themselves.
    if (pair && pair.failures > 0) waits.push(waitOf(account, s.accountFree, s, now));
  }
  return Math.max(...waits);
}

/** A counter after one more failure at `now` (a stale counter starts again); the store does the same in SQL. */
export function afterFailure(
  count: FailureCount | undefined,
  s: LoginThrottleSettings,
  now: number,
): FailureCount {
  const current = live(count, s, now);
  return { failures: (current?.failures ?? 0) + 1, lastAt: now };
}
