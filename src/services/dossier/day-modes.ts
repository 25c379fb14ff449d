/**
 * Day modes of a unit (src/domain/dossier/day-modes.ts): its own settings, the effective ones inherited along its
 * path, what applies on a given day, and the administration (unit.manage on the unit; audited).
 */
import { isoWeekday } from '../../domain/calendar/civil-date.js';
import { instantToLocal, localDate } from '../../domain/calendar/time-zone.js';
import {
  dayModes,
  effectiveDayModes,
  isValidWeekday,
  normaliseWeekdays,
  type DayMode,
  type EffectiveDayMode,
  type OwnDayModes,
} from '../../domain/dossier/day-modes.js';
import { forbidden, invalid, type FieldIssue } from '../../domain/errors.js';
import { can, type Actor } from '../../domain/org/roles.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { unitByAgencyId } from '../org/units.js';

async function ownAlong(db: Reader, path: readonly string[]): Promise<Map<string, OwnDayModes>> {
  const rows = path.length
    ? await db.selectFrom('unit_day_modes').selectAll().where('unit_id', 'in', path).execute()
    : [];
  const own = new Map<string, OwnDayModes>();
  for (const r of rows) own.set(r.unit_id, { ...own.get(r.unit_id), [r.mode]: r.weekdays });
  return own;
}

/** The effective weekdays of each mode for the unit. */
export async function readDayModes(db: Reader, unit: UnitRow): Promise<Record<DayMode, EffectiveDayMode>> {
  return effectiveDayModes(unit.path, await ownAlong(db, unit.path));
}

export interface DayModesOn {
  /** Local date YYYY-MM-DD in the unit's calendar zone. */
  date: string;
  /** ISO weekday 1–7. */
  weekday: number;
  sameDay: boolean;
  noWriting: boolean;
}

/** Which modes apply at the unit at the instant `now` (its local weekday). */
/** `timezone`: the unit's calendar time zone when the caller has already loaded its calendar. */
export async function dayModesOn(
  db: Reader,
  unit: UnitRow,
  now: number,
  timezone?: string,
): Promise<DayModesOn> {
  const [zone, modes] = await Promise.all([
    timezone ?? loadEffectiveCalendar(db, unit).then((c) => c.definition.timezone),
    readDayModes(db, unit),
  ]);
  const weekday = isoWeekday(instantToLocal(zone, now).day);
  return {
    date: localDate(zone, now),
    weekday,
    sameDay: modes.same_day.weekdays.includes(weekday),
    noWriting: modes.no_writing.weekdays.includes(weekday),
  };
}

export interface AdminModeView {
  /** The unit's own weekdays, or null when it inherits. */
  own: number[] | null;
  effective: number[];
  /** The unit the effective weekdays come from; null for the built-in default. */
  from: { agencyId: string; name: string } | null;
}

export interface AdminDayModes {
  unit: { agencyId: string; name: string };
  sameDay: AdminModeView;
  noWriting: AdminModeView;
  manageable: boolean;
}

export function checkManages(actor: Actor, unit: UnitRow): void {
  if (!can(actor, 'unit.manage', unit.path)) {
    throw forbidden('Bạn không có quyền quản trị ngày làm việc đặc biệt của đơn vị này.');
  }
}

export async function getAdminDayModes(db: Reader, actor: Actor, agencyId: string): Promise<AdminDayModes> {
  const unit = await unitByAgencyId(db, agencyId);
  checkManages(actor, unit);
  const own = await ownAlong(db, unit.path);
  const effective = effectiveDayModes(unit.path, own);
  const sources = [...new Set(Object.values(effective).flatMap((e) => (e.fromUnitId ? [e.fromUnitId] : [])))];
  const units = sources.length
    ? await db.selectFrom('units').select(['id', 'agency_id', 'name']).where('id', 'in', sources).execute()
    : [];
  const view = (mode: DayMode): AdminModeView => {
    const from = units.find((u) => u.id === effective[mode].fromUnitId);
    const mine = own.get(unit.id)?.[mode];
    return {
      own: mine ? normaliseWeekdays(mine) : null,
      effective: effective[mode].weekdays,
      from: from ? { agencyId: from.agency_id, name: from.name } : null,
    };
  };
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    sameDay: view('same_day'),
    noWriting: view('no_writing'),
    manageable: true,
  };
}

export interface DayModesInput {
  /** null: inherit from the parent unit. */
  sameDay: number[] | null;
  noWriting: number[] | null;
}

function checkInput(input: DayModesInput): void {
  const fields: FieldIssue[] = [];
  for (const [field, days] of [
    ['sameDay', input.sameDay],
    ['noWriting', input.noWriting],
  ] as const) {
    days?.forEach((d, i) => {
      if (!isValidWeekday(d))
        fields.push({ field: `${field}[${i}]`, message: 'Thứ trong tuần phải từ 1 đến 7.' });
    });
  }
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Ngày trong tuần không hợp lệ.', fields);
}

/** Replaces the unit's own day modes (null inherits); audited. */
export async function updateDayModes(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  input: DayModesInput,
): Promise<AdminDayModes> {
  const unit = await unitByAgencyId(trx, agencyId);
  checkManages(ctx.actor, unit);
  checkInput(input);
  const wanted: Record<DayMode, number[] | null> = { same_day: input.sameDay, no_writing: input.noWriting };
  for (const mode of dayModes) {
    const days = wanted[mode];
    if (days === null) {
      await trx
        .deleteFrom('unit_day_modes')
        .where('unit_id', '=', unit.id)
        .where('mode', '=', mode)
        .execute();
    } else {
      const weekdays = normaliseWeekdays(days);
      await trx
        .insertInto('unit_day_modes')
        .values({ unit_id: unit.id, mode, weekdays, updated_by: ctx.actor.id, updated_at: new Date() })
        .onConflict((oc) =>
          oc
            .columns(['unit_id', 'mode'])
            .doUpdateSet({ weekdays, updated_by: ctx.actor.id, updated_at: new Date() }),
        )
        .execute();
    }
  }
  await writeAudit(trx, ctx, {
    action: 'unit.day_modes',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: ['sameDay', 'noWriting'],
    extra: { sameDay: input.sameDay, noWriting: input.noWriting },
  });
  return getAdminDayModes(trx, ctx.actor, agencyId);
}
