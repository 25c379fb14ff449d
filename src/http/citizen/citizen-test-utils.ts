/** The citizen's sign-in in tests: a code asked for a phone, read back from the SMS queued to it, and verified. */
import { sql } from 'kysely';
import { expect } from 'vitest';
import { normalisePhone } from '../../domain/contact/contact.js';
import { testClientAddress } from '../../../test/auth.js';
import type { TestApp } from '../../../test/app.js';

export type CitizenHeaders = Record<string, string> & { cookie: string; 'x-citizen-csrf': string };

/** Asks for a sign-in code from `address` (default a fresh one); the raw answer. */
export function askCode(t: TestApp, phone: unknown, address = testClientAddress()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/citizen/auth/otp',
    headers: { 'x-forwarded-for': address },
    payload: { phone },
  });
}

/** The latest sign-in code sent to the phone, read from its SMS in the outbox. */
export async function latestCode(t: TestApp, phone: string): Promise<string> {
  const sms = await t.database.db
    .selectFrom('one_time_codes as c')
    .innerJoin('notifications as n', (join) => join.on('n.dedupe_key', '=', sql<string>`'otp:' || c.id`))
    .select('n.body')
    .where('c.phone', '=', normalisePhone(phone)!)
    .where('c.purpose', '=', 'citizen_login')
    .orderBy('c.created_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  // The SMS says what the code is for (a sign-in code must not read as a declaration's).
  expect(sms.body).toMatch(/^Ma xac nhan dang nhap cua ong\/ba la \d{6}\./);
  return /\d{6}/.exec(sms.body)![0];
}

export function verify(t: TestApp, phone: string, code: string, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/citizen/auth/verify',
    headers: { 'x-forwarded-for': testClientAddress(), ...headers },
    payload: { phone, code },
  });
}

/** Signs the phone in; the headers of its session (cookie and CSRF token). */
export async function signInCitizen(t: TestApp, phone: string): Promise<CitizenHeaders> {
  const asked = await askCode(t, phone);
  expect(asked.statusCode, asked.body).toBe(202);
  const res = await verify(t, phone, await latestCode(t, phone));
  expect(res.statusCode, res.body).toBe(200);
  const jar = new Map(res.cookies.map((c) => [c.name, c.value]));
  const token = jar.get('motcua_citizen');
  const csrf = jar.get('motcua_citizen_csrf');
  expect(token && csrf).toBeTruthy();
  return { cookie: `motcua_citizen=${token}; motcua_citizen_csrf=${csrf}`, 'x-citizen-csrf': csrf! };
}

export function getAs(t: TestApp, url: string, headers: Record<string, string>) {
  return t.app.inject({ method: 'GET', url, headers });
}
