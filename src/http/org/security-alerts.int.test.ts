/**
 * The unit administrator is alerted to a burst of failed logins on an account of their unit (issue 13): the alert
 * written by the login throttle is listed at GET /api/admin/security-alerts for whoever manages the account's unit,
 * and for nobody else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs } from '../../../test/auth.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const alertsFor = async (username?: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/admin/security-alerts',
    ...(username ? await loginAs(t.app, username) : {}),
  });

describe('security alerts', () => {
  it('a burst of failed logins on a Đông Tiến account is shown to its administrators only', async () => {
    expect((await alertsFor('admin.dongtien')).json()).toEqual({ items: [] });
    // One wrong password from each of 24 addresses (an address with no failures is never held back, so each counts).
    for (let a = 1; a <= 24; a++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': `203.0.113.${a}` },
        payload: { username: 'tiepnhan.dongtien', password: `sai-${a}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const unitAdmin = await alertsFor('admin.dongtien');
    expect(unitAdmin.statusCode, unitAdmin.body).toBe(200);
    const items = unitAdmin.json<{ items: Record<string, unknown>[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'login_burst', username: 'tiepnhan.dongtien' });
    expect(items[0]!.failures as number).toBeGreaterThanOrEqual(20);
    expect(items[0]!.addresses as number).toBeGreaterThan(1);
    expect((await alertsFor('admin.tinh')).json<{ items: unknown[] }>().items).toHaveLength(1);
    // Another commune's administrator and the desk staff do not see it.
    expect((await alertsFor('admin.dongkhe')).json()).toEqual({ items: [] });
    expect((await alertsFor('tiepnhan.dongtien')).json()).toEqual({ items: [] });
    expect((await alertsFor()).statusCode).toBe(401);
  }, 120_000);
});
