import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { DEFAULT_CALENDAR, parseCalendar } from './calendar-file.js';

const issuesOf = (value: unknown) => {
  try {
    parseCalendar(value);
  } catch (err) {
    if (err instanceof DomainError)
      return { code: err.code, fields: err.details?.fields?.map((f) => f.field) };
    throw err;
  }
  return undefined;
};

describe('calendar file', () => {
  it('fills in the defaults', () => {
    expect(parseCalendar({ sessions: DEFAULT_CALENDAR.sessions })).toEqual(DEFAULT_CALENDAR);
  });

  it('keeps a full calendar, with dates sorted and deduplicated', () => {
    const cal = parseCalendar({
      timezone: 'Asia/Ho_Chi_Minh',
      workweek: [5, 1, 2, 3, 4],
      sessions: [
        ['07:00', '11:30'],
        ['13:30', '17:00'],
      ],
      seasons: [
        {
          from: '10-01',
          to: '03-31',
          sessions: [
            ['07:30', '11:30'],
            ['13:00', '16:30'],
          ],
        },
      ],
      daysOff: ['2026-09-02', '2026-01-01', '2026-01-01'],
      workdays: ['2026-04-25'],
      hoursPerDay: 7.5,
    });
    expect(cal.workweek).toEqual([1, 2, 3, 4, 5]);
    expect(cal.daysOff).toEqual(['2026-01-01', '2026-09-02']);
    expect(cal.seasons).toHaveLength(1);
    expect(cal.hoursPerDay).toBe(7.5);
    expect(parseCalendar(JSON.parse(JSON.stringify(cal)))).toEqual(cal);
  });

  it('names every problem by field', () => {
    expect(issuesOf(null)).toEqual({ code: 'CALENDAR_INVALID', fields: ['calendar'] });
    expect(issuesOf({})).toEqual({ code: 'CALENDAR_INVALID', fields: ['sessions'] });
    expect(issuesOf({ sessions: [] })).toEqual({ code: 'CALENDAR_INVALID', fields: ['sessions'] });
    expect(issuesOf({ timezone: 'Mars/Base', sessions: [['07:00', '11:00']] })?.fields).toEqual(['timezone']);
    expect(issuesOf({ sessions: [['07:00', '11:00']], dayOff: [] })?.fields).toEqual(['dayOff']);
    expect(issuesOf({ sessions: [['07:00', '11:00']], workweek: [0, 1] })?.fields).toEqual(['workweek']);
    expect(issuesOf({ sessions: [['07:00', '11:00']], workweek: [1, 1] })?.fields).toEqual(['workweek']);
    expect(issuesOf({ sessions: [['07:00', '11:00']], hoursPerDay: 0 })?.fields).toEqual(['hoursPerDay']);
    expect(issuesOf({ sessions: [['07:00', '11:00']], daysOff: ['2026-02-30'] })?.fields).toEqual([
      'daysOff[0]',
    ]);
    expect(
      issuesOf({ sessions: [['07:00', '11:00']], daysOff: ['2026-04-25'], workdays: ['2026-04-25'] })?.fields,
    ).toEqual(['workdays']);
  });

  it('refuses bad, empty, unsorted and overlapping sessions', () => {
    const fieldsOf = (sessions: unknown) => issuesOf({ sessions })?.fields;
    expect(fieldsOf([['7:00', '11:00']])).toEqual(['sessions[0]']);
    expect(fieldsOf([['07:00', '25:00']])).toEqual(['sessions[0]']);
    expect(fieldsOf([['11:00', '07:00']])).toEqual(['sessions[0]']);
    expect(fieldsOf([['07:00', '07:00']])).toEqual(['sessions[0]']);
    expect(fieldsOf([['07:00']])).toEqual(['sessions[0]']);
    expect(
      fieldsOf([
        ['07:00', '11:30'],
        ['11:00', '17:00'],
      ]),
    ).toEqual(['sessions[1]']);
    expect(
      fieldsOf([
        ['13:30', '17:00'],
        ['07:00', '11:30'],
      ]),
    ).toEqual(['sessions[1]']);
    expect(
      fieldsOf([
        ['07:00', '12:00'],
        ['12:00', '24:00'],
      ]),
    ).toBeUndefined();
  });

  it('refuses bad and overlapping seasons, including ranges that wrap over the new year', () => {
    const s = [['08:00', '16:00']];
    const withSeasons = (...seasons: { from: string; to: string; sessions: string[][] }[]) =>
      issuesOf({ sessions: s, seasons });
    expect(withSeasons({ from: '13-01', to: '02-01', sessions: s })?.fields).toEqual(['seasons[0].from']);
    expect(withSeasons({ from: '02-01', to: '02-28', sessions: [] })?.fields).toEqual([
      'seasons[0].sessions',
    ]);
    expect(
      withSeasons({ from: '11-01', to: '02-28', sessions: s }, { from: '02-15', to: '03-31', sessions: s })
        ?.fields,
    ).toEqual(['seasons[1]']);
    expect(
      withSeasons({ from: '11-01', to: '02-28', sessions: s }, { from: '03-01', to: '10-31', sessions: s }),
    ).toBeUndefined();
  });

  it('refuses a calendar with no working time at all', () => {
    expect(issuesOf({ sessions: [['07:00', '11:00']], workweek: [] })).toEqual({
      code: 'CALENDAR_INVALID',
      fields: ['workweek'],
    });
    expect(
      issuesOf({ sessions: [['07:00', '11:00']], workweek: [], workdays: ['2026-01-03'] }),
    ).toBeUndefined();
  });

  it('puts the first problems in a one-line message', () => {
    expect(() => parseCalendar({ timezone: 'Nowhere/City', sessions: [] })).toThrow(
      /^Lịch làm việc không hợp lệ — timezone: Múi giờ không tồn tại: "Nowhere\/City"; sessions: [^;]*\.$/,
    );
  });
});
