/** Online submission in tests: a one-time code asked for a phone, read back from the SMS queued to it. */
import { expect } from 'vitest';
import { testClientAddress } from '../../../test/auth.js';
import type { TestApp } from '../../../test/app.js';
import { birth } from './dossier-test-utils.js';

/** Asks for a code (from `address`, default a fresh one) and reads it from its SMS in the outbox. */
export async function onlineCode(
  t: TestApp,
  phone: string,
  address = testClientAddress(),
): Promise<{ otpId: string; code: string }> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers/online/otp',
    headers: { 'x-forwarded-for': address },
    payload: { phone },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { otpId } = res.json<{ otpId: string }>();
  const sms = await t.database.db
    .selectFrom('notifications')
    .select('body')
    .where('dedupe_key', '=', `otp:${otpId}`)
    .executeTakeFirstOrThrow();
  return { otpId, code: /\d{6}/.exec(sms.body)![0] };
}

/** Submits a complete birth registration online to the unit (default Đông Tiến) for the phone; its code. */
export async function submitOnline(
  t: TestApp,
  phone: string,
  opts: { unit?: string; name?: string } = {},
): Promise<string> {
  const verification = await onlineCode(t, phone);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/dossiers/online',
    headers: { 'x-forwarded-for': testClientAddress() },
    payload: {
      ...birth(),
      notApplicable: undefined,
      unit: opts.unit ?? 'H56.10.01',
      applicant: { name: opts.name ?? 'Lê Thị Hoa', phone, idNumber: '038195012345' },
      verification,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ code: string }>().code;
}
