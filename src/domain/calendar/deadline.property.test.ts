/**
 * Properties of the deadline arithmetic on random calendars (sessions, working weeks, days off, swapped working
 * days, seasons, time zones with and without DST), random received instants and random amounts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEpochDay, formatEpochDay, isoWeekday } from './civil-date.js';
import { parseCalendar, type CalendarDefinition } from './calendar-file.js';
import { computeDue } from './deadline.js';
import { formatClockMinutes, instantToLocal, MS_PER_MINUTE } from './time-zone.js';
import {
  addWorkingTime,
  compileCalendar,
  isInsideSession,
  isSessionClose,
  workingTimeBetween,
  type WorkingCalendar,
} from './working-time.js';

const FROM = Date.parse('2025-06-01T00:00:00Z');
const TO = Date.parse('2027-06-01T00:00:00Z');
const DAY0 = findEpochDay('2025-06-01')!;

const sessionsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 6 })
  .filter((a) => a.length % 2 === 0)
  .map((a) => {
    const sorted = [...a].sort((x, y) => x - y).map((q) => formatClockMinutes(q * 15));
    const out: [string, string][] = [];
    for (let i = 0; i < sorted.length; i += 2) out.push([sorted[i]!, sorted[i + 1]!]);
    return out;
  });

const dateArb = fc.integer({ min: 0, max: 760 }).map((d) => formatEpochDay(DAY0 + d));
const monthDayArb = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const definitionArb: fc.Arbitrary<CalendarDefinition> = fc
  .record({
    timezone: fc.constantFrom('Asia/Ho_Chi_Minh', 'Asia/Ho_Chi_Minh', 'Europe/Berlin', 'America/New_York'),
    workweek: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    sessions: sessionsArb,
    season: fc.option(fc.record({ from: monthDayArb, to: monthDayArb, sessions: sessionsArb })),
    daysOff: fc.uniqueArray(dateArb, { maxLength: 60 }),
    workdays: fc.uniqueArray(dateArb, { maxLength: 10 }),
    hoursPerDay: fc.constantFrom(8, 8, 7.5, 4),
  })
  .map((r) =>
    parseCalendar({
      timezone: r.timezone,
      workweek: r.workweek,
      sessions: r.sessions,
      seasons: r.season ? [r.season] : [],
      daysOff: r.daysOff,
      workdays: r.workdays.filter((d) => !r.daysOff.includes(d)),
      hoursPerDay: r.hoursPerDay,
    }),
  );

const compiled = new WeakMap<CalendarDefinition, WorkingCalendar>();
const calendarOf = (def: CalendarDefinition) => {
  let cal = compiled.get(def);
  if (!cal) compiled.set(def, (cal = compileCalendar(def)));
  return cal;
};

const instantArb = fc.integer({ min: FROM, max: TO });
/** Working time up to 30 days of 8 hours, in whole minutes. */
const amountArb = fc.integer({ min: 0, max: 30 * 8 * 60 }).map((m) => m * MS_PER_MINUTE);
const positiveAmountArb = fc.integer({ min: 1, max: 30 * 8 * 60 }).map((m) => m * MS_PER_MINUTE);

/** Whether the local date of the session that `due` lies in (or closes) is a working day of the definition. */
function onWorkingDay(def: CalendarDefinition, due: number, isClose: boolean): boolean {
  const { day } = instantToLocal(def.timezone, isClose ? due - 1 : due);
  const iso = formatEpochDay(day);
  if (def.workdays.includes(iso)) return true;
  return def.workweek.includes(isoWeekday(day)) && !def.daysOff.includes(iso);
}

const runs = { numRuns: 150 };

describe('deadline properties', () => {
  it('the due instant is never before the start, and working time up to it equals the amount', () => {
    fc.assert(
      fc.property(definitionArb, instantArb, amountArb, (def, received, amount) => {
        const cal = calendarOf(def);
        const due = addWorkingTime(cal, received, amount);
        expect(due).toBeGreaterThanOrEqual(received);
        expect(workingTimeBetween(cal, received, due)).toBe(amount);
      }),
      runs,
    );
  });

  it('is monotonic in the received instant', () => {
    fc.assert(
      fc.property(definitionArb, instantArb, instantArb, amountArb, (def, a, b, amount) => {
        const cal = calendarOf(def);
        const [r1, r2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(cal, r1, amount)).toBeLessThanOrEqual(addWorkingTime(cal, r2, amount));
      }),
      runs,
    );
  });

  it('is monotonic in the amount', () => {
    fc.assert(
      fc.property(definitionArb, instantArb, amountArb, amountArb, (def, received, a, b) => {
        const cal = calendarOf(def);
        const [h1, h2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(cal, received, h1)).toBeLessThanOrEqual(addWorkingTime(cal, received, h2));
      }),
      runs,
    );
  });

  it('H1 then H2 equals H1 + H2', () => {
    fc.assert(
      fc.property(definitionArb, instantArb, amountArb, positiveAmountArb, (def, received, h1, h2) => {
        const cal = calendarOf(def);
        expect(addWorkingTime(cal, addWorkingTime(cal, received, h1), h2)).toBe(
          addWorkingTime(cal, received, h1 + h2),
        );
      }),
      runs,
    );
  });

  it('the due instant lies inside working time or at a session close, never on a day off', () => {
    fc.assert(
      fc.property(definitionArb, instantArb, amountArb, (def, received, amount) => {
        const cal = calendarOf(def);
        const due = addWorkingTime(cal, received, amount);
        const inside = isInsideSession(cal, due);
        const close = isSessionClose(cal, due);
        expect(inside || close).toBe(true);
        expect(onWorkingDay(def, due, !inside)).toBe(true);
      }),
      runs,
    );
  });

  it('working days are working hours of hoursPerDay each', () => {
    fc.assert(
      fc.property(definitionArb, instantArb, fc.integer({ min: 0, max: 30 }), (def, received, n) => {
        const cal = calendarOf(def);
        expect(computeDue(cal, received, { unit: 'working_days', value: n })).toBe(
          computeDue(cal, received, { unit: 'working_hours', value: n * def.hoursPerDay }),
        );
      }),
      runs,
    );
  });

  it('calendar-day and same-day deadlines are the close of a working day, after the received instant', () => {
    fc.assert(
      fc.property(
        definitionArb,
        instantArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 24 * 4 }),
        (def, received, days, quarter) => {
          const cal = calendarOf(def);
          const cutoff = formatClockMinutes(quarter * 15);
          for (const due of [
            computeDue(cal, received, { unit: 'calendar_days', value: days }),
            computeDue(cal, received, { unit: 'same_day', cutoff }),
          ]) {
            expect(due).toBeGreaterThan(received);
            expect(isSessionClose(cal, due)).toBe(true);
            expect(isInsideSession(cal, due) && !isSessionClose(cal, due)).toBe(false);
            expect(onWorkingDay(def, due, true)).toBe(true);
          }
        },
      ),
      runs,
    );
  });
});
