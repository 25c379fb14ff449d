import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR, parseCalendar } from './calendar-file.js';
import { computeDue, type TimeLimit } from './deadline.js';
import { formatInstant, parseInstant } from './time-zone.js';
import { compileCalendar } from './working-time.js';
import { officeHoursWithWinter } from './test-fixtures.js';

const HCM = 'Asia/Ho_Chi_Minh';
const standard = compileCalendar(DEFAULT_CALENDAR);
const due = (received: string, limit: TimeLimit, cal = standard) =>
  formatInstant(cal.timezone, computeDue(cal, parseInstant(received, cal.timezone), limit));
const wd = (value: number): TimeLimit => ({ unit: 'working_days', value });
const wh = (value: number): TimeLimit => ({ unit: 'working_hours', value });
const cd = (value: number): TimeLimit => ({ unit: 'calendar_days', value });
const sameDay = (cutoff?: string): TimeLimit => ({ unit: 'same_day', cutoff });

describe('deadline arithmetic — the examples of the specification', () => {
  it('Fri 2023-10-27 09:32 + 5 working days → Fri 2023-11-03 09:32', () => {
    expect(due('2023-10-27T09:32', wd(5))).toBe('2023-11-03T09:32:00+07:00');
  });
  it('Mon 07:00 + 1 working day → that Monday 17:00', () => {
    expect(due('2023-10-30T07:00', wd(1))).toBe('2023-10-30T17:00:00+07:00');
  });
  it('Tue 12:15 + 2 working hours → that Tuesday 15:30', () => {
    expect(due('2023-10-31T12:15', wh(2))).toBe('2023-10-31T15:30:00+07:00');
  });
  it('Sat 10:00 + 1 working hour → Monday 08:00', () => {
    expect(due('2023-10-28T10:00', wh(1))).toBe('2023-10-30T08:00:00+07:00');
  });
  it('Wed 18:40, same day → Thursday 17:00', () => {
    expect(due('2023-11-01T18:40', sameDay())).toBe('2023-11-02T17:00:00+07:00');
  });
});

