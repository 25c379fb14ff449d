/**
 * Service hours: seasons and their wrap over the new year, the 9th hour per field and season, specials, closures
 * over sessions (and public holidays), the next opening and the week view; validation naming the fields.
 */
import { describe, expect, it } from 'vitest';
import { findEpochDay } from '../calendar/civil-date.js';
import { DomainError } from '../errors.js';
import { hoursOf, SAMPLE } from './sample.js';
import {
  isOpenAt,
  nextOpening,
  openingsOn,
  seasonOn,
  weekView,
  type Opening,
  type ServiceHoursDocument,
} from './service-hours.js';
import { checkServiceHoursDocument, describePath } from './check.js';

const H = hoursOf(SAMPLE, [['2027-01-01', 'Tết Dương lịch']]);
const at = (iso: string) => Date.parse(iso);
const text = (os: Opening[]) =>
  os.map(
    (o) =>
      `${String(Math.floor(o.start / 60)).padStart(2, '0')}:${String(o.start % 60).padStart(2, '0')}-${String(Math.floor(o.end / 60)).padStart(2, '0')}:${String(o.end % 60).padStart(2, '0')}${o.kind === 'regular' ? '' : ' ' + o.kind}`,
  );

describe('seasons', () => {
  it('switch on their first and last day, and winter wraps over 31 December / 1 January', () => {
    const name = (d: string) => seasonOn(H, findEpochDay(d)!)?.name;
    expect(name('2026-04-14')).toBe('winter');
    expect(name('2026-04-15')).toBe('summer');
    expect(name('2026-10-14')).toBe('summer');
    expect(name('2026-10-15')).toBe('winter');
    expect(name('2026-12-31')).toBe('winter');
    expect(name('2027-01-01')).toBe('winter');
    expect(name('2028-02-29')).toBe('winter');
    // Tuesday 14 April 2026 (winter) and Wednesday 15 April 2026 (summer).
    expect(text(openingsOn(H, '2026-04-14'))).toEqual(['07:00-11:30', '13:00-16:30']);
    expect(text(openingsOn(H, '2026-04-15'))).toEqual(['07:00-11:30', '13:30-17:00']);
    // Thursday 31 December 2026 and Monday 4 January 2027: winter on both sides of the new year.
    expect(text(openingsOn(H, '2026-12-31'))).toEqual(['07:00-11:30', '13:00-16:30']);
    expect(text(openingsOn(H, '2027-01-04'))).toEqual(['07:00-11:30', '13:00-16:30']);
  });
});

describe('the 9th hour', () => {
  it('is 16:30–17:30 on a winter Monday for justice and culture-society, 17:00–18:00 in summer', () => {
    // Monday 7 December 2026 (winter), Monday 8 June 2026 (summer).
    expect(text(openingsOn(H, '2026-12-07', 'HT'))).toEqual([
      '07:00-11:30',
      '13:00-16:30',
      '16:30-17:30 extra',
    ]);
    expect(text(openingsOn(H, '2026-12-07', 'VHXH'))).toContain('16:30-17:30 extra');
    expect(text(openingsOn(H, '2026-06-08', 'HT'))).toEqual([
      '07:00-11:30',
      '13:30-17:00',
      '17:00-18:00 extra',
    ]);
    // Not for land on a Monday, nor without a field; land has it on Fridays.
    expect(text(openingsOn(H, '2026-12-07', 'DD'))).toEqual(['07:00-11:30', '13:00-16:30']);
    expect(text(openingsOn(H, '2026-12-07'))).toEqual(['07:00-11:30', '13:00-16:30']);
    expect(text(openingsOn(H, '2026-12-11', 'DD'))).toContain('16:30-17:30 extra');
    expect(openingsOn(H, '2026-12-07', 'HT')[2]!.label).toBe('Giờ thứ 9');
    // Open at 17:15 on that Monday for HT, closed for DD; at 17:30 closed for everyone.
    expect(isOpenAt(H, at('2026-12-07T17:15:00+07:00'), 'HT')).toBe(true);
    expect(isOpenAt(H, at('2026-12-07T17:15:00+07:00'), 'DD')).toBe(false);
    expect(isOpenAt(H, at('2026-12-07T17:30:00+07:00'), 'HT')).toBe(false);
    // The regular close and the 9th hour touch: at 16:00 HT is open until 17:30.
    expect(nextOpening(H, at('2026-12-07T16:00:00+07:00'), 'HT')).toEqual({
      at: at('2026-12-07T16:00:00+07:00'),
      until: at('2026-12-07T17:30:00+07:00'),
    });
  });
});

