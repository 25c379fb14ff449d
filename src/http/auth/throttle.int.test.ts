/**
 * Failed-login throttling as a stranger meets it (issue 13): many addresses guessing one account never keep its
 * owner out, the unit administrator is alerted, and every failure looks and takes the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { testClientAddress } from '../../../test/auth.js';
import { DEMO_PASSWORD } from '../../services/demo-data/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const login = (username: string, password: string, ip: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': ip },
    payload: { username, password },
  });

describe('login throttling', () => {
  it('500 wrong passwords for admin.tinh from 50 addresses; the right one from another address logs in at once', async () => {
    const codes = new Map<number, number>();
    for (let a = 1; a <= 50; a++) {
      const ip = `203.0.113.${a}`;
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => login('admin.tinh', `doan-sai-${a}-${i}`, ip)),
      );
      for (const r of answers) {
        codes.set(r.statusCode, (codes.get(r.statusCode) ?? 0) + 1);
        expect(r.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
      }
    }
    expect(codes).toEqual(new Map([[401, 500]]));

    const started = Date.now();
    const res = await login('admin.tinh', DEMO_PASSWORD, '198.51.100.20');
    expect(res.statusCode).toBe(200);
    expect(res.headers['retry-after']).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);

    // The unit administrator was alerted once for the burst, naming how many addresses took part.
    const alerts = await t.database.db
      .selectFrom('security_alerts as a')
      .innerJoin('staff as s', 's.id', 'a.staff_id')
      .select(['a.kind', 'a.failures', 'a.addresses', 's.username'])
      .execute();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'login_burst', username: 'admin.tinh' });
    expect(alerts[0]!.addresses).toBeGreaterThan(1);
    // Nothing locked the account.
    const row = await t.database.db
      .selectFrom('staff')
      .select(['failed_logins', 'locked_until'])
      .where('username', '=', 'admin.tinh')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 0, locked_until: null });
  }, 600_000);

  it('the address the account logged in from before is not slowed by the account-wide counter', async () => {
    const office = testClientAddress();
    expect((await login('tiepnhan.dongtien', DEMO_PASSWORD, office)).statusCode).toBe(200);
    // Strangers fail on the account from 30 addresses, twice each.
    for (let a = 100; a < 130; a++) {
      for (let i = 0; i < 2; i++) await login('tiepnhan.dongtien', 'sai-mat-khau', `203.0.113.${a}`);
    }
    // The office mistypes once, then gets in; an unknown address that mistyped once is slowed by the account count.
    expect((await login('tiepnhan.dongtien', 'go-nham', office)).headers['retry-after']).toBeUndefined();
    expect((await login('tiepnhan.dongtien', DEMO_PASSWORD, office)).statusCode).toBe(200);
    const stranger = '203.0.113.200';
    await login('tiepnhan.dongtien', 'sai-mat-khau', stranger);
    expect((await login('tiepnhan.dongtien', DEMO_PASSWORD, stranger)).headers['retry-after']).toBeDefined();
  });

  it('answers a wrong password, an unknown user and a throttled address in the same shape and time', async () => {
    // Three throttled addresses in turn, so that none reaches the per-address request limit (429).
    const throttledIps = ['203.0.113.250', '203.0.113.251', '203.0.113.252'];
    for (const ip of throttledIps) for (let i = 0; i < 6; i++) await login('tiepnhan.dongkhe', 'sai', ip);
    const kinds = {
      wrong: () => login('chuyenvien.dongtien', 'sai-mat-khau', testClientAddress()),
      unknown: () => login('khong.ton.tai', 'sai-mat-khau', testClientAddress()),
      throttled: () => login('tiepnhan.dongkhe', 'sai-mat-khau', throttledIps[samples.throttled.length % 3]!),
    };
    const samples: Record<keyof typeof kinds, number[]> = { wrong: [], unknown: [], throttled: [] };
    const shapes = new Set<string>();
    // Interleaved, so that the machine's load changes all three alike; the first round warms up.
    for (let round = 0; round < 25; round++) {
      for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
        const started = process.hrtime.bigint();
        const res = await kinds[kind]();
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (round > 0) samples[kind].push(ms);
        const body = res.json<{ error: Record<string, unknown> }>();
        shapes.add(`${res.statusCode} ${String(body.error.code)} ${'message' in body.error}`);
      }
    }
    expect(shapes).toEqual(new Set(['401 INVALID_CREDENTIALS true']));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const mad = (xs: number[]) => median(xs.map((x) => Math.abs(x - median(xs))));
    const medians = Object.values(samples).map(median);
    const noise = Math.max(...Object.values(samples).map(mad));
    const spread = Math.max(...medians) - Math.min(...medians);
    // The difference between outcomes is within the noise of one outcome (and far below one verification's time).
    expect(spread, JSON.stringify({ medians, noise })).toBeLessThan(
      Math.max(3 * noise, 0.25 * Math.min(...medians)),
    );
  }, 300_000);
});
