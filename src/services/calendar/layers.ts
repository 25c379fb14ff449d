/**
 * Reads the calendar layers of a unit's path (its own settings and the holiday decisions published at each level)
 * and composes the unit's effective calendar, compiled and cached by content.
 */
import type { CalendarDefinition } from '../../domain/calendar/calendar-file.js';
import {
  composeCalendar,
  type CalendarLayer,
  type ComposedCalendar,
} from '../../domain/calendar/inheritance.js';
import { compileCalendar, type WorkingCalendar } from '../../domain/calendar/working-time.js';
import type { Reader } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';

/** A unit's own calendar settings, as stored (unit_calendars). */
export interface OwnCalendarRow {
  unit_id: string;
  timezone: string | null;
  workweek: number[] | null;
  sessions: CalendarLayer['sessions'];
  seasons: CalendarLayer['seasons'];
  hours_per_day: number | null;
  days_off: CalendarLayer['days'][number]['daysOff'];
  workdays: CalendarLayer['days'][number]['workdays'];
}

/** The latest version of a holiday decision of a unit for a year (holiday_decisions). */
export interface DecisionRow {
  unit_id: string;
  year: number;
  days_off: CalendarLayer['days'][number]['daysOff'];
  workdays: CalendarLayer['days'][number]['workdays'];
}

/** The layers of the given units (root first) from their rows: each unit's own settings after its decisions. */
export function layersOf(
  unitIds: readonly string[],
  own: readonly OwnCalendarRow[],
  decisions: readonly DecisionRow[],
): CalendarLayer[] {
  return unitIds.map((id) => {
    const row = own.find((r) => r.unit_id === id);
    const published = decisions
      .filter((d) => d.unit_id === id)
      .sort((a, b) => a.year - b.year)
      .map((d) => ({ daysOff: d.days_off, workdays: d.workdays }));
    return {
      timezone: row?.timezone,
      workweek: row?.workweek,
      sessions: row?.sessions,
      seasons: row?.seasons,
      hoursPerDay: row?.hours_per_day,
      days: [...published, ...(row ? [{ daysOff: row.days_off, workdays: row.workdays }] : [])],
    };
  });
}

/** The layers of the given units (root first): each unit's own settings after the decisions it published. */
export async function readLayers(db: Reader, unitIds: readonly string[]): Promise<CalendarLayer[]> {
  if (unitIds.length === 0) return [];
  const [own, decisions] = await Promise.all([
    db.selectFrom('unit_calendars').selectAll().where('unit_id', 'in', unitIds).execute(),
    db
      .selectFrom('holiday_decisions')
      .select(['unit_id', 'year', 'version', 'days_off', 'workdays'])
      .distinctOn(['unit_id', 'year'])
      .where('unit_id', 'in', unitIds)
      .orderBy('unit_id')
      .orderBy('year')
      .orderBy('version', 'desc')
      .execute(),
  ]);
  return layersOf(unitIds, own, decisions);
}

export interface EffectiveCalendar extends ComposedCalendar {
  unit: UnitRow;
  calendar: WorkingCalendar;
}

const compiled = new Map<string, WorkingCalendar>();
const COMPILED_MAX = 200;

/** A compiled calendar per distinct definition: its year blocks are built once and shared. */
export function compiledCalendar(definition: CalendarDefinition): WorkingCalendar {
  const key = JSON.stringify(definition);
  let cal = compiled.get(key);
  if (cal) {
    compiled.delete(key);
  } else {
    cal = compileCalendar(definition);
    if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
  }
  compiled.set(key, cal);
  return cal;
}

export async function loadEffectiveCalendar(db: Reader, unit: UnitRow): Promise<EffectiveCalendar> {
  const composed = composeCalendar(await readLayers(db, unit.path));
  return { ...composed, unit, calendar: compiledCalendar(composed.definition) };
}