describe('specials and closures', () => {
  it('a volunteer Saturday opens the land desk only', () => {
    expect(text(openingsOn(H, '2026-12-12', 'DD'))).toEqual(['07:30-11:30 special']);
    expect(openingsOn(H, '2026-12-12', 'HT')).toEqual([]);
    expect(openingsOn(H, '2026-12-12')).toEqual([]);
    expect(nextOpening(H, at('2026-12-11T18:00:00+07:00'), 'DD')?.at).toBe(at('2026-12-12T07:30:00+07:00'));
    expect(nextOpening(H, at('2026-12-11T18:00:00+07:00'), 'HT')?.at).toBe(at('2026-12-14T07:00:00+07:00'));
  });

  it('a whole-day closure, a time-range closure for one field and a public holiday win over sessions', () => {
    expect(openingsOn(H, '2026-12-16', 'HT')).toEqual([]);
    expect(text(openingsOn(H, '2026-12-17', 'HT'))).toEqual(['07:00-11:30', '15:00-16:30']);
    expect(text(openingsOn(H, '2026-12-17', 'DD'))).toEqual(['07:00-11:30', '13:00-16:30']);
    expect(openingsOn(H, '2027-01-01', 'HT')).toEqual([]);
    expect(nextOpening(H, at('2026-12-31T17:00:00+07:00'))?.at).toBe(at('2027-01-04T07:00:00+07:00'));
  });

  it('a make-up working Saturday of the working calendar opens with a usual day’s sessions, without extras', () => {
    const withWorkday = { ...H, workdays: new Set(['2026-12-19']) };
    expect(text(openingsOn(withWorkday, '2026-12-19', 'HT'))).toEqual(['07:00-11:30', '13:00-16:30']);
    expect(openingsOn(H, '2026-12-19', 'HT')).toEqual([]);
  });

  it('no opening within the search window → undefined', () => {
    const closed = hoursOf({ ...SAMPLE, weekly: [], seasons: [], extras: [], specials: [] });
    expect(nextOpening(closed, at('2026-12-07T08:00:00+07:00'))).toBeUndefined();
  });
});

describe('week view', () => {
  it('is Monday to Sunday of the week, with closures', () => {
    const week = weekView(H, findEpochDay('2026-12-16')!, 'HT');
    expect(week.map((d) => d.date)).toEqual([
      '2026-12-14',
      '2026-12-15',
      '2026-12-16',
      '2026-12-17',
      '2026-12-18',
      '2026-12-19',
      '2026-12-20',
    ]);
    expect(week[2]!.openings).toEqual([]);
    expect(week[2]!.closures[0]!.reason).toBe('Tổng vệ sinh trụ sở');
    expect(text(week[0]!.openings)).toContain('16:30-17:30 extra');
  });
});

describe('documents', () => {
  it('are checked, naming every bad field', () => {
    expect(() => checkServiceHoursDocument(SAMPLE)).not.toThrow();
    const bad: ServiceHoursDocument = {
      weekly: [
        {
          days: [1, 8],
          sessions: [
            ['13:00', '11:00'],
            ['07:00', '12:00'],
            ['11:30', '13:00'],
          ],
        },
      ],
      seasons: [
        { name: 'a', from: '04-15', to: '10-14', weekly: [] },
        { name: 'b', from: '10-01', to: '04-30', weekly: [] },
      ],
      extras: [{ fields: ['HT'], days: [1], season: 'summer', sessions: [['17:00', '18:00']] }],
      specials: [{ date: '2026-02-30', sessions: [['07:00', '11:00']] }],
      closures: [{ date: '2026-12-01', from: '10:00' }],
    };
    let error: DomainError | undefined;
    try {
      checkServiceHoursDocument(bad);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe('SERVICE_HOURS_INVALID');
    expect((error?.details?.fields ?? []).map((f) => f.field)).toEqual([
      'weekly[0].days[1]',
      'weekly[0].sessions[0]',
      'weekly[0].sessions[2]',
      'seasons[1]',
      'extras[0].season',
      'specials[0].date',
      'closures[0].to',
    ]);
    // The message names the places in words, not as paths.
    expect(error?.message).toContain('Lịch tuần 1, thứ 2: Thứ trong tuần phải từ 1');
    expect(describePath('seasons[1].weekly[0].sessions[0]')).toBe('Mùa 2, lịch tuần 1, buổi 1');
  });

  it('name an unknown field and a dated session or closure before the document takes effect', () => {
    const doc: ServiceHoursDocument = {
      extras: [{ fields: ['HT', 'XYZ'], days: [5], sessions: [['17:00', '18:00']] }],
      specials: [{ date: '2026-12-05', fields: ['DD'], sessions: [['07:30', '11:30']] }],
      closures: [{ date: '2027-01-04' }],
    };
    const context = { fields: new Set(['HT', 'DD']), effectiveFrom: '2027-01-01' };
    let error: DomainError | undefined;
    try {
      checkServiceHoursDocument(doc, context);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.details?.fields).toEqual([
      { field: 'extras[0].fields[1]', message: 'Không có lĩnh vực mã XYZ.' },
      { field: 'specials[0].date', message: 'Ngày này trước ngày hiệu lực nên sẽ không được áp dụng.' },
    ]);
  });
});
