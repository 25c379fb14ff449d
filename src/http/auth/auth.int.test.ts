import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, testClientAddress } from '../../../test/auth.js';
import { DEMO_PASSWORD } from '../../services/demo-data/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const login = (username: string, password: string, ip = testClientAddress()) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': ip },
    payload: { username, password },
  });

const staffRow = (username: string) =>
  t.database.db.selectFrom('staff').selectAll().where('username', '=', username).executeTakeFirstOrThrow();

describe('login', () => {
  it('answers the user and sets a session cookie whose token is stored only as a hash', async () => {
    const res = await login('admin.dongtien', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const { user } = res.json<{ user: Record<string, unknown> }>();
    expect(user).toMatchObject({
      username: 'admin.dongtien',
      unit: { name: 'xã Đông Tiến', agencyId: 'H56.10.01', isSample: true },
      roles: [{ role: 'unit_admin', label: 'Quản trị đơn vị', unitName: 'xã Đông Tiến' }],
    });
    expect(user.permissions).toEqual(expect.arrayContaining(['staff.manage', 'unit.manage']));
    expect(user.permissions).not.toContain('field.manage');

    const session = res.cookies.find((c) => c.name === 'motcua_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
    expect(session.secure).toBeFalsy();
    expect(session.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const csrf = res.cookies.find((c) => c.name === 'motcua_csrf')!;
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf).toMatchObject({ sameSite: 'Lax', path: '/' });

    const rows = await t.database.db.selectFrom('sessions').selectAll().execute();
    const hashed = createHash('sha256').update(session.value).digest('hex');
    expect(rows.some((r) => r.id === hashed)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(session.value);
  });

  it('stores passwords as argon2id hashes', async () => {
    expect((await staffRow('admin.tinh')).password_hash).toMatch(/^\$argon2id\$/);
  });

  it('accepts the username in any case', async () => {
    expect((await login('Admin.DongTien', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('gives one answer for an unknown user and a wrong password', async () => {
    const wrong = await login('tiepnhan.dongtien', 'not-the-password');
    const unknown = await login('nobody.here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
    expect(wrong.cookies.find((c) => c.name === 'motcua_session')).toBeUndefined();
  });

  it('answers 400 naming the missing field, never 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ field: 'password' }] },
    });
    const garbage = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(garbage.statusCode).toBe(400);
  });

  it('never locks the account: the address that guessed waits, with the same status and code as a wrong password', async () => {
    const name = 'lanhdao.dongtien';
    const guesser = '203.0.113.77';
    for (let i = 1; i <= 5; i++)
      expect((await login(name, 'wrong-password-' + i, guesser)).statusCode).toBe(401);
    const throttled = await login(name, 'wrong-password-6', guesser);
    expect(throttled.statusCode).toBe(401);
    const body = throttled.json<{ error: { code: string; message: string; retryAfterSeconds: number } }>();
    expect(body.error.code).toBe('INVALID_CREDENTIALS');
    expect(body.error.message).toMatch(/Vui lòng chờ \d+ giây rồi thử lại/);
    expect(Number(throttled.headers['retry-after'])).toBe(body.error.retryAfterSeconds);
    // Even the right password is not checked from that address while it waits.
    const right = await login(name, DEMO_PASSWORD, guesser);
    expect(right.statusCode).toBe(401);
    expect(right.headers['retry-after']).toBeDefined();
    // The person, from their own office, logs in at once; nothing was locked.
    expect((await login(name, DEMO_PASSWORD)).statusCode).toBe(200);
    expect(await staffRow(name)).toMatchObject({ failed_logins: 0, locked_until: null });

    // Time passes: the guesser's delay runs out.
    await t.database.db
      .updateTable('login_failures')
      .set({ last_at: new Date(Date.now() - 60_000) })
      .where('key', 'like', `%${guesser}`)
      .execute();
    expect((await login(name, DEMO_PASSWORD, guesser)).statusCode).toBe(200);
  });

  it("forgets an address's failures on an account when it logs in (failures must be consecutive)", async () => {
    const name = 'tongdai.dongtien';
    const office = '203.0.113.78';
    for (let i = 0; i < 4; i++) await login(name, 'wrong-password', office);
    expect((await login(name, DEMO_PASSWORD, office)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) {
      const res = await login(name, 'wrong-password', office);
      expect(res.statusCode).toBe(401);
      expect(res.headers['retry-after']).toBeUndefined();
    }
  });

  it('limits login attempts per client address', async () => {
    const ip = '203.0.113.9';
    const codes: number[] = [];
    for (let i = 0; i < 31; i++) codes.push((await login('nobody', 'x', ip)).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes[30]).toBe(429);
    expect((await login('nobody', 'x', ip)).json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});

describe('me and logout', () => {
  it('answers 401 without a session and the user with one', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const as = await loginAs(t.app, 'chuyenvien.vpdk');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      fullName: 'Mai Văn Đức',
      unit: { type: 'sector_agency', agencyId: '000.00.21.H56' },
      roles: [{ role: 'specialist', label: 'Chuyên viên xử lý' }],
      permissions: ['org.read'],
    });
  });

  it('ends the session on logout and clears the cookies', async () => {
    const as = await loginAs(t.app, 'tiepnhan.dongtien');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', ...as });
    expect(out.statusCode).toBe(200);
    const cleared = out.cookies.filter((c) => c.value === '' || (c.maxAge ?? 1) <= 0);
    expect(cleared.map((c) => c.name).sort()).toEqual(['motcua_csrf', 'motcua_session']);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as });
    expect(me.statusCode).toBe(401);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'auth.logout')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('refuses an expired session and slides a live one', async () => {
    const as = await loginAs(t.app, 'chuyenvien.thue');
    const token = /motcua_session=([^;]+)/.exec(as.headers.cookie)![1]!;
    const id = createHash('sha256').update(token).digest('hex');
    const soon = new Date(Date.now() + 60_000);
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: soon, last_seen_at: new Date(Date.now() - 5 * 60_000) })
      .where('id', '=', id)
      .execute();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as });
    expect(me.statusCode).toBe(200);
    expect(me.cookies.find((c) => c.name === 'motcua_session')?.maxAge).toBe(12 * 3600);
    const row = await t.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.expires_at.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);

    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    const expired = await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as });
    expect(expired.statusCode).toBe(401);
    expect(expired.cookies.find((c) => c.name === 'motcua_session')?.value).toBe('');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token or with a wrong one', async () => {
    const as = await loginAs(t.app, 'admin.dongtien');
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: as.headers.cookie },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/admin/fields/HT',
      headers: { cookie: as.headers.cookie, 'x-csrf-token': as.headers['x-csrf-token'].slice(0, -2) + 'xx' },
      payload: { name: 'Hộ tịch' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'CSRF_INVALID' } });
    // Another session's token does not fit this session.
    const other = await loginAs(t.app, 'admin.dongkhe');
    const crossed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: as.headers.cookie, 'x-csrf-token': other.headers['x-csrf-token'] },
    });
    expect(crossed.statusCode).toBe(403);
    // Reads need no token; the session is still alive.
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: as.headers.cookie },
    });
    expect(me.statusCode).toBe(200);
  });
});

