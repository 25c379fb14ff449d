/**
 * Properties of slot generation on random days, fields, slot lengths and closures: every slot lies inside one of
 * the day's openings for its field, slots never overlap and have the slot length; bookings taken one by one
 * against a capacity never exceed it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, formatEpochDay } from '../calendar/civil-date.js';
import { formatClockMinutes } from '../calendar/time-zone.js';
import { hoursOf, SAMPLE } from '../service-hours/sample.js';
import { openingsOn, type ClosureRule, type SpecialRule } from '../service-hours/service-hours.js';
import { placesLeft, slotsOn } from './slots.js';

const dayArb = fc.integer({ min: epochDay(2026, 1, 1), max: epochDay(2028, 12, 31) });
const rangeArb = fc
  .tuple(fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 1, max: 600 }))
  .map(
    ([a, len]) => [formatClockMinutes(a), formatClockMinutes(Math.min(1440, a + len))] as [string, string],
  );
const closureArb = (day: number): fc.Arbitrary<ClosureRule> =>
  fc
    .tuple(
      fc.option(rangeArb, { nil: undefined }),
      fc.option(fc.constant<string[]>(['HT']), { nil: undefined }),
    )
    .map(([range, fields]) => ({
      date: formatEpochDay(day),
      ...(range ? { from: range[0], to: range[1] } : {}),
      ...(fields ? { fields } : {}),
    }));
const specialArb = (day: number): fc.Arbitrary<SpecialRule> =>
  rangeArb.map((r) => ({ date: formatEpochDay(day), sessions: [r] }));

const caseArb = dayArb.chain((day) =>
  fc.record({
    day: fc.constant(day),
    field: fc.constantFrom('HT', 'VHXH', 'DD', 'CT'),
    slotMinutes: fc.integer({ min: 5, max: 240 }),
    closures: fc.array(closureArb(day), { maxLength: 3 }),
    specials: fc.array(specialArb(day), { maxLength: 2 }),
  }),
);

describe('slot properties', () => {
  it('slots lie inside openings, never overlap, and have the slot length', () => {
    fc.assert(
      fc.property(caseArb, ({ day, field, slotMinutes, closures, specials }) => {
        const hours = hoursOf({ ...SAMPLE, closures, specials });
        const openings = openingsOn(hours, day, field);
        const slots = slotsOn(hours, day, field, slotMinutes);
        for (const s of slots) {
          expect(s.end - s.start).toBe(slotMinutes);
          expect(openings.some((o) => o.start <= s.start && s.end <= o.end)).toBe(true);
        }
        for (let i = 1; i < slots.length; i++)
          expect(slots[i]!.start).toBeGreaterThanOrEqual(slots[i - 1]!.end);
      }),
      { numRuns: 400 },
    );
  });

  it('taking places one by one never goes past the capacity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 200 }), (capacity, attempts) => {
        let booked = 0;
        let accepted = 0;
        for (let i = 0; i < attempts; i++) {
          if (placesLeft(capacity, booked) > 0) {
            booked += 1;
            accepted += 1;
          }
        }
        expect(booked).toBeLessThanOrEqual(capacity);
        expect(accepted).toBe(Math.min(capacity, attempts));
      }),
    );
  });
});
