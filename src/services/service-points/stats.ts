/**
 * What the service points add up to, for the administrators of their units: between two dates (Vietnam's days),
 * every dossier submitted online to those units and those of them entered at a point (counted as online AND as
 * assisted), and each point's submissions day by day.
 */
import { sql } from 'kysely';
import { findEpochDay, formatEpochDay } from '../../domain/calendar/civil-date.js';
import { localDate, localToInstant } from '../../domain/calendar/time-zone.js';
import { invalid } from '../../domain/errors.js';
import type { Actor } from '../../domain/org/roles.js';
import type { PointStatsQuery } from '../../contracts/service-points.js';
import type { Reader } from '../../db/transaction.js';
import { managedUnits } from './points.js';

const TZ = 'Asia/Ho_Chi_Minh';
/** The longest range asked at once, in days. */
const MAX_DAYS = 366;

function dayOf(text: string | undefined, fallback: number, field: string): number {
  if (text === undefined) return fallback;
  const day = findEpochDay(text);
  if (day === undefined) {
    const message = 'Ngày không hợp lệ (cần dạng YYYY-MM-DD).';
    throw invalid('VALIDATION_FAILED', message, [{ field, message }]);
  }
  return day;
}

export async function pointStats(db: Reader, actor: Actor, query: PointStatsQuery, now = Date.now()) {
  const today = findEpochDay(localDate(TZ, now))!;
  const to = dayOf(query.to, today, 'to');
  const from = dayOf(query.from, to - 29, 'from');
  if (from > to || to - from >= MAX_DAYS) {
    const message = `Khoảng ngày không hợp lệ (từ ngày không sau đến ngày, tối đa ${MAX_DAYS} ngày).`;
    throw invalid('VALIDATION_FAILED', message, [{ field: 'from', message }]);
  }
  const start = new Date(localToInstant(TZ, from, 0));
  const end = new Date(localToInstant(TZ, to + 1, 0));
  const unitIds = (await managedUnits(db, actor)).map((u) => u.id);
  const range = { from: formatEpochDay(from), to: formatEpochDay(to) };
  if (unitIds.length === 0) return { ...range, online: 0, assistedAtPoints: 0, points: [] };
  const online = await db
    .selectFrom('dossiers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('channel', '=', 'online')
    .where('receiving_unit_id', 'in', unitIds)
    .where('submitted_at', '>=', start)
    .where('submitted_at', '<', end)
    .executeTakeFirstOrThrow();
  const points = await db
    .selectFrom('service_points')
    .select(['id', 'name'])
    .where('unit_id', 'in', unitIds)
    .orderBy('name')
    .execute();
  const day = sql<string>`to_char(s.submitted_at at time zone ${sql.lit(TZ)}, 'YYYY-MM-DD')`;
  const counts = points.length
    ? await db
        .selectFrom('service_point_submissions as s')
        .select((eb) => ['s.point_id', day.as('day'), eb.fn.countAll<string>().as('n')])
        .where(
          's.point_id',
          'in',
          points.map((p) => p.id),
        )
        .where('s.submitted_at', '>=', start)
        .where('s.submitted_at', '<', end)
        .groupBy(['s.point_id', day])
        .orderBy(day)
        .execute()
    : [];
  const perPoint = points.map((p) => {
    const days = counts.filter((c) => c.point_id === p.id).map((c) => ({ date: c.day, count: Number(c.n) }));
    return { id: p.id, name: p.name, total: days.reduce((a, d) => a + d.count, 0), days };
  });
  return {
    ...range,
    online: Number(online.n),
    assistedAtPoints: perPoint.reduce((a, p) => a + p.total, 0),
    points: perPoint,
  };
}
