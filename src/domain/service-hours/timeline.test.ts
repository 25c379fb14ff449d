/**
 * Service hours over time and down the tree: a version applies from its effective date and never before; weekly
 * sessions and seasons are inherited, closures add up, extras (the 9th hour) and specials stay with the unit that
 * sets them. Properties on random versions: a version dated D changes no day before D.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, formatEpochDay } from '../calendar/civil-date.js';
import { SAMPLE, SUMMER, WINTER } from './sample.js';
import { EMPTY_RULES, openingsOn, type ServiceHours, type ServiceHoursDocument } from './service-hours.js';
import {
  composeTimeline,
  inForceSince,
  inheritDocuments,
  mergedOn,
  nextChangeAfter,
  versionOn,
  type DatedDocument,
} from './timeline.js';

const PROVINCE: ServiceHoursDocument = { weekly: SAMPLE.weekly, seasons: SAMPLE.seasons };
const DONG_KHE: ServiceHoursDocument = { extras: SAMPLE.extras };

const hoursOf = (layers: DatedDocument[][]): ServiceHours => ({
  timezone: 'Asia/Ho_Chi_Minh',
  ...EMPTY_RULES,
  changes: composeTimeline(layers),
  holidays: new Map(),
});
const text = (hours: ServiceHours, date: string, field?: string) =>
  openingsOn(hours, date, field).map((o) => `${o.start}-${o.end}${o.kind === 'regular' ? '' : ' ' + o.kind}`);
const since = (effectiveFrom: string, document: ServiceHoursDocument): DatedDocument => ({
  effectiveFrom,
  document,
});

describe('inheritance down the tree', () => {
  it('weekly sessions and seasons come from the nearest unit; extras and specials only from the unit itself', () => {
    const { document, from } = inheritDocuments([PROVINCE, null, DONG_KHE]);
    expect(document.weekly).toBe(SAMPLE.weekly);
    expect(document.extras).toBe(SAMPLE.extras);
    expect(from).toEqual({ weekly: 0, seasons: 0, extras: 2, specials: -1, closures: -1 });
    // The province's own extras and specials stay the province's.
    const below = inheritDocuments([SAMPLE, { weekly: [] }]);
    expect(below.document).toMatchObject({ weekly: [], seasons: SAMPLE.seasons, extras: [], specials: [] });
  });

  it('closures add up from every level', () => {
    const { document } = inheritDocuments([
      { closures: [{ date: '2026-12-16', reason: 'Tổng vệ sinh' }] },
      { closures: [{ date: '2026-12-17', reason: 'Họp' }] },
    ]);
    expect(document.closures.map((c) => c.date)).toEqual(['2026-12-16', '2026-12-17']);
  });

  it('Đông Khê has its 9th hour in summer and winter; the provincial centre and another commune do not', () => {
    const province = [since('2020-01-01', PROVINCE)];
    const dongKhe = hoursOf([province, [since('2020-01-01', DONG_KHE)]]);
    const centre = hoursOf([province, []]);
    // Monday 8 June 2026 (summer) and Monday 7 December 2026 (winter), justice.
    expect(text(dongKhe, '2026-06-08', 'HT').at(-1)).toBe(`${17 * 60}-${18 * 60} extra`);
    expect(text(dongKhe, '2026-12-07', 'HT').at(-1)).toBe(`${16 * 60 + 30}-${17 * 60 + 30} extra`);
    // Friday 11 December 2026, land.
    expect(text(dongKhe, '2026-12-11', 'DD').at(-1)).toBe(`${16 * 60 + 30}-${17 * 60 + 30} extra`);
    for (const date of ['2026-06-08', '2026-12-07', '2026-12-11']) {
      for (const field of ['HT', 'VHXH', 'DD']) {
        expect(openingsOn(centre, date, field).every((o) => o.kind === 'regular')).toBe(true);
      }
    }
  });
});

describe('versions by effective date', () => {
  const province = [
    since('2020-01-01', PROVINCE),
    since('2027-01-01', { weekly: [{ days: [1, 2, 3, 4, 5, 6], sessions: WINTER }], seasons: [] }),
  ];

  it('the version in force is the latest on or before the date', () => {
    expect(versionOn(province, '2019-12-31')).toBeUndefined();
    expect(versionOn(province, '2026-12-31')?.effectiveFrom).toBe('2020-01-01');
    expect(versionOn(province, '2027-01-01')?.effectiveFrom).toBe('2027-01-01');
    expect(mergedOn([province], '2027-02-01').document.seasons).toEqual([]);
  });

  it('a change effective next month leaves today as it was and applies from its date on', () => {
    const before = hoursOf([province.slice(0, 1), []]);
    const after = hoursOf([province, []]);
    expect(text(after, '2026-12-31')).toEqual(text(before, '2026-12-31'));
    expect(text(after, '2026-12-05')).toEqual([]); // a Saturday before the change
    expect(text(after, '2027-01-02')).toEqual(['420-690', '780-990']); // a Saturday after it
    expect(inForceSince([province], epochDay(2026, 12, 7))).toBe('2020-01-01');
    expect(nextChangeAfter([province], epochDay(2026, 12, 7))).toBe('2027-01-01');
    expect(nextChangeAfter([province], epochDay(2027, 1, 1))).toBeNull();
    expect(inForceSince([province], epochDay(2019, 1, 1))).toBeNull();
  });

  it('a unit change and a province change on different dates each apply from their own date', () => {
    const unit = [since('2026-12-14', DONG_KHE)];
    const hours = hoursOf([province, unit]);
    expect(text(hours, '2026-12-07', 'HT')).toHaveLength(2); // no 9th hour yet
    expect(text(hours, '2026-12-14', 'HT').at(-1)).toContain('extra');
    // From 2027 the province has no seasons: Đông Khê's seasonal extras find no season and stop.
    expect(text(hours, '2027-01-04', 'HT').some((o) => o.includes('extra'))).toBe(false);
    expect(SUMMER).not.toEqual(WINTER);
  });
});

const DAY0 = epochDay(2026, 1, 1);
const dayArb = fc.integer({ min: DAY0, max: DAY0 + 730 });
const docArb: fc.Arbitrary<ServiceHoursDocument> = fc.constantFrom<ServiceHoursDocument>(
  PROVINCE,
  DONG_KHE,
  { weekly: [{ days: [6], sessions: [['07:30', '11:30']] }] },
  { closures: [{ date: '2026-12-16' }, { date: '2027-03-08', from: '13:00', to: '15:00' }] },
  { specials: [{ date: '2027-01-09', fields: ['DD'], sessions: [['07:30', '11:30']] }] },
  {},
);
const versionsArb = fc.array(
  fc.tuple(dayArb, docArb).map(([d, document]) => since(formatEpochDay(d), document)),
  { maxLength: 4 },
);

describe('effective-date properties', () => {
  it('adding a version dated D changes no opening on any day before D', () => {
    fc.assert(
      fc.property(versionsArb, versionsArb, dayArb, docArb, dayArb, (upper, own, from, doc, probe) => {
        const unique = (vs: DatedDocument[]) => vs.filter((v) => v.effectiveFrom !== formatEpochDay(from));
        const base = [unique(upper), unique(own)];
        const added = [unique(upper), [...unique(own), since(formatEpochDay(from), doc)]];
        const day = Math.min(probe, from - 1);
        for (const field of [undefined, 'HT', 'DD']) {
          expect(openingsOn(hoursOf(added), day, field)).toEqual(openingsOn(hoursOf(base), day, field));
        }
      }),
    );
  });

  it('an ancestor’s extras and specials never open a unit’s desk', () => {
    fc.assert(
      fc.property(versionsArb, dayArb, (upper, probe) => {
        const hours = hoursOf([upper, []]);
        expect(openingsOn(hours, probe, 'HT').every((o) => o.kind === 'regular')).toBe(true);
        expect(openingsOn(hours, probe, 'DD').every((o) => o.kind === 'regular')).toBe(true);
      }),
    );
  });
});
