/**
 * The demo clock: instants on the working days before the load date, skipping weekends and days off, in Vietnam's
 * time; and the demo dossiers' own consistency (every step after the receipt, in order).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../domain/calendar/calendar-file.js';
import { compileCalendar } from '../../domain/calendar/working-time.js';
import { demoClock, demoDossiers } from './dossiers.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('demoClock', () => {
  const cal = compileCalendar(DEFAULT_CALENDAR);

  it('counts working days back from the load date, skipping the weekend', () => {
    // Monday 2026-11-23, 10:00 in Vietnam.
    const at = demoClock(cal, Date.parse('2026-11-23T10:00:00+07:00'));
    expect(iso(at([1, '08:00']))).toBe('2026-11-20T01:00:00.000Z'); // Friday 08:00 (UTC+7)
    expect(iso(at([2, '15:35']))).toBe('2026-11-19T08:35:00.000Z'); // Thursday
    expect(iso(at([6, '07:40']))).toBe('2026-11-13T00:40:00.000Z'); // Friday a week before
  });

  it('never gives an instant on the load date, even late in the evening', () => {
    const now = Date.parse('2026-11-25T23:30:00+07:00');
    const at = demoClock(cal, now);
    expect(iso(at([1, '21:05']))).toBe('2026-11-24T14:05:00.000Z');
  });

  it('skips days off of the calendar', () => {
    const withHoliday = compileCalendar({
      ...DEFAULT_CALENDAR,
      daysOff: ['2026-11-24'],
    });
    const at = demoClock(withHoliday, Date.parse('2026-11-25T09:00:00+07:00'));
    expect(iso(at([1, '08:00']))).toBe('2026-11-23T01:00:00.000Z');
  });
});

describe('demo dossiers', () => {
  it('act only after the receipt, each step no earlier than the one before', () => {
    const cal = compileCalendar(DEFAULT_CALENDAR);
    const at = demoClock(cal, Date.parse('2026-11-25T09:00:00+07:00'));
    for (const d of demoDossiers) {
      let previous = at(d.at);
      for (const step of d.steps ?? []) {
        const t = at(step.at);
        expect(t, `${d.applicant[0]}: ${step.action}`).toBeGreaterThan(previous);
        previous = t;
      }
    }
  });

  it('have one dossier to try, with distinct applicants', () => {
    expect(demoDossiers.filter((d) => d.example)).toHaveLength(1);
    const ids = demoDossiers.map((d) => d.applicant[2]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
