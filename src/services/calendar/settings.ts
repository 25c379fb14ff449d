/**
 * A unit's own calendar settings: what it overrides of the calendar it inherits (time zone, working week,
 * sessions, seasons, hours per day) and its own days off and working days. Reading needs org.read on the unit,
 * writing unit.manage; every write validates the unit's whole effective calendar, checks the version it was based
 * on, and is audited.
 */
import { conflict, forbidden, invalid, type FieldIssue } from '../../domain/errors.js';
import type {
  CalendarDefinition,
  SeasonDefinition,
  SessionText,
} from '../../domain/calendar/calendar-file.js';
import { composeCalendar, type DayNote } from '../../domain/calendar/inheritance.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { getUnit, type UnitRow } from '../org/queries.js';
import { checkDays, checkDisjoint } from './days.js';
import { readLayers } from './layers.js';

export interface CalendarOverride {
  timezone: string | null;
  workweek: number[] | null;
  sessions: SessionText[] | null;
  seasons: SeasonDefinition[] | null;
  hoursPerDay: number | null;
  daysOff: DayNote[];
  workdays: DayNote[];
}

export interface UnitCalendarView {
  unit: { id: string; agencyId: string; name: string; type: string };
  /** 0 while the unit has never had settings of its own. */
  version: number;
  own: CalendarOverride;
  /** The calendar the unit would have with no settings of its own. */
  inherited: CalendarDefinition;
  effective: CalendarDefinition;
  manageable: boolean;
  updatedAt: string | null;
}

const EMPTY: CalendarOverride = {
  timezone: null,
  workweek: null,
  sessions: null,
  seasons: null,
  hoursPerDay: null,
  daysOff: [],
  workdays: [],
};

async function readOwn(db: Reader, unitId: string, lock = false) {
  let q = db.selectFrom('unit_calendars').selectAll().where('unit_id', '=', unitId);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) return { version: 0, own: EMPTY, updatedAt: null };
  return {
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    own: {
      timezone: row.timezone,
      workweek: row.workweek,
      sessions: row.sessions,
      seasons: row.seasons,
      hoursPerDay: row.hours_per_day,
      daysOff: row.days_off,
      workdays: row.workdays,
    },
  };
}

function layerOf(own: CalendarOverride) {
  return { ...own, days: [{ daysOff: own.daysOff, workdays: own.workdays }] };
}

async function viewOf(db: Reader, actor: Actor, unit: UnitRow, lock = false): Promise<UnitCalendarView> {
  const layers = await readLayers(db, unit.path);
  const { version, own, updatedAt } = await readOwn(db, unit.id, lock);
  const above = layers.slice(0, -1);
  return {
    unit: { id: unit.id, agencyId: unit.agency_id, name: unit.name, type: unit.type },
    version,
    own,
    inherited: composeCalendar(above).definition,
    effective: composeCalendar([...above, layerOf(own)]).definition,
    manageable: can(actor, 'unit.manage', unit.path),
    updatedAt,
  };
}

export async function getUnitCalendar(db: Reader, actor: Actor, unitId: string): Promise<UnitCalendarView> {
  const unit = await getUnit(db, unitId);
  if (!can(actor, 'org.read', unit.path)) throw forbidden();
  return viewOf(db, actor, unit);
}

export interface CalendarOverrideInput extends CalendarOverride {
  /** The version the edit was based on (0 for a unit with no settings yet). */
  expectedVersion: number;
}

export async function updateUnitCalendar(
  trx: Trx,
  ctx: ActingContext,
  unitId: string,
  input: CalendarOverrideInput,
): Promise<UnitCalendarView> {
  const unit = await getUnit(trx, unitId);
  if (!can(ctx.actor, 'unit.manage', unit.path)) throw forbidden();
  await trx.selectFrom('units').select('id').where('id', '=', unit.id).forUpdate().execute();
  const current = await readOwn(trx, unit.id, true);
  if (current.version !== input.expectedVersion) {
    throw conflict(
      'VERSION_CONFLICT',
      'Lịch của đơn vị vừa được người khác thay đổi; vui lòng tải lại rồi sửa tiếp.',
      { currentVersion: current.version },
    );
  }
  const issues: FieldIssue[] = [];
  const daysOff = checkDays(input.daysOff, 'daysOff', issues);
  const workdays = checkDays(input.workdays, 'workdays', issues);
  checkDisjoint(daysOff, workdays, issues);
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Danh sách ngày chưa hợp lệ.', issues);
  const own: CalendarOverride = { ...input, daysOff, workdays };
  const layers = await readLayers(trx, unit.path);
  // Throws CALENDAR_INVALID naming the body's fields (sessions[1], seasons[0].from, timezone, …).
  composeCalendar([...layers.slice(0, -1), layerOf(own)]);
  const values = {
    timezone: own.timezone,
    workweek: own.workweek,
    sessions: own.sessions === null ? null : JSON.stringify(own.sessions),
    seasons: own.seasons === null ? null : JSON.stringify(own.seasons),
    hours_per_day: own.hoursPerDay,
    days_off: JSON.stringify(daysOff),
    workdays: JSON.stringify(workdays),
    version: current.version + 1,
    updated_at: new Date(),
    updated_by: ctx.actor.id,
  };
  if (current.version === 0) {
    await trx
      .insertInto('unit_calendars')
      .values({ unit_id: unit.id, ...values })
      .execute();
  } else {
    await trx.updateTable('unit_calendars').set(values).where('unit_id', '=', unit.id).execute();
  }
  const changed = (Object.keys(EMPTY) as (keyof CalendarOverride)[]).filter(
    (k) => JSON.stringify(current.own[k]) !== JSON.stringify(own[k]),
  );
  await writeAudit(trx, ctx, {
    action: 'calendar.update',
    entity: 'unit_calendar',
    entityId: unit.id,
    unitId: unit.id,
    fields: changed,
    extra: { version: current.version + 1 },
  });
  return viewOf(trx, ctx.actor, unit);
}
