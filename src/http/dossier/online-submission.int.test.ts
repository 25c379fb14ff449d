/**
 * Online submission cannot be flooded cheaply: it needs a one-time code sent to the applicant's phone (used once,
 * checked against that phone, wrong codes counted), codes are limited per phone (3 in 10 minutes, 5 a day) whatever
 * the client address, and both routes are limited per address.
 */
import { describe, expect, it } from 'vitest';
import { testClientAddress } from '../../../test/auth.js';
import { birth, useDossierApp, type Failure } from './dossier-test-utils.js';
import { onlineCode } from './online-test-utils.js';

const { ctx } = useDossierApp();

const submit = (payload: Record<string, unknown>, address = testClientAddress()) =>
  ctx.t.app.inject({
    method: 'POST',
    url: '/api/dossiers/online',
    headers: { 'x-forwarded-for': address },
    payload: { ...birth(), notApplicable: undefined, unit: 'H56.10.01', ...payload },
  });
const applicant = (phone: string) => ({ applicant: { name: 'Lê Thị Hoa', phone, idNumber: '038195012345' } });

describe('online submission with a one-time code', () => {
  it('needs the code sent to the applicant’s phone, used once', async () => {
    const none = await submit(applicant('0915000001'));
    expect(none.statusCode).toBe(400);
    const verification = await onlineCode(ctx.t, '0915 000 001');
    // The code of another phone does not prove this one.
    const other = await submit({ ...applicant('0915000002'), verification });
    expect(other.json<Failure>().error.code).toBe('OTP_NOT_FOUND');
    const wrong = await submit({
      ...applicant('0915000001'),
      verification: { ...verification, code: verification.code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Failure>().error).toMatchObject({
      code: 'OTP_WRONG',
      fields: [{ field: 'verification.code' }],
    });
    const ok = await submit({ ...applicant('0915000001'), verification });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ channel: 'online', statusKey: 'receiving' });
    const attempts = await ctx.t.database.db
      .selectFrom('one_time_codes')
      .select(['attempts', 'used_at', 'purpose'])
      .where('id', '=', verification.otpId)
      .executeTakeFirstOrThrow();
    expect(attempts).toMatchObject({ attempts: 1, purpose: 'online_submission' });
    expect(attempts.used_at).not.toBeNull();
    const again = await submit({ ...applicant('0915000001'), verification });
    expect(again.statusCode).toBe(409);
    expect(again.json<Failure>().error.code).toBe('OTP_USED');
    // A code for a declaration at the desk is not a code for online submission.
    const bad = await ctx.t.app.inject({
      method: 'POST',
      url: '/api/dossiers/online/otp',
      headers: { 'x-forwarded-for': testClientAddress() },
      payload: { phone: 'abc' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<Failure>().error.message).toMatch(/Số điện thoại/);
  });

  it('lets 15 submissions with one phone from rotating addresses put in at most 3', async () => {
    const phone = '0915000015';
    let accepted = 0;
    const refused: string[] = [];
    for (let i = 0; i < 15; i++) {
      const address = testClientAddress();
      const asked = await ctx.t.app.inject({
        method: 'POST',
        url: '/api/dossiers/online/otp',
        headers: { 'x-forwarded-for': address },
        payload: { phone },
      });
      if (asked.statusCode !== 201) {
        expect(asked.statusCode).toBe(429);
        refused.push(asked.json<Failure>().error.code);
        continue;
      }
      const { otpId } = asked.json<{ otpId: string }>();
      const sms = await ctx.t.database.db
        .selectFrom('notifications')
        .select('body')
        .where('dedupe_key', '=', `otp:${otpId}`)
        .executeTakeFirstOrThrow();
      const res = await submit(
        { ...applicant(phone), verification: { otpId, code: /\d{6}/.exec(sms.body)![0] } },
        address,
      );
      if (res.statusCode === 201) accepted += 1;
    }
    expect(accepted).toBe(3);
    expect(refused).toHaveLength(12);
    expect(new Set(refused)).toEqual(new Set(['OTP_TOO_MANY']));
  });

  it('limits one client address asking for codes, whatever the phones', async () => {
    const address = testClientAddress();
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await ctx.t.app.inject({
        method: 'POST',
        url: '/api/dossiers/online/otp',
        headers: { 'x-forwarded-for': address },
        payload: { phone: `09160000${String(i).padStart(2, '0')}` },
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});
