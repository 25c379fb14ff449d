/**
 * The decisions notify() makes from what it read (plan.ts): the channel by the stored preference, and the hold of a
 * non-urgent SMS — quiet hours, the recipient's hourly limit, the unit's daily cap, the latest reason winning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventClasses, notifyEvents } from '../../domain/notify/templates.js';
import { checkAddresses, chooseFrom } from './choice.js';
import { holdFrom, RECIPIENT_SMS_PER_HOUR, type HoldFacts } from './holds.js';

const at = (iso: string) => Date.parse(iso);

/** 10:00 on a working day, outside quiet hours. */
const ten = at('2026-12-03T10:00:00+07:00');
/** The hold of a reminder to be sent at 10:00 with no history, but for the facts given. */
const reminderHold = (facts: Partial<HoldFacts> = {}) =>
  holdFrom({ eventClass: 'reminder', now: ten, notBefore: ten, lastHour: 0, unit: null, ...facts });

describe('holdFrom', () => {
  it('lets a message go when nothing holds it', () => {
    expect(reminderHold({ unit: { today: 0, cap: 5 } })).toBeNull();
  });
  it('holds for quiet hours until 07:00, for the hourly limit an hour, for the cap until 07:00 tomorrow', () => {
    const late = at('2026-12-03T22:00:00+07:00');
    expect(reminderHold({ now: late, notBefore: late })).toMatchObject({
      code: 'QUIET_HOURS',
      until: at('2026-12-04T07:00:00+07:00'),
    });
    expect(reminderHold({ lastHour: RECIPIENT_SMS_PER_HOUR })).toMatchObject({
      code: 'RECIPIENT_RATE_LIMIT',
      until: ten + 3_600_000,
    });
    expect(reminderHold({ lastHour: RECIPIENT_SMS_PER_HOUR - 1 })).toBeNull();
    expect(reminderHold({ unit: { today: 2, cap: 2 } })).toMatchObject({
      code: 'UNIT_DAILY_CAP',
      until: at('2026-12-04T07:00:00+07:00'),
    });
    expect(reminderHold({ unit: { today: 1, cap: 2 } })).toBeNull();
  });
  it('keeps the latest reason, and none that ends before the instant asked for', () => {
    expect(reminderHold({ lastHour: RECIPIENT_SMS_PER_HOUR, unit: { today: 9, cap: 0 } })).toMatchObject({
      code: 'UNIT_DAILY_CAP',
    });
    const later = ten + 2 * 3_600_000;
    expect(reminderHold({ notBefore: later, lastHour: RECIPIENT_SMS_PER_HOUR })).toBeNull();
  });
});

describe('transactional events and the caps', () => {
  // Any history: the phone's SMS of the last hour, the unit's day and cap, any instant and requested send time.
  const facts = fc.record({
    now: fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2027-12-31T00:00:00Z') }),
    delay: fc.integer({ min: 0, max: 3 * 86_400_000 }),
    lastHour: fc.nat({ max: 500 }),
    unit: fc.option(fc.record({ today: fc.nat({ max: 10_000 }), cap: fc.nat({ max: 10_000 }) })),
  });

  it('never holds a transactional event by the per-number limit or the daily cap, whatever the history', () => {
    fc.assert(
      fc.property(facts, ({ now, delay, lastHour, unit }) => {
        const hold = holdFrom({ eventClass: 'transactional', now, notBefore: now + delay, lastHour, unit });
        // At most quiet hours, and exactly as a message with no history at all would be held.
        expect(hold === null || hold.code === 'QUIET_HOURS').toBe(true);
        expect(hold).toEqual(
          holdFrom({ eventClass: 'transactional', now, notBefore: now + delay, lastHour: 0, unit: null }),
        );
      }),
    );
  });

  it('holds reminders and courtesy messages at least as long as a transactional one, by the same facts', () => {
    fc.assert(
      fc.property(facts, fc.constantFrom('reminder', 'courtesy' as const), (f, eventClass) => {
        const base = { now: f.now, notBefore: f.now + f.delay, lastHour: f.lastHour, unit: f.unit };
        const capped = holdFrom({ ...base, eventClass });
        const transactional = holdFrom({ ...base, eventClass: 'transactional' });
        expect(capped?.until ?? 0).toBeGreaterThanOrEqual(transactional?.until ?? 0);
        if (f.lastHour >= RECIPIENT_SMS_PER_HOUR && f.delay === 0) expect(capped).not.toBeNull();
      }),
    );
  });

  it("classes the issue's transactional messages as such and reminders as capped", () => {
    for (const e of [
      'dossier_received',
      'supplement_requested',
      'result_ready',
      'hotline_checklist',
      'appointment_booked',
      'one_time_code',
    ] as const) {
      expect(eventClasses[e]).toBe('transactional');
    }
    expect(eventClasses.appointment_reminder).toBe('reminder');
    expect(eventClasses.ticket_near).toBe('reminder');
    expect(notifyEvents.every((e) => eventClasses[e] !== undefined)).toBe(true);
  });

  it('says why in Vietnamese: until when and which rule', () => {
    const late = at('2026-12-03T22:00:00+07:00');
    expect(
      holdFrom({ eventClass: 'transactional', now: late, notBefore: late, lastHour: 9, unit: null })?.message,
    ).toBe('Giữ lại đến 07:00 04/12 (giờ yên tĩnh 21:00–07:00)');
    expect(reminderHold({ lastHour: RECIPIENT_SMS_PER_HOUR })?.message).toBe(
      `Giữ lại đến 11:00 (quá ${RECIPIENT_SMS_PER_HOUR} tin/giờ tới số này)`,
    );
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
