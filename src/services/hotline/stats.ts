/**
 * The hotline dashboard of a unit over some days: calls per day and field, answer and missed rates, the average
 * wait, and the first-visit success. A call is linked to the caller's next dossier (any person with the same
 * number; created — at the desk or online — within 30 days after the call); the dossier "came once" when it
 * never had a supplement request or a refusal in its action log. Each dossier counts once, for the latest call
 * before it: per field (the call's field, else the procedure's) and per specialist (the call's last leg). Beside
 * them: the unit's dossiers of the same days whose applicant had not called any hotline in the 30 days before.
 * Computed here, when the dashboard is read, so the intake path carries no cost.
 */
import { sql } from 'kysely';
import { invalid } from '../../domain/errors.js';
import type { FirstVisitRate, HotlineStats } from '../../domain/hotline/views.js';
import type { Reader } from '../../db/transaction.js';
import { dayAfter, dayStart } from './reads.js';

export const LINK_DAYS = 30;
const MAX_RANGE_DAYS = 366;

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const rate = (dossiers: number, cameOnce: number): FirstVisitRate => ({
  dossiers,
  cameOnce,
  rate: ratio(cameOnce, dossiers),
});

/** "Came once": no supplement request and no refusal in the dossier's log. */
const cameOnce = (alias: string) =>
  sql.raw(`not exists (select 1 from dossier_actions a where a.dossier_id = ${alias}.id
    and a.action in ('request_supplement', 'refuse'))`);

export async function hotlineStats(
  db: Reader,
  unitId: string,
  range: { from: string; to: string },
): Promise<HotlineStats> {
  const from = dayStart(range.from);
  const until = dayAfter(range.to);
  const days = (until.getTime() - from.getTime()) / 86_400_000;
  if (Number.isNaN(days) || days < 1 || days > MAX_RANGE_DAYS) {
    const message = `Khoảng ngày không hợp lệ (từ ngày đến ngày, tối đa ${MAX_RANGE_DAYS} ngày).`;
    throw invalid('STATS_RANGE_INVALID', message, [{ field: 'from', message }]);
  }
  const totals = await sql<{ calls: number; answered: number; missed: number; wait: number | null }>`
    select count(*)::int as calls,
      count(*) filter (where answered_at is not null)::int as answered,
      count(*) filter (where status = 'missed')::int as missed,
      avg(wait_seconds) filter (where answered_at is not null)::float8 as wait
    from hotline_calls where unit_id = ${unitId} and started_at >= ${from} and started_at < ${until}`.execute(
    db,
  );
  const perDay = await sql<{ date: string; field_code: string | null; calls: number; missed: number }>`
    select to_char((started_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD') as date, field_code,
      count(*)::int as calls, count(*) filter (where status = 'missed')::int as missed
    from hotline_calls where unit_id = ${unitId} and started_at >= ${from} and started_at < ${until}
    group by 1, 2 order by 1, 2 nulls last`.execute(db);
  const linked = await sql<{
    field_code: string | null;
    field_name: string | null;
    staff_id: string | null;
    full_name: string | null;
    dossiers: number;
    came_once: number;
  }>`
    with calls as (
      select c.id, c.phone, c.started_at, c.field_code, c.last_staff_id from hotline_calls c
      where c.unit_id = ${unitId} and c.started_at >= ${from} and c.started_at < ${until}
    ), linked as (
      select distinct on (d.id) d.id, d.procedure_code, cl.field_code, cl.last_staff_id
      from calls cl
      join lateral (
        select d.id, d.procedure_code from dossiers d join persons p on p.id = d.applicant_id
        where p.phone = cl.phone and d.submitted_at >= cl.started_at
          and d.submitted_at < cl.started_at + make_interval(days => ${LINK_DAYS})
        order by d.submitted_at limit 1
      ) d on true
      order by d.id, cl.started_at desc
    )
    select coalesce(l.field_code, pr.field_code) as field_code, f.name as field_name,
      l.last_staff_id as staff_id, s.full_name,
      count(*)::int as dossiers, count(*) filter (where ${cameOnce('l')})::int as came_once
    from linked l
    left join procedures pr on pr.code = l.procedure_code
    left join fields f on f.code = coalesce(l.field_code, pr.field_code)
    left join staff s on s.id = l.last_staff_id
    group by 1, 2, 3, 4`.execute(db);
  const nonCallers = await sql<{ dossiers: number; came_once: number }>`
    select count(*)::int as dossiers, count(*) filter (where ${cameOnce('d')})::int as came_once
    from dossiers d join persons p on p.id = d.applicant_id
    where d.receiving_unit_id = ${unitId} and d.submitted_at >= ${from} and d.submitted_at < ${until}
      and not exists (select 1 from hotline_calls c where p.phone is not null and c.phone = p.phone
        and c.started_at <= d.submitted_at
        and c.started_at > d.submitted_at - make_interval(days => ${LINK_DAYS}))`.execute(db);

  const t = totals.rows[0]!;
  const byField = new Map<string, { fieldName: string; dossiers: number; cameOnce: number }>();
  const bySpecialist = new Map<string, { fullName: string; dossiers: number; cameOnce: number }>();
  let dossiers = 0;
  let once = 0;
  for (const r of linked.rows) {
    dossiers += r.dossiers;
    once += r.came_once;
    if (r.field_code) {
      const f = byField.get(r.field_code) ?? {
        fieldName: r.field_name ?? r.field_code,
        dossiers: 0,
        cameOnce: 0,
      };
      f.dossiers += r.dossiers;
      f.cameOnce += r.came_once;
      byField.set(r.field_code, f);
    }
    if (r.staff_id) {
      const s = bySpecialist.get(r.staff_id) ?? { fullName: r.full_name ?? '', dossiers: 0, cameOnce: 0 };
      s.dossiers += r.dossiers;
      s.cameOnce += r.came_once;
      bySpecialist.set(r.staff_id, s);
    }
  }
  const nc = nonCallers.rows[0]!;
  const collator = new Intl.Collator('vi');
  return {
    from: range.from,
    to: range.to,
    calls: t.calls,
    answered: t.answered,
    missed: t.missed,
    answerRate: ratio(t.answered, t.calls),
    missedRate: ratio(t.missed, t.calls),
    averageWaitSeconds: t.wait === null ? null : Math.round(t.wait * 10) / 10,
    perDay: perDay.rows.map((r) => ({
      date: r.date,
      fieldCode: r.field_code,
      calls: r.calls,
      missed: r.missed,
    })),
    firstVisit: {
      callers: rate(dossiers, once),
      nonCallers: rate(nc.dossiers, nc.came_once),
      byField: [...byField.entries()]
        .map(([fieldCode, f]) => ({ fieldCode, fieldName: f.fieldName, ...rate(f.dossiers, f.cameOnce) }))
        .sort((a, b) => a.fieldCode.localeCompare(b.fieldCode)),
      bySpecialist: [...bySpecialist.entries()]
        .map(([staffId, s]) => ({ staffId, fullName: s.fullName, ...rate(s.dossiers, s.cameOnce) }))
        .sort((a, b) => collator.compare(a.fullName, b.fullName)),
    },
  };
}