describe('own password', () => {
  it('changes the password with the current one, ending the other sessions', async () => {
    const as = await loginAs(t.app, 'chuyenvien.dongkhe');
    const other = await loginAs(t.app, 'chuyenvien.dongkhe');
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        ...as,
        payload: { currentPassword, newPassword },
      });

    const wrong = await change('nope-nope-nope', 'Mot-mat-khau-moi-2026');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      error: { code: 'WRONG_PASSWORD', fields: [{ field: 'currentPassword' }] },
    });
    const short = await change(DEMO_PASSWORD, 'ngan');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      error: { code: 'WEAK_PASSWORD', fields: [{ field: 'newPassword' }] },
    });

    expect((await change(DEMO_PASSWORD, 'Mot-mat-khau-moi-2026')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...as })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...other })).statusCode).toBe(401);
    expect((await login('chuyenvien.dongkhe', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('chuyenvien.dongkhe', 'Mot-mat-khau-moi-2026')).statusCode).toBe(200);
  });
});

describe('production cookies', () => {
  it('marks the cookies Secure in production', async () => {
    const prod = await openTestApp({
      demo: true,
      env: {
        NODE_ENV: 'production',
        SESSION_SECRET: randomBytes(32).toString('hex'),
        HOTLINE_SECRET: randomBytes(32).toString('hex'),
      },
    });
    try {
      const res = await prod.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin.tinh', password: DEMO_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      for (const name of ['motcua_session', 'motcua_csrf']) {
        expect(res.cookies.find((c) => c.name === name)?.secure).toBe(true);
      }
    } finally {
      await prod.close();
    }
  });
});
