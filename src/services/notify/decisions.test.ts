/**
 * The decisions notify() makes from what it read (plan.ts): the channel by the stored preference, and the hold of a
 * non-urgent SMS — quiet hours, the recipient's hourly limit, the unit's daily cap, the latest reason winning.
 */
import { describe, expect, it } from 'vitest';
import { checkAddresses, chooseFrom } from './choice.js';
import { holdFrom, RECIPIENT_SMS_PER_HOUR } from './holds.js';

const at = (iso: string) => Date.parse(iso);

describe('holdFrom', () => {
  const ten = at('2026-12-03T10:00:00+07:00');
  it('lets a message go when nothing holds it', () => {
    expect(holdFrom({ now: ten, notBefore: ten, lastHour: 0, unit: { today: 0, cap: 5 } })).toBeNull();
  });
  it('holds for quiet hours until 07:00, for the hourly limit an hour, for the cap until 07:00 tomorrow', () => {
    const late = at('2026-12-03T22:00:00+07:00');
    expect(holdFrom({ now: late, notBefore: late, lastHour: 0, unit: null })).toMatchObject({
      code: 'QUIET_HOURS',
      until: at('2026-12-04T07:00:00+07:00'),
    });
    expect(
      holdFrom({ now: ten, notBefore: ten, lastHour: RECIPIENT_SMS_PER_HOUR, unit: null }),
    ).toMatchObject({ code: 'RECIPIENT_RATE_LIMIT', until: ten + 3_600_000 });
    expect(
      holdFrom({ now: ten, notBefore: ten, lastHour: RECIPIENT_SMS_PER_HOUR - 1, unit: null }),
    ).toBeNull();
    expect(holdFrom({ now: ten, notBefore: ten, lastHour: 0, unit: { today: 2, cap: 2 } })).toMatchObject({
      code: 'UNIT_DAILY_CAP',
      until: at('2026-12-04T07:00:00+07:00'),
    });
    expect(holdFrom({ now: ten, notBefore: ten, lastHour: 0, unit: { today: 1, cap: 2 } })).toBeNull();
  });
  it('keeps the latest reason, and none that ends before the instant asked for', () => {
    expect(
      holdFrom({ now: ten, notBefore: ten, lastHour: RECIPIENT_SMS_PER_HOUR, unit: { today: 9, cap: 0 } }),
    ).toMatchObject({ code: 'UNIT_DAILY_CAP' });
    const later = ten + 2 * 3_600_000;
    expect(holdFrom({ now: ten, notBefore: later, lastHour: RECIPIENT_SMS_PER_HOUR, unit: null })).toBeNull();
  });
});

describe('chooseFrom', () => {
  const phone = { phone: '+84912000001', email: null };
  it('sends SMS by default, email or Zalo when chosen, nothing to a phone that opted out', () => {
    expect(chooseFrom(phone, false, null)).toEqual({ channel: 'sms', recipient: '+84912000001' });
    expect(
      chooseFrom(phone, false, { channel: 'email', email: 'lan@example.vn', sms_opt_out: false }),
    ).toEqual({ channel: 'email', recipient: 'lan@example.vn' });
    expect(chooseFrom(phone, false, { channel: 'zalo', email: null, sms_opt_out: false })).toEqual({
      channel: 'zalo',
      recipient: '+84912000001',
    });
    expect(chooseFrom(phone, false, { channel: 'sms', email: null, sms_opt_out: true })).toEqual({
      none: 'opted_out',
    });
    expect(
      chooseFrom({ phone: '+84912000001', email: 'a@example.vn' }, false, {
        channel: 'sms',
        email: null,
        sms_opt_out: true,
      }),
    ).toEqual({ channel: 'email', recipient: 'a@example.vn' });
    expect(chooseFrom({ phone: null, email: null }, false, null)).toEqual({ none: 'no_recipient' });
  });
  it('sends by the channel asked for now, ahead of the stored one, but no SMS to a phone that opted out', () => {
    const stored = { channel: 'email' as const, email: 'lan@example.vn', sms_opt_out: false };
    expect(chooseFrom(phone, false, stored, 'zalo')).toEqual({ channel: 'zalo', recipient: '+84912000001' });
    expect(chooseFrom(phone, false, stored, 'sms')).toEqual({ channel: 'sms', recipient: '+84912000001' });
    expect(chooseFrom(phone, false, { ...stored, sms_opt_out: true }, 'sms')).toEqual({
      channel: 'email',
      recipient: 'lan@example.vn',
    });
    expect(chooseFrom(phone, false, null, 'email')).toEqual({ channel: 'sms', recipient: '+84912000001' });
  });
  it('sends an urgent message by SMS whatever the preference, and refuses one without a phone', () => {
    expect(chooseFrom(phone, true, { channel: 'email', email: 'x@example.vn', sms_opt_out: true })).toEqual({
      channel: 'sms',
      recipient: '+84912000001',
    });
    expect(() => checkAddresses({ email: 'lan@example.vn' }, true)).toThrow(/số điện thoại/);
    expect(() => checkAddresses({ phone: '0123' }, false)).toThrow();
    expect(checkAddresses({ phone: '0912 000 001' }, false)).toEqual({ phone: '+84912000001', email: null });
  });
});
