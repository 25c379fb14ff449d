/**
 * Demo calendar: Thanh Hóa's office hours with a winter season (the province's public reporting shows the office
 * closing at 17:00 in summer and 16:30 in winter; the season's dates here are a sample), and the current year's
 * holiday decision filled from the statutory suggestions — marked as sample data, not a real decision.
 */
import type { Transaction } from 'kysely';
import { suggestHolidays } from '../../domain/calendar/holidays.js';
import type { Database } from '../../db/schema.js';

export const DEMO_CALENDAR_YEAR = 2026;

export async function seedCalendar(trx: Transaction<Database>): Promise<void> {
  const province = await trx
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', '000.00.00.H56')
    .executeTakeFirst();
  const admin = await trx
    .selectFrom('staff')
    .select(['id', 'full_name'])
    .where('username', '=', 'admin.tinh')
    .executeTakeFirst();
  if (!province || !admin) return;
  await trx
    .insertInto('unit_calendars')
    .values({
      unit_id: province.id,
      timezone: 'Asia/Ho_Chi_Minh',
      workweek: [1, 2, 3, 4, 5],
      sessions: JSON.stringify([
        ['07:00', '11:30'],
        ['13:30', '17:00'],
      ]),
      seasons: JSON.stringify([
        {
          from: '10-15',
          to: '04-14',
          sessions: [
            ['07:00', '11:30'],
            ['13:00', '16:30'],
          ],
        },
      ]),
      hours_per_day: 8,
      days_off: JSON.stringify([]),
      workdays: JSON.stringify([]),
      updated_by: admin.id,
    })
    .execute();
  const suggestions = suggestHolidays(DEMO_CALENDAR_YEAR);
  await trx
    .insertInto('holiday_decisions')
    .values({
      unit_id: province.id,
      year: DEMO_CALENDAR_YEAR,
      version: 1,
      decision_number: 'MẪU-01/2026',
      decision_date: `${DEMO_CALENDAR_YEAR - 1}-12-15`,
      days_off: JSON.stringify(suggestions.map((s) => ({ date: s.date, reason: s.reason }))),
      workdays: JSON.stringify([]),
      note: 'Dữ liệu mẫu: các ngày nghỉ gợi ý theo Bộ luật Lao động 2019, không phải quyết định thật.',
      published_by: admin.id,
      published_by_name: admin.full_name,
    })
    .execute();
}
