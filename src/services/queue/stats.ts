/**
 * Desk statistics of a unit's queue over a range of days: tickets, served, no-shows, waits (issue → first call) and
 * service times (start → finish) at the median and the 90th percentile, by field, by day and by counter. For the
 * unit's officers, its leaders and administrators.
 */
import { forbidden, invalid } from '../../domain/errors.js';
import { canReadQueueStats } from '../../domain/queue/access.js';
import { quantile } from '../../domain/queue/estimate.js';
import type { ActingContext } from '../org/context.js';
import type { Reader } from '../../db/transaction.js';
import { unitByAgencyId } from '../org/units.js';

const MAX_DAYS = 92;

interface Row {
  field_code: string;
  day: string;
  status: string;
  counter_number: number | null;
  issued_at: Date;
  called_at: Date | null;
  serving_at: Date | null;
  finished_at: Date | null;
}

const minutes = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 6_000) / 10);

function summarise(rows: Row[]) {
  const waits = rows.filter((r) => r.called_at).map((r) => +r.called_at! - +r.issued_at);
  const services = rows
    .filter((r) => r.status === 'done' && r.serving_at && r.finished_at)
    .map((r) => +r.finished_at! - +r.serving_at!);
  return {
    tickets: rows.length,
    served: rows.filter((r) => r.status === 'done').length,
    noShows: rows.filter((r) => r.status === 'no_show').length,
    waitP50: minutes(quantile(waits, 0.5)),
    waitP90: minutes(quantile(waits, 0.9)),
    serviceP50: minutes(quantile(services, 0.5)),
    serviceP90: minutes(quantile(services, 0.9)),
  };
}

function groupBy<K extends string | number>(rows: Row[], key: (r: Row) => K | null): Map<K, Row[]> {
  const groups = new Map<K, Row[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return groups;
}

export async function queueStats(
  db: Reader,
  ctx: ActingContext,
  agencyId: string,
  range: { from: string; to: string },
) {
  const unit = await unitByAgencyId(db, agencyId, { field: 'unit' });
  if (!canReadQueueStats(ctx.actor, unit.path)) throw forbidden();
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (!(days >= 0 && days < MAX_DAYS)) {
    const message = `Khoảng ngày không hợp lệ: từ ngày phải trước đến ngày, tối đa ${MAX_DAYS} ngày.`;
    throw invalid('STATS_RANGE_INVALID', message, [{ field: 'from', message }]);
  }
  const rows: Row[] = await db
    .selectFrom('queue_tickets as t')
    .leftJoin('queue_counters as c', 'c.id', 't.counter_id')
    .select([
      't.field_code',
      (eb) => eb.cast<string>('t.day', 'text').as('day'),
      't.status',
      'c.number as counter_number',
      't.issued_at',
      't.called_at',
      't.serving_at',
      't.finished_at',
    ])
    .where('t.unit_id', '=', unit.id)
    .where('t.day', '>=', range.from)
    .where('t.day', '<=', range.to)
    .execute();
  const names = new Map(
    (await db.selectFrom('fields').select(['code', 'name']).execute()).map((f) => [f.code, f.name]),
  );
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    from: range.from,
    to: range.to,
    total: summarise(rows),
    byField: [...groupBy(rows, (r) => r.field_code)]
      .map(([code, rs]) => ({ fieldCode: code, fieldName: names.get(code) ?? code, ...summarise(rs) }))
      .sort((a, b) => b.tickets - a.tickets),
    byDay: [...groupBy(rows, (r) => r.day)]
      .map(([day, rs]) => ({ day, ...summarise(rs) }))
      .sort((a, b) => a.day.localeCompare(b.day)),
    byCounter: [...groupBy(rows, (r) => r.counter_number)]
      .map(([counterNumber, rs]) => ({ counterNumber, ...summarise(rs) }))
      .sort((a, b) => a.counterNumber - b.counterNumber),
  };
}
