import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  DEFAULT_LOGIN_THROTTLE as s,
  delaySeconds,
  throttleWait,
  type FailureCount,
  type ThrottleState,
} from './throttle.js';

/** The store, modelled: counters per address, per (account, address) and per account. */
class Model {
  address = new Map<string, FailureCount>();
  pair = new Map<string, FailureCount>();
  account = new Map<string, FailureCount>();
  trusted = new Set<string>();

  state(account: string, address: string): ThrottleState {
    return {
      address: this.address.get(address),
      pair: this.pair.get(`${account}|${address}`),
      account: this.account.get(account),
      trusted: this.trusted.has(`${account}|${address}`),
    };
  }

  /** One wrong password; a throttled attempt is not verified and not counted, as the service does. */
  fail(account: string, address: string, now: number): void {
    if (throttleWait(this.state(account, address), s, now) > 0) return;
    const bump = <K>(m: Map<K, FailureCount>, k: K) => m.set(k, afterFailure(m.get(k), s, now));
    bump(this.address, address);
    bump(this.pair, `${account}|${address}`);
    bump(this.account, account);
  }
}

describe('delaySeconds', () => {
  it('is free up to the limit, then doubles up to the cap', () => {
    expect([4, 5, 6, 7, 8].map((n) => delaySeconds(n, 5, 900))).toEqual([0, 1, 2, 4, 8]);
    expect(delaySeconds(50, 5, 900)).toBe(900);
    expect(delaySeconds(5000, 5, 900)).toBe(900);
  });
});

describe('throttleWait', () => {
  it('holds back an address guessing one account, growing with each failure', () => {
    const m = new Model();
    let now = 1_000_000;
    for (let i = 0; i < s.pairFree; i++) m.fail('admin.tinh', '203.0.113.1', now++);
    const first = throttleWait(m.state('admin.tinh', '203.0.113.1'), s, now);
    expect(first).toBeGreaterThan(0);
    now += first;
    m.fail('admin.tinh', '203.0.113.1', now);
    expect(throttleWait(m.state('admin.tinh', '203.0.113.1'), s, now)).toBeGreaterThan(first);
  });

  it('holds back an address guessing many accounts', () => {
    const m = new Model();
    for (let i = 0; i < s.addressFree; i++) m.fail(`user${i}`, '203.0.113.2', 1000 + i);
    expect(throttleWait(m.state('someone.else', '203.0.113.2'), s, 2000)).toBeGreaterThan(0);
  });

  it('slows every failing address once the account has many failures, but not a trusted one', () => {
    const m = new Model();
    for (let i = 0; i < s.accountFree; i++) m.fail('admin.tinh', `203.0.113.${10 + i}`, 1000 + i);
    m.fail('admin.tinh', '198.51.100.7', 2000);
    expect(throttleWait(m.state('admin.tinh', '198.51.100.7'), s, 2001)).toBeGreaterThan(0);
    m.trusted.add('admin.tinh|198.51.100.7');
    expect(throttleWait(m.state('admin.tinh', '198.51.100.7'), s, 2001)).toBe(0);
  });

  it('forgets failures after the window', () => {
    const m = new Model();
    for (let i = 0; i < 40; i++) m.fail('admin.tinh', '203.0.113.3', 1000 + i * 1000 * 3600);
    const later = 1000 + 40 * 3600_000 + s.windowMinutes * 60_000;
    expect(throttleWait(m.state('admin.tinh', '203.0.113.3'), s, later)).toBe(0);
  });

  it('never holds back an address with no failures, whatever other addresses did', () => {
    const account = fc.constantFrom('admin.tinh', 'tiepnhan.dongtien', 'nobody');
    const address = fc.integer({ min: 1, max: 60 }).map((n) => `203.0.113.${n}`);
    fc.assert(
      fc.property(
        fc.array(fc.record({ account, address, gap: fc.integer({ min: 0, max: 120_000 }) }), {
          maxLength: 400,
        }),
        account,
        fc.boolean(),
        (failures, target, trusted) => {
          const m = new Model();
          let now = 1_000_000;
          for (const f of failures) {
            now += f.gap;
            m.fail(f.account, f.address, now);
          }
          // 198.51.100.1 never failed: it is let through at once, trusted (its office) or not.
          if (trusted) m.trusted.add(`${target}|198.51.100.1`);
          expect(throttleWait(m.state(target, '198.51.100.1'), s, now)).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
