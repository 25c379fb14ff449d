/**
 * A sample of a province's service hours (summer and winter, the 9th hour on Mondays for justice and
 * culture-society and on Fridays for land, a volunteer Saturday, two closures): the tests' fixture and the demo
 * data's pattern.
 */
import type { ServiceHours, ServiceHoursDocument } from './service-hours.js';

export const SUMMER = [
  ['07:00', '11:30'],
  ['13:30', '17:00'],
] as [string, string][];
export const WINTER = [
  ['07:00', '11:30'],
  ['13:00', '16:30'],
] as [string, string][];

/** The province pattern; its special and closures fall in December 2026. */
export const SAMPLE: Required<ServiceHoursDocument> = {
  weekly: [{ days: [1, 2, 3, 4, 5], sessions: SUMMER }],
  seasons: [
    { name: 'summer', from: '04-15', to: '10-14', weekly: [{ days: [1, 2, 3, 4, 5], sessions: SUMMER }] },
    { name: 'winter', from: '10-15', to: '04-14', weekly: [{ days: [1, 2, 3, 4, 5], sessions: WINTER }] },
  ],
  extras: [
    {
      fields: ['HT', 'VHXH'],
      days: [1],
      season: 'summer',
      sessions: [['17:00', '18:00']],
      label: 'Giờ thứ 9',
    },
    {
      fields: ['HT', 'VHXH'],
      days: [1],
      season: 'winter',
      sessions: [['16:30', '17:30']],
      label: 'Giờ thứ 9',
    },
    { fields: ['DD'], days: [5], season: 'summer', sessions: [['17:00', '18:00']], label: 'Giờ thứ 9' },
    { fields: ['DD'], days: [5], season: 'winter', sessions: [['16:30', '17:30']], label: 'Giờ thứ 9' },
  ],
  specials: [
    { date: '2026-12-12', fields: ['DD'], sessions: [['07:30', '11:30']], label: 'Thứ Bảy tình nguyện' },
  ],
  closures: [
    { date: '2026-12-16', reason: 'Tổng vệ sinh trụ sở' },
    { date: '2026-12-17', from: '13:00', to: '15:00', fields: ['HT'], reason: 'Họp giao ban' },
  ],
};

/** Effective hours of a document in Vietnam, with the given public holidays. */
export const hoursOf = (
  doc: Required<ServiceHoursDocument>,
  holidays: [string, string][] = [],
): ServiceHours => ({
  timezone: 'Asia/Ho_Chi_Minh',
  ...doc,
  holidays: new Map(holidays),
});