describe('deadline arithmetic — edges', () => {
  it('ends at a session close rather than the next opening', () => {
    expect(due('2023-10-30T07:00', wh(4.5))).toBe('2023-10-30T11:30:00+07:00');
    expect(due('2023-10-30T07:00', wh(4.5 + 1 / 60))).toBe('2023-10-30T13:31:00+07:00');
  });
  it('starts the clock at the next session outside working time (lunch, evening, before opening)', () => {
    expect(due('2023-10-30T12:00', wh(1))).toBe('2023-10-30T14:30:00+07:00');
    expect(due('2023-10-30T17:00', wh(1))).toBe('2023-10-31T08:00:00+07:00');
    expect(due('2023-10-30T05:00', wh(1))).toBe('2023-10-30T08:00:00+07:00');
    expect(due('2023-10-30T11:30', wh(0))).toBe('2023-10-30T13:30:00+07:00');
    expect(due('2023-10-30T09:15:30', wh(0))).toBe('2023-10-30T09:15:30+07:00');
  });
  it('keeps seconds and reads instants given in any offset', () => {
    expect(due('2023-10-27T09:32:17+07:00', wd(5))).toBe('2023-11-03T09:32:17+07:00');
    expect(due('2023-10-27T02:32:00Z', wd(5))).toBe('2023-11-03T09:32:00+07:00');
  });
  it('crosses a year boundary and long limits', () => {
    expect(due('2026-12-31T16:00', wh(2))).toBe('2027-01-01T08:00:00+07:00');
    expect(due('2026-12-25T09:00', wd(30))).toBe('2027-02-05T09:00:00+07:00');
    expect(due('2026-01-05T07:00', wd(3650))).toBe('2039-12-30T17:00:00+07:00');
  });
  it('counts calendar days to the close of the target date, or of the next working day', () => {
    expect(due('2023-10-27T09:32', cd(3))).toBe('2023-10-30T17:00:00+07:00'); // Fri + 3 = Mon
    expect(due('2023-10-27T09:32', cd(1))).toBe('2023-10-30T17:00:00+07:00'); // Sat → Monday's close
    expect(due('2023-10-27T09:32', cd(0))).toBe('2023-10-27T17:00:00+07:00');
    expect(due('2023-10-27T18:00', cd(0))).toBe('2023-10-30T17:00:00+07:00');
  });
  it('applies the same-day cutoff (default 15:00, or another)', () => {
    expect(due('2023-11-01T14:59', sameDay())).toBe('2023-11-01T17:00:00+07:00');
    expect(due('2023-11-01T15:00', sameDay())).toBe('2023-11-02T17:00:00+07:00');
    expect(due('2023-11-01T15:30', sameDay('16:00'))).toBe('2023-11-01T17:00:00+07:00');
    expect(due('2023-11-03T15:30', sameDay())).toBe('2023-11-06T17:00:00+07:00');
    expect(due('2023-11-04T09:00', sameDay())).toBe('2023-11-06T17:00:00+07:00');
    expect(due('2023-11-01T17:30', sameDay('18:00'))).toBe('2023-11-02T17:00:00+07:00');
  });
  it('skips days off, honours swapped working days and seasons', () => {
    const cal = compileCalendar(
      parseCalendar({
        ...officeHoursWithWinter,
        daysOff: ['2025-05-01', '2025-05-02'],
        workdays: ['2025-04-26'],
      }),
    );
    // 2025: work on Saturday 26 April, off 30 April (not listed here), 1 and 2 May.
    expect(due('2025-04-25T16:00', wh(2), cal)).toBe('2025-04-26T08:00:00+07:00');
    expect(due('2025-04-30T16:00', wh(2), cal)).toBe('2025-05-05T08:00:00+07:00');
    expect(due('2025-11-03T16:00', wh(1), cal)).toBe('2025-11-04T07:30:00+07:00'); // winter: close 16:30
    expect(due('2026-01-02T16:00', sameDay('17:00'), cal)).toBe('2026-01-02T16:30:00+07:00');
    expect(due('2025-04-25T09:00', sameDay(), cal)).toBe('2025-04-25T17:00:00+07:00');
  });
  it('counts elapsed time across a daylight-saving change in a zone that has one', () => {
    const ny = compileCalendar(
      parseCalendar({
        timezone: 'America/New_York',
        workweek: [1, 2, 3, 4, 5, 6, 7],
        sessions: [['01:00', '04:00']],
      }),
    );
    expect(due('2026-03-08T01:00', wh(2), ny)).toBe('2026-03-08T04:00:00-04:00'); // 02:00–03:00 does not exist
    expect(due('2026-03-08T01:00', wh(3), ny)).toBe('2026-03-09T02:00:00-04:00');
    expect(due('2026-11-01T01:00', wh(4), ny)).toBe('2026-11-01T04:00:00-05:00'); // 01:00–02:00 happens twice
  });
});

describe('deadline arithmetic — bad input is a clear error, never a hang', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as { code?: string }).code;
    }
    return 'no error';
  };
  const at = parseInstant('2026-03-02T09:00', HCM);
  it('refuses negative, non-finite and absurd amounts', () => {
    expect(code(() => computeDue(standard, at, wd(-1)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, wh(Number.NaN)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, wh(Infinity)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, wd(3651)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, wh(3650 * 8 + 1)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, cd(3651)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, cd(1.5)))).toBe('TIME_LIMIT_INVALID');
    expect(code(() => computeDue(standard, at, sameDay('3pm')))).toBe('CUTOFF_INVALID');
    expect(code(() => computeDue(standard, Number.NaN, wd(1)))).toBe('INSTANT_INVALID');
  });
  it('ends quickly with NO_WORKING_TIME when the calendar has none left', () => {
    const onlyOneDay = compileCalendar(
      parseCalendar({ workweek: [], workdays: ['2026-03-02'], sessions: [['08:00', '12:00']] }),
    );
    expect(due('2026-03-02T07:00', wh(4), onlyOneDay)).toBe('2026-03-02T12:00:00+07:00');
    const started = Date.now();
    expect(code(() => computeDue(onlyOneDay, at, wh(5)))).toBe('NO_WORKING_TIME');
    expect(code(() => computeDue(onlyOneDay, at + 86_400_000, sameDay()))).toBe('NO_WORKING_TIME');
    expect(code(() => computeDue(onlyOneDay, at, cd(2)))).toBe('NO_WORKING_TIME');
    expect(Date.now() - started).toBeLessThan(1000);
  });
  it('refuses instants outside the supported years', () => {
    expect(code(() => computeDue(standard, Date.parse('1850-01-01T00:00:00Z'), wd(1)))).toBe(
      'DATE_OUT_OF_RANGE',
    );
  });
});
