/**
 * Demo service hours, in force since 2020: the province's summer and winter sessions, inherited by every unit;
 * Đông Khê's own "9th hour" (Mondays for justice and culture-society, Fridays for land, as in the article); the Land
 * Registration Office's own volunteer Saturday on the first Saturday of next month. Also Hoằng Quang's own day modes,
 * and the procedures Đông Khê returns the same day on its no-appointment Fridays beside those the law makes same-day.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { civilDate, epochDay, formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import { instantToLocal } from '../../domain/calendar/time-zone.js';
import { SAMPLE } from '../../domain/service-hours/sample.js';
import type { ServiceHoursDocument } from '../../domain/service-hours/service-hours.js';

const PROVINCE = '000.00.00.H56';
const LAND_OFFICE = '000.00.21.H56';
const DONG_KHE = 'H56.10.02';
const HOANG_QUANG = 'H56.10.03';
export const DEMO_HOURS_SINCE = '2020-01-01';
/**
 * Đông Khê's same-day procedures besides the legal ones (certified copies, birth, marriage and death registration):
 * the marital status certificate and the civil-status confirmation, three working days by law, which the commune's
 * justice officer settles while the citizen waits on a no-appointment day.
 */
export const DONG_KHE_SAME_DAY = ['1.004873', '2.002516'];

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
    .where('agency_id', 'in', [PROVINCE, LAND_OFFICE, DONG_KHE, HOANG_QUANG])
    .execute();
  const idOf = (agencyId: string) => units.find((u) => u.agency_id === agencyId)?.id;
  const province = idOf(PROVINCE);
  const land = idOf(LAND_OFFICE);
  const dongKhe = idOf(DONG_KHE);
  if (!province || !land || !dongKhe) return;
  const provinceHours: ServiceHoursDocument = { weekly: SAMPLE.weekly, seasons: SAMPLE.seasons };
  const dongKheHours: ServiceHoursDocument = { extras: SAMPLE.extras };
  const landHours: ServiceHoursDocument = {
    specials: [
      {
        date: volunteerSaturday(now),
        fields: ['DD'],
        sessions: [['07:30', '11:30']],
        label: 'Thứ Bảy tình nguyện',
      },
    ],
  };
  const version = (unit_id: string, document: ServiceHoursDocument) => ({
    unit_id,
    effective_from: DEMO_HOURS_SINCE,
    document: JSON.stringify(document),
  });
  await trx
    .insertInto('unit_service_hours_versions')
    .values([version(province, provinceHours), version(dongKhe, dongKheHours), version(land, landHours)])
    .execute();
  // Hoằng Quang's own day modes, as in the article: "Thứ ba, thứ năm — ngày không viết", "Thứ sáu — ngày không hẹn"
  // (the province default is the same practice; here they are the commune's own, shown as such in the admin).
  const hoangQuang = idOf(HOANG_QUANG);
  if (hoangQuang) {
    await trx
      .insertInto('unit_day_modes')
      .values([
        { unit_id: hoangQuang, mode: 'no_writing', weekdays: [2, 4] },
        { unit_id: hoangQuang, mode: 'same_day', weekdays: [5] },
      ])
      .execute();
  }
  const known = await trx
    .selectFrom('procedures')
    .select('code')
    .where('code', 'in', DONG_KHE_SAME_DAY)
    .execute();
  if (known.length) {
    await trx
      .insertInto('unit_same_day_procedures')
      .values(known.map((p) => ({ unit_id: dongKhe, procedure_code: p.code })))
      .execute();
  }
}
