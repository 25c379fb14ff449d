/**
 * Slot generation on the sample province hours (summer/winter seasons, the 9th hour on Mondays for justice,
 * a volunteer Saturday for land, two closures in December 2026), and booking codes and reminders.
 */
import { describe, expect, it } from 'vitest';
import { epochDay } from '../calendar/civil-date.js';
import { formatClockMinutes } from '../calendar/time-zone.js';
import { hoursOf, SAMPLE } from '../service-hours/sample.js';
import { bookingCode, CODE_ALPHABET, displayBookingCode, normaliseBookingCode } from './code.js';
import { reminderAt } from './notices.js';
import { placesLeft, slotInstants, slotLabel, slotsOn, type Slot } from './slots.js';

const hours = hoursOf(SAMPLE, [['2027-01-01', 'Tết Dương lịch']]);
const times = (slots: Slot[]) =>
  slots.map((s) => `${formatClockMinutes(s.start)}-${formatClockMinutes(s.end)}`);

describe('slotsOn', () => {
  it('offers the winter Monday 9th hour 16:30–17:30 to justice only, as its own slots after the 16:30 close', () => {
    const monday = epochDay(2026, 12, 7);
    const justice = slotsOn(hours, monday, 'HT', 60);
    expect(times(justice)).toEqual([
      '07:00-08:00',
      '08:00-09:00',
      '09:00-10:00',
      '10:00-11:00',
      '13:00-14:00',
      '14:00-15:00',
      '15:00-16:00',
      '16:30-17:30',
    ]);
    expect(justice.at(-1)).toMatchObject({ kind: 'extra', label: 'Giờ thứ 9' });
    expect(times(slotsOn(hours, monday, 'CT', 60)).at(-1)).toBe('15:00-16:00');
    expect(times(slotsOn(hours, monday, 'HT', 30)).slice(-2)).toEqual(['16:30-17:00', '17:00-17:30']);
  });

  it('follows the season boundary (14 October summer, 15 October winter) and wraps over the new year', () => {
    // 12 October 2026 is a Monday in summer (9th hour 17:00–18:00); 19 October in winter.
    expect(times(slotsOn(hours, epochDay(2026, 10, 12), 'HT', 60)).slice(-2)).toEqual([
      '15:30-16:30',
      '17:00-18:00',
    ]);
    expect(times(slotsOn(hours, epochDay(2026, 10, 19), 'HT', 60)).at(-1)).toBe('16:30-17:30');
    // Wednesday 14 October (summer) closes at 17:00, Thursday 15 October (winter) at 16:30.
    expect(times(slotsOn(hours, epochDay(2026, 10, 14), 'HT', 30)).at(-1)).toBe('16:30-17:00');
    expect(times(slotsOn(hours, epochDay(2026, 10, 15), 'HT', 30)).at(-1)).toBe('16:00-16:30');
    // Winter continues after the new year: Monday 4 January 2027 has the winter 9th hour; 1 January is a holiday.
    expect(times(slotsOn(hours, epochDay(2027, 1, 4), 'HT', 60)).at(-1)).toBe('16:30-17:30');
    expect(slotsOn(hours, epochDay(2027, 1, 1), 'HT', 60)).toEqual([]);
    // Monday 19 April 2027 is summer again.
    expect(times(slotsOn(hours, epochDay(2027, 4, 19), 'HT', 60)).at(-1)).toBe('17:00-18:00');
  });

  it('leaves out what a closure covers: a whole day, or the justice meeting 13:00–15:00', () => {
    expect(slotsOn(hours, epochDay(2026, 12, 16), 'HT', 30)).toEqual([]);
    const thursday = times(slotsOn(hours, epochDay(2026, 12, 17), 'HT', 60));
    expect(thursday).toEqual(['07:00-08:00', '08:00-09:00', '09:00-10:00', '10:00-11:00', '15:00-16:00']);
    expect(times(slotsOn(hours, epochDay(2026, 12, 17), 'DD', 60))).toContain('13:00-14:00');
  });

  it('offers a special session to its field only, nothing on a Sunday, only the 9th hour on a no-appointment weekday', () => {
    expect(times(slotsOn(hours, epochDay(2026, 12, 12), 'DD', 60))).toEqual([
      '07:30-08:30',
      '08:30-09:30',
      '09:30-10:30',
      '10:30-11:30',
    ]);
    expect(slotsOn(hours, epochDay(2026, 12, 12), 'HT', 60)).toEqual([]);
    expect(slotsOn(hours, epochDay(2026, 12, 13), 'HT', 60)).toEqual([]);
    // Friday 11 December is a same-day ("no-appointment") day when the unit says so: only the land 9th hour
    // (16:30–17:30 in winter) takes bookings; the regular sessions are for walk-ins.
    expect(times(slotsOn(hours, epochDay(2026, 12, 11), 'DD', 60, [5]))).toEqual(['16:30-17:30']);
    expect(slotsOn(hours, epochDay(2026, 12, 11), 'HT', 60, [5])).toEqual([]);
    expect(slotsOn(hours, epochDay(2026, 12, 11), 'DD', 60, [2, 4])).not.toEqual([]);
  });

  it('does not offer a remainder shorter than a slot, and places the slot in Vietnam time', () => {
    // 07:00–11:30 in 45-minute slots: 07:00 … 10:00–10:45; 10:45–11:30 fits too.
    const slots = slotsOn(hours, epochDay(2026, 12, 8), 'HT', 45);
    expect(times(slots).slice(0, 6)).toEqual([
      '07:00-07:45',
      '07:45-08:30',
      '08:30-09:15',
      '09:15-10:00',
      '10:00-10:45',
      '10:45-11:30',
    ]);
    expect(times(slotsOn(hours, epochDay(2026, 12, 8), 'HT', 120))).toEqual([
      '07:00-09:00',
      '09:00-11:00',
      '13:00-15:00',
    ]);
    const first = slotInstants('Asia/Ho_Chi_Minh', slots[0]!);
    expect(new Date(first.startsAt).toISOString()).toBe('2026-12-08T00:00:00.000Z');
    expect(slotLabel(slots[0]!)).toEqual({ date: '2026-12-08', weekday: 2, start: '07:00', end: '07:45' });
    expect(placesLeft(3, 1)).toBe(2);
    expect(placesLeft(2, 5)).toBe(0);
  });
});

describe('booking codes and reminders', () => {
  it('draws codes from an alphabet without 0, O, 1, I and reads them back however typed', () => {
    const code = bookingCode(new Uint8Array([0, 31, 32, 255, 7, 8, 9, 10]));
    expect(code).toBe('A9A9HJKL');
    expect(normaliseBookingCode(' a9a9-hjkl ')).toBe(code);
    expect(displayBookingCode(code)).toBe(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(normaliseBookingCode('A0AAAAAA')).toBeUndefined();
    expect(normaliseBookingCode('AAAA')).toBeUndefined();
    expect(CODE_ALPHABET).not.toMatch(/[01OI]/);
  });

  it('reminds the day before, or 3 hours before a late booking, or not at all shortly before', () => {
    const h = 3_600_000;
    const start = Date.UTC(2026, 11, 7, 9, 30);
    expect(reminderAt(start, start - 48 * h)).toBe(start - 24 * h);
    expect(reminderAt(start, start - 10 * h)).toBe(start - 3 * h);
    expect(reminderAt(start, start - 2 * h)).toBeUndefined();
  });
});
