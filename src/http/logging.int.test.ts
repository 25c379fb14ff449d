/**
 * No personal data in the server's log: the requests that carry phone numbers, ID numbers and one-time codes —
 * tracking, the hotline's screen-pop, notification preferences, intake at the desk and online, the one-time code
 * of an assisted declaration, login — run with logging at trace level into a buffer, and the log is searched for
 * anything shaped like a phone or ID number and for the exact values sent.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/app.js';
import { testClientAddress, useLogins } from '../../test/auth.js';
import { DEMO_PASSWORD } from '../services/demo-data/index.js';
import { birth, key } from './dossier/dossier-test-utils.js';

const lines: string[] = [];

const t = useTestApp({
  demo: true,
  env: { LOG_LEVEL: 'trace' },
  logStream: { write: (line) => void lines.push(line) },
});
const as = useLogins(t, ['tiepnhan.dongtien', 'tongdai.dongtien']);

const PHONE = '0912345678';
const ID_NUMBER = '038195012345';
const OTP_PHONE = '0912000222';

/**
 * Phone numbers (0…, 84…, +84…, grouped "091 234 5678") and 12-digit ID numbers standing alone (not inside a
 * request id's hexadecimal or a timestamp).
 */
const personalPatterns = [
  /(?<![\w.-])(?:\+?84|0)[1-9]\d{8}(?![\w-])/,
  /(?<![\w.-])\d{12}(?![\w-])/,
  /(?<![\w.-])0\d{2,3} \d{3} \d{3,4}(?![\w-])/,
  /%2B84\d{9}/i,
];

const inject = (method: string, url: string, who?: string, payload?: unknown) =>
  t.app.inject({
    method: method as 'GET',
    url,
    headers: { ...(who ? as[who]!.headers : {}), 'x-forwarded-for': testClientAddress() },
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });

describe('the log at trace level', () => {
  it('holds no phone number, ID number, one-time code or token after requests that carry them', async () => {
    // Login: wrong and right passwords (the username is not personal data, the password never logged).
    await inject('POST', '/api/auth/login', undefined, {
      username: 'tiepnhan.dongtien',
      password: 'Sai-0912345678',
    });
    await inject('POST', '/api/auth/login', undefined, {
      username: 'tiepnhan.dongtien',
      password: DEMO_PASSWORD,
    });

    // Intake at the desk with a phone and an ID number.
    const intake = await inject('POST', '/api/dossiers', 'tiepnhan.dongtien', {
      ...birth({ applicant: { name: 'Lê Thị Hoa', phone: '091 234 5678', idNumber: ID_NUMBER } }),
      idempotencyKey: key(),
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const code = intake.json<{ dossier: { code: string } }>().dossier.code;

    // Tracking: the full phone, its last four digits, a wrong phone, an unknown code.
    for (const phone of [PHONE, '5678', '+84912345678', '0987654321']) {
      const r = await inject('GET', `/api/track/${code}?phone=${encodeURIComponent(phone)}`);
      expect(r.statusCode).toBeLessThan(500);
    }
    await inject('GET', `/api/track/${ID_NUMBER}?phone=${PHONE}`);

    // The hotline's screen-pop, with the phone in its three written forms.
    for (const phone of [PHONE, '+84912345678', '091 234 5678']) {
      const r = await inject(
        'GET',
        `/api/hotline/screen-pop?phone=${encodeURIComponent(phone)}`,
        'tongdai.dongtien',
      );
      expect(r.statusCode, r.body).toBe(200);
    }

    // Notification preferences: read and recorded.
    const prefs = await inject('GET', `/api/notification-preferences?phone=${PHONE}`, 'tiepnhan.dongtien');
    expect(prefs.statusCode, prefs.body).toBeLessThan(500);
    const put = await inject('PUT', '/api/notification-preferences', 'tiepnhan.dongtien', {
      phone: '0912000040',
      channel: 'sms',
      smsOptOut: true,
    });
    expect(put.statusCode, put.body).toBe(200);

    // A one-time code for an assisted declaration: sent, then a wrong code and the right one.
    const sent = await inject('POST', '/api/dossiers/otp', 'tiepnhan.dongtien', { phone: OTP_PHONE });
    expect(sent.statusCode, sent.body).toBe(201);
    const { otpId } = sent.json<{ otpId: string }>();
    const message = await t.database.db
      .selectFrom('notifications')
      .select('body')
      .where('event', '=', 'one_time_code')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    const otp = /(\d{6})/.exec(message.body)![1]!;
    for (const c of [otp === '000000' ? '111111' : '000000', otp]) {
      await inject('POST', '/api/dossiers', 'tiepnhan.dongtien', {
        ...birth({ applicant: { name: 'Lê Thị Hoa', phone: OTP_PHONE, idNumber: ID_NUMBER } }),
        assisted: true,
        declaration: [{ key: 'childName', value: 'Lê Minh An' }],
        confirmation: { method: 'otp', otpId, code: c },
        idempotencyKey: key(),
      });
    }

    // Online submission, and invalid input carrying a phone (refusals are logged too).
    await inject('POST', '/api/dossiers/online', undefined, {
      ...birth(),
      notApplicable: undefined,
      unit: 'H56.10.01',
    });
    await inject('POST', '/api/dossiers', 'tiepnhan.dongtien', {
      applicant: { phone: PHONE, idNumber: ID_NUMBER },
    });
    await inject('GET', `/api/track/${code}%00?phone=${PHONE}`);
    await inject('GET', `/api/no-such-page/${PHONE}?phone=${PHONE}&idNumber=${ID_NUMBER}`);

    const log = lines.join('');
    // The requests were logged at all, with their paths and query names.
    expect(log).toContain(`/api/track/${code}?phone=`);
    expect(log).toContain('/api/hotline/screen-pop?phone=');
    expect(log).toContain('/api/notification-preferences?phone=');
    for (const pattern of personalPatterns) {
      const found = pattern.exec(log);
      expect(
        found ? log.slice(Math.max(0, found.index - 200), found.index + 40) : null,
        String(pattern),
      ).toBeNull();
    }
    for (const value of [PHONE, '912345678', ID_NUMBER, OTP_PHONE]) {
      expect(log.includes(value), value).toBe(false);
    }
    // The one-time code standing alone (six digits also occur inside timestamps and request ids).
    expect(new RegExp(`(?<![0-9a-f])${otp}(?![0-9a-f])`, 'i').test(log)).toBe(false);
    for (const who of Object.values(as)) {
      expect(log).not.toContain(who.headers['x-csrf-token']);
    }
  });
});
