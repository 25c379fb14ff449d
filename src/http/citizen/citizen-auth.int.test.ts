/**
 * The citizen's sign-in by a one-time code: the happy path, wrong codes and the 5 tries, expiry, the limits per
 * number and per address, logout, sessions apart from the staff's, CSRF, bad input, and what reaches the log.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { testClientAddress, useLogins } from '../../../test/auth.js';
import { inTransaction } from '../../db/transaction.js';
import { requestLoginCode, verifyLoginCode } from '../../services/citizen/login.js';
import { DEMO_TRACKING_PHONE } from '../../services/demo-data/dossiers-data.js';
import { askCode, getAs, latestCode, signInCitizen, verify } from './citizen-test-utils.js';

const t = useTestApp();
const staff = useLogins(t, ['tiepnhan.dongtien']);

/** A fresh valid mobile number per call, never a demo applicant's. */
let n = 0;
const freshPhone = () => `0399${String(100000 + ++n).slice(-6)}`;

const errorOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string; message: string } }>().error;

describe('citizen sign-in', () => {
  it('sends a code, signs in with it, knows the person, signs out', async () => {
    const asked = await askCode(t, DEMO_TRACKING_PHONE);
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json()).toMatchObject({ phoneMasked: '09xxxxx678', resendAfterSeconds: 60 });
    const code = await latestCode(t, DEMO_TRACKING_PHONE);
    const res = await verify(t, DEMO_TRACKING_PHONE, code);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      phone: '0912345678',
      fullName: 'Nguyễn Thị Thanh Mai',
      idNumber: '038••••••101',
      verifiedBy: ['phone'],
    });
    const session = res.cookies.find((c) => c.name === 'motcua_citizen')!;
    expect(session).toMatchObject({ httpOnly: true, path: '/api/citizen', sameSite: 'Strict' });
    const csrf = res.cookies.find((c) => c.name === 'motcua_citizen_csrf')!;
    const headers = { cookie: `motcua_citizen=${session.value}`, 'x-citizen-csrf': csrf.value };
    expect((await getAs(t, '/api/citizen/me', headers)).json()).toMatchObject({ phone: '0912345678' });
    // The code is used once.
    expect(errorOf(await verify(t, DEMO_TRACKING_PHONE, code)).code).toBe('OTP_NOT_FOUND');

    const out = await t.app.inject({ method: 'POST', url: '/api/citizen/auth/logout', headers });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.cookies.find((c) => c.name === 'motcua_citizen')?.value).toBe('');
    expect((await getAs(t, '/api/citizen/me', headers)).statusCode).toBe(401);
  });

  it('audits the sign-in and the read of the person', async () => {
    const phone = DEMO_TRACKING_PHONE;
    const headers = await signInCitizen(t, phone);
    expect((await getAs(t, '/api/citizen/me', headers)).statusCode).toBe(200);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'purpose', 'subject_phone', 'subject_person_id', 'actor_name'])
      .where('action', 'in', ['citizen.login', 'citizen.me.read'])
      .where('subject_phone', '=', '0912345678')
      .execute();
    expect(rows.some((r) => r.action === 'citizen.login')).toBe(true);
    const read = rows.find((r) => r.action === 'citizen.me.read')!;
    expect(read).toMatchObject({ purpose: 'citizen_self_service', actor_name: 'Công dân 09xxxxx678' });
    expect(read.subject_person_id).toBeTruthy();
  });

  it('says a wrong code clearly, and after 5 wrong tries the code is dead', async () => {
    const phone = freshPhone();
    expect((await askCode(t, phone)).statusCode).toBe(202);
    const code = await latestCode(t, phone);
    const wrongCode = code === '000000' ? '111111' : '000000';
    const first = await verify(t, phone, wrongCode);
    expect(first.statusCode).toBe(400);
    expect(errorOf(first)).toEqual(
      expect.objectContaining({ code: 'OTP_WRONG', message: 'Mã xác nhận không đúng. Bạn còn 4 lần thử.' }),
    );
    for (let i = 0; i < 4; i++) expect((await verify(t, phone, wrongCode)).statusCode).toBe(400);
    const dead = await verify(t, phone, code);
    expect(dead.statusCode).toBe(409);
    expect(errorOf(dead).code).toBe('OTP_LOCKED');
    expect(errorOf(dead).message).toMatch(/Gửi lại mã/);
    // A new code works.
    expect((await askCode(t, phone)).statusCode).toBe(202);
    expect((await verify(t, phone, await latestCode(t, phone))).statusCode).toBe(200);
  });

  it('refuses a code past its 5 minutes (clock injected)', async () => {
    const phone = freshPhone();
    const t0 = Date.now();
    const meta = { ip: '198.51.100.7', userAgent: null, requestId: 'test' };
    await inTransaction(t.database.db, (trx) => requestLoginCode(trx, phone, { ...meta, now: t0 }));
    const code = await latestCode(t, phone);
    await expect(
      verifyLoginCode(t.database.db, { phone, code }, { ...meta, now: t0 + 5 * 60_000 + 1 }),
    ).rejects.toMatchObject({ code: 'OTP_EXPIRED', kind: 'conflict' });
    const session = await verifyLoginCode(t.database.db, { phone, code }, { ...meta, now: t0 + 4 * 60_000 });
    expect(session.phone).toBe('+84' + phone.slice(1));
  });

  it('sends at most 3 codes to one number in 10 minutes, from any address', async () => {
    const phone = freshPhone();
    for (let i = 0; i < 3; i++) expect((await askCode(t, phone)).statusCode).toBe(202);
    const fourth = await askCode(t, phone);
    expect(fourth.statusCode).toBe(429);
    expect(errorOf(fourth).code).toBe('OTP_TOO_MANY');
    expect(errorOf(fourth).message).toMatch(/10 phút/);
  });

  it('sends at most 3 codes to one number even when asked 8 times at once', async () => {
    const phone = freshPhone();
    const answers = await Promise.all(Array.from({ length: 8 }, () => askCode(t, phone)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 202, 202, 429, 429, 429, 429, 429]);
  });

  it('sends at most 20 codes an hour asked from one address, whatever the numbers', async () => {
    const address = testClientAddress();
    for (let i = 0; i < 20; i++) expect((await askCode(t, freshPhone(), address)).statusCode).toBe(202);
    const over = await askCode(t, freshPhone(), address);
    expect(over.statusCode).toBe(429);
    expect(errorOf(over).message).toMatch(/quá nhiều mã/);
    // Another address is not held back.
    expect((await askCode(t, freshPhone())).statusCode).toBe(202);
  });
});

