import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, parseCalendar } from './calendar-file.js';
import { parseInstant } from './time-zone.js';
import {
  addWorkingTime,
  compileCalendar,
  isInsideSession,
  isSessionClose,
  sessionsOn,
  subtractWorkingTime,
  workingTimeBetween,
} from './working-time.js';
import { findEpochDay } from './civil-date.js';

const cal = compileCalendar(DEFAULT_CALENDAR);
const at = (text: string) => parseInstant(text, cal.timezone);
const H = 3_600_000;

describe('working time', () => {
  it('builds a year block once and reuses it', () => {
    const block = cal.block(2026);
    expect(cal.block(2026)).toBe(block);
    expect(cal.blockAt(at('2026-07-01T10:00'))).toBe(block);
    // 261 weekdays in 2026, two sessions each, 8 hours a day.
    expect(block.starts.length).toBe(2 * 261);
    expect(block.total).toBe(261 * 8 * H);
  });

  it('measures working time between two instants, across lunch, nights, weekends and years', () => {
    expect(workingTimeBetween(cal, at('2026-03-02T07:00'), at('2026-03-02T17:00'))).toBe(8 * H);
    expect(workingTimeBetween(cal, at('2026-03-02T11:00'), at('2026-03-02T14:00'))).toBe(H);
    expect(workingTimeBetween(cal, at('2026-03-06T16:00'), at('2026-03-09T08:00'))).toBe(2 * H);
    expect(workingTimeBetween(cal, at('2026-12-31T16:00'), at('2027-01-01T08:00'))).toBe(2 * H);
    expect(workingTimeBetween(cal, at('2026-03-02T14:00'), at('2026-03-02T11:00'))).toBe(0);
  });

  it('counts backwards to the latest instant with the given working time before another', () => {
    expect(subtractWorkingTime(cal, at('2026-03-09T08:00'), 2 * H)).toBe(at('2026-03-06T16:00'));
    expect(subtractWorkingTime(cal, at('2026-03-02T14:30'), H)).toBe(at('2026-03-02T13:30'));
    expect(subtractWorkingTime(cal, at('2026-03-02T14:30'), 1.5 * H)).toBe(at('2026-03-02T11:00'));
    expect(subtractWorkingTime(cal, at('2027-01-01T08:00'), H)).toBe(at('2027-01-01T07:00'));
    expect(subtractWorkingTime(cal, at('2027-01-01T07:00'), H)).toBe(at('2026-12-31T16:00'));
    for (const [to, amount] of [
      ['2026-05-04T09:10', 19 * H],
      ['2026-01-02T07:00', 3 * H],
    ] as const) {
      const from = subtractWorkingTime(cal, at(to), amount);
      expect(workingTimeBetween(cal, from, at(to))).toBe(amount);
      expect(addWorkingTime(cal, from, amount)).toBeLessThanOrEqual(at(to));
    }
  });

  it('knows session interiors and closes', () => {
    expect(isInsideSession(cal, at('2026-03-02T07:00'))).toBe(true);
    expect(isInsideSession(cal, at('2026-03-02T11:30'))).toBe(false);
    expect(isSessionClose(cal, at('2026-03-02T11:30'))).toBe(true);
    expect(isSessionClose(cal, at('2026-03-02T11:29'))).toBe(false);
    expect(isInsideSession(cal, at('2026-03-07T09:00'))).toBe(false);
  });

  it('lists the sessions of a day, honouring seasons that wrap over the new year', () => {
    const winter = compileCalendar(
      parseCalendar({
        sessions: [['07:00', '17:00']],
        seasons: [{ from: '12-01', to: '01-31', sessions: [['08:00', '16:00']] }],
      }),
    );
    const hours = (iso: string) => sessionsOn(winter, findEpochDay(iso)!).map(([a, b]) => (b - a) / H);
    expect(hours('2026-01-05')).toEqual([8]);
    expect(hours('2026-02-02')).toEqual([10]);
    expect(hours('2026-12-01')).toEqual([8]);
    expect(hours('2026-11-30')).toEqual([10]);
    expect(hours('2026-01-03')).toEqual([]);
  });
});
