/**
 * The end-of-day list of a unit: dossiers received that day as same-day ones and not finished, plus any dossier
 * due that day and not finished — what the desk and the leader check before closing.
 */
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import { localToInstant, localDate } from '../../domain/calendar/time-zone.js';
import { forbidden, invalid } from '../../domain/errors.js';
import { terminalStatuses } from '../../domain/dossier/lifecycle.js';
import { maySee } from '../../domain/dossier/permissions.js';
import { riskOf, type Risk } from '../../domain/dossier/risk.js';
import type { Actor } from '../../domain/org/roles.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import type { Reader } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { dossierRows, toSummary, type DossierSummary } from './common.js';
import { unitByAgencyId } from '../org/units.js';

export interface EndOfDayQuery {
  /** Agency id; default: the unit of the actor's first role. */
  unit?: string | undefined;
  /** YYYY-MM-DD in the unit's calendar zone; default: today. */
  date?: string | undefined;
}

export interface EndOfDayList {
  unit: { agencyId: string; name: string };
  date: string;
  counts: { sameDay: number; dueToday: number; total: number };
  items: (DossierSummary & { risk: Risk; sameDay: boolean })[];
}

async function unitOf(db: Reader, actor: Actor, agencyId: string | undefined): Promise<UnitRow> {
  if (agencyId) return unitByAgencyId(db, agencyId);
  const first = actor.roles[0];
  if (!first) throw forbidden('Bạn không thuộc đơn vị nào.');
  return db.selectFrom('units').selectAll().where('id', '=', first.unitId).executeTakeFirstOrThrow();
}

export async function endOfDayList(
  db: Reader,
  actor: Actor,
  query: EndOfDayQuery,
  now = Date.now(),
): Promise<EndOfDayList> {
  const unit = await unitOf(db, actor, query.unit);
  if (!maySee(actor, [unit.path])) throw forbidden('Bạn không có quyền xem hồ sơ của đơn vị này.');
  const { definition } = await loadEffectiveCalendar(db, unit);
  const tz = definition.timezone;
  const date = query.date ?? localDate(tz, now);
  const day = findEpochDay(date);
  if (day === undefined) {
    const message = 'Ngày không hợp lệ (cần dạng YYYY-MM-DD).';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'date', message }]);
  }
  const start = new Date(localToInstant(tz, day, 0));
  const end = new Date(localToInstant(tz, day + 1, 0));
  const rows = await dossierRows(db)
    .select('d.same_day')
    .where((eb) => eb.or([eb('d.receiving_unit_id', '=', unit.id), eb('d.handling_unit_id', '=', unit.id)]))
    .where('d.status', 'not in', terminalStatuses)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('d.same_day', '=', true),
          eb('d.received_at', '>=', start),
          eb('d.received_at', '<', end),
        ]),
        eb.and([eb('d.due_at', '>=', start), eb('d.due_at', '<', end)]),
      ]),
    )
    .orderBy('d.due_at')
    .orderBy('d.code')
    .limit(2000)
    .execute();
  const items = rows.map((r) => ({
    ...toSummary(r),
    sameDay: r.same_day,
    risk: riskOf(r.due_at ? r.due_at.getTime() : null, false, now),
  }));
  const dueToday = items.filter(
    (i) => i.dueAt && i.dueAt >= start.toISOString() && i.dueAt < end.toISOString(),
  );
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    date,
    counts: {
      sameDay: items.filter((i) => i.sameDay).length,
      dueToday: dueToday.length,
      total: items.length,
    },
    items,
  };
}
