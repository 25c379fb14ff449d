/**
 * Properties on random instants and random closures: the next opening is never before the instant and is open
 * then; closures always win; the season of a date follows its month-day alone, across the new year.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate, epochDay, formatEpochDay } from '../calendar/civil-date.js';
import { formatClockMinutes, localToInstant, MS_PER_MINUTE } from '../calendar/time-zone.js';
import {
  isOpenAt,
  nextOpening,
  openingsOn,
  seasonOn,
  type ClosureRule,
  type ServiceHours,
} from './service-hours.js';
import { hoursOf, SAMPLE } from './sample.js';

const FIRST = epochDay(2025, 1, 1);
const LAST = epochDay(2030, 12, 31);
const dayArb = fc.integer({ min: FIRST, max: LAST });
const instantArb = fc
  .tuple(dayArb, fc.integer({ min: 0, max: 24 * 60 - 1 }))
  .map(([d, m]) => localToInstant('Asia/Ho_Chi_Minh', d, m * MS_PER_MINUTE));
const fieldArb = fc.constantFrom(undefined, 'HT', 'VHXH', 'DD', 'CT');
const closureArb: fc.Arbitrary<ClosureRule> = fc
  .tuple(
    dayArb,
    fc.option(fc.tuple(fc.integer({ min: 0, max: 1438 }), fc.integer({ min: 1, max: 600 }))),
    fc.option(fc.constantFrom<string[]>(['HT'], ['DD'], ['HT', 'VHXH']), { nil: undefined }),
  )
  .map(([d, range, fields]) => ({
    date: formatEpochDay(d),
    ...(range
      ? { from: formatClockMinutes(range[0]), to: formatClockMinutes(Math.min(1440, range[0] + range[1])) }
      : {}),
    ...(fields ? { fields } : {}),
  }));
const hoursArb: fc.Arbitrary<ServiceHours> = fc
  .array(closureArb, { maxLength: 8 })
  .map((closures) => hoursOf({ ...SAMPLE, closures }, [['2027-01-01', 'Tết Dương lịch']]));

describe('service hours properties', () => {
  it('the next opening is never before the instant, is open, and nothing is open before it', () => {
    fc.assert(
      fc.property(hoursArb, instantArb, fieldArb, (hours, instant, field) => {
        const next = nextOpening(hours, instant, field);
        expect(next).toBeDefined();
        expect(next!.at).toBeGreaterThanOrEqual(instant);
        expect(next!.until).toBeGreaterThan(next!.at);
        expect(isOpenAt(hours, next!.at, field)).toBe(true);
        expect(isOpenAt(hours, next!.until - MS_PER_MINUTE, field)).toBe(true);
        // Open now ⇔ the next opening is now.
        expect(isOpenAt(hours, instant, field)).toBe(next!.at === instant);
      }),
      { numRuns: 300 },
    );
  });

  it('closures always win over every session of their field', () => {
    fc.assert(
      fc.property(closureArb, fieldArb, (closure, field) => {
        const hours = hoursOf({
          ...SAMPLE,
          closures: [closure],
          specials: [{ date: closure.date, sessions: [['00:00', '24:00']] }],
        });
        const applies =
          closure.fields === undefined || (field !== undefined && closure.fields.includes(field));
        const os = openingsOn(hours, closure.date, field);
        if (!applies) {
          expect(os.length).toBeGreaterThan(0);
          return;
        }
        if (closure.from === undefined) expect(os).toEqual([]);
        else {
          const [h1, m1] = closure.from.split(':').map(Number);
          const [h2, m2] = closure.to!.split(':').map(Number);
          const cs = h1! * 60 + m1!;
          const ce = h2! * 60 + m2!;
          for (const o of os) expect(o.end <= cs || o.start >= ce).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the season of a date depends on its month and day only, and winter spans the new year', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const { month, day: dom } = civilDate(day);
        const md = month * 100 + dom;
        const expected = md >= 415 && md <= 1014 ? 'summer' : 'winter';
        expect(seasonOn(hoursOf(SAMPLE), day)?.name).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