describe('citizen sessions are apart from staff sessions', () => {
  it('answers 401 without a session', async () => {
    expect((await getAs(t, '/api/citizen/me', {})).statusCode).toBe(401);
    const res = await getAs(t, '/api/citizen/dossiers', {});
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe('UNAUTHENTICATED');
  });

  it('does not take a staff cookie for a citizen session', async () => {
    const headers = staff['tiepnhan.dongtien']!.headers;
    expect((await getAs(t, '/api/citizen/me', headers)).statusCode).toBe(401);
    expect((await getAs(t, '/api/citizen/dossiers', headers)).statusCode).toBe(401);
  });

  it('opens no staff route with a citizen cookie', async () => {
    const headers = await signInCitizen(t, freshPhone());
    expect((await getAs(t, '/api/auth/me', headers)).statusCode).toBe(401);
    expect((await getAs(t, '/api/dossiers', headers)).statusCode).toBe(401);
  });

  it('refuses a write with the session but without its CSRF token', async () => {
    const { cookie } = await signInCitizen(t, freshPhone());
    const res = await t.app.inject({ method: 'POST', url: '/api/citizen/auth/logout', headers: { cookie } });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('CSRF_INVALID');
    expect((await getAs(t, '/api/citizen/me', { cookie })).statusCode).toBe(200);
  });
});

describe('bad input', () => {
  it.each([
    ['no phone', {}],
    ['an odd phone', { phone: 'abc' }],
    ['a landline', { phone: '0237 385 2222' }],
    ['a number for a phone', { phone: 912345678 }],
    ['a huge phone', { phone: '0'.repeat(100_000) }],
    ['another field', { phone: '0912345678', extra: 1 }],
  ])('a code for %s → 400 JSON', async (_name, payload) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/auth/otp',
      headers: { 'x-forwarded-for': testClientAddress() },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBeTruthy();
  });

  it.each([['12a456'], ['12345'], ['1234567'], ['']])('a code %j → 400 JSON', async (code) => {
    const res = await verify(t, '0912345678', code);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBeTruthy();
  });

  it('a body over the limit → 413 JSON, a broken one → 400 JSON', async () => {
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/auth/verify',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ phone: '0'.repeat(3 * 1024 * 1024), code: '123456' }),
    });
    expect(huge.statusCode).toBe(413);
    expect(errorOf(huge).code).toBeTruthy();
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/citizen/auth/verify',
      headers: { 'content-type': 'application/json' },
      payload: '{"phone":',
    });
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken).code).toBeTruthy();
  });

  it('a code for a number with no code → 400, never 5xx', async () => {
    const res = await verify(t, freshPhone(), '123456');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('OTP_NOT_FOUND');
  });
});
