/**
 * Demo service hours: the province's (summer and winter, the 9th hour on Mondays for justice and culture-society
 * and on Fridays for land) inherited by every unit; the Land Registration Office keeps only the land 9th hour and adds
 * a volunteer Saturday on the first Saturday of next month.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { civilDate, epochDay, formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import { instantToLocal } from '../../domain/calendar/time-zone.js';
import { SAMPLE } from '../../domain/service-hours/sample.js';
import type { ServiceHoursDocument } from '../../domain/service-hours/service-hours.js';

const PROVINCE = '000.00.00.H56';
const LAND_OFFICE = '000.00.21.H56';

/** The first Saturday of the month after the one holding `now`, in Vietnam. */
export function volunteerSaturday(now: number): string {
  const today = instantToLocal('Asia/Ho_Chi_Minh', now).day;
  const { year, month } = civilDate(today);
  const first = month === 12 ? epochDay(year + 1, 1, 1) : epochDay(year, month + 1, 1);
  return formatEpochDay(first + ((6 - isoWeekday(first) + 7) % 7));
}

export async function seedServiceHours(trx: Transaction<Database>, now = Date.now()): Promise<void> {
  const units = await trx
    .selectFrom('units')
    .select(['id', 'agency_id'])
    .where('agency_id', 'in', [PROVINCE, LAND_OFFICE])
    .execute();
  const province = units.find((u) => u.agency_id === PROVINCE);
  const land = units.find((u) => u.agency_id === LAND_OFFICE);
  if (!province || !land) return;
  const provinceHours: ServiceHoursDocument = {
    weekly: SAMPLE.weekly,
    seasons: SAMPLE.seasons,
    extras: SAMPLE.extras,
  };
  // The land office serves land only: its 9th hour is the province's Friday one; its volunteer Saturday its own.
  const landHours: ServiceHoursDocument = {
    extras: SAMPLE.extras.filter((e) => e.fields.includes('DD')),
    specials: [
      {
        date: volunteerSaturday(now),
        fields: ['DD'],
        sessions: [['07:30', '11:30']],
        label: 'Thứ Bảy tình nguyện',
      },
    ],
  };
  await trx
    .insertInto('unit_service_hours')
    .values([
      { unit_id: province.id, document: JSON.stringify(provinceHours) },
      { unit_id: land.id, document: JSON.stringify(landHours) },
    ])
    .execute();
}
