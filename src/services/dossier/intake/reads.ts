/**
 * What a receipt reads before it writes, in one statement: the idempotency key's earlier use, the receiving unit,
 * the id of the procedure version in force, the inputs of the unit's effective calendar and day modes (its own
 * settings and holiday decisions along its path, the day modes along its path), and whether a unit on its path
 * marked the procedure eligible for same-day results (one primary-key probe per unit on the path).
 *
 * Nothing here is trusted from a previous request: every receipt reads the current rows. What the process keeps is
 * the work done on them — the composed and compiled calendar and the effective day modes, keyed by the exact text
 * of the rows they were made from (so a changed, added or removed row is a different key, whichever instance wrote
 * it), and the parsed procedure version, keyed by its id (versions are immutable: a trigger refuses UPDATE and
 * DELETE on procedure_versions). See docs/DECISIONS.md.
 */
import { PREPARED_SQL } from '../../../db/prepared.js';
import { sql } from 'kysely';
import { isoWeekday } from '../../../domain/calendar/civil-date.js';
import { composeCalendar } from '../../../domain/calendar/inheritance.js';
import { instantToLocal } from '../../../domain/calendar/time-zone.js';
import {
  effectiveDayModes,
  type DayMode,
  type EffectiveDayMode,
  type OwnDayModes,
} from '../../../domain/dossier/day-modes.js';
import { getVersionById, getVersionInForce, type ProcedureVersion } from '../../catalogue/versions.js';
import {
  compiledCalendar,
  layersOf,
  type DecisionRow,
  type EffectiveCalendar,
  type OwnCalendarRow,
} from '../../calendar/layers.js';
import type { Reader } from '../../../db/transaction.js';
import type { UnitRow } from '../../org/queries.js';

export interface Replay {
  code: string;
  seq: number;
  action: string;
  data: Record<string, unknown>;
  actorId: string | null;
  requestHash: string | null;
}

export interface IntakeReads {
  replay: Replay | undefined;
  unit: UnitRow | undefined;
  /** The version in force; undefined when none (the caller says why with getVersionInForce). */
  versionId: string | undefined;
  /** Built from the unit's calendar rows (cached by their text); undefined without a unit. */
  settings: UnitSettings | undefined;
  /** The unit or a unit above marked the procedure eligible for same-day results (unit_same_day_procedures). */
  sameDayMarked: boolean;
}

export interface UnitSettings {
  calendar: Omit<EffectiveCalendar, 'unit'>;
  dayModes: Record<DayMode, EffectiveDayMode>;
}

interface LayerRows {
  own: OwnCalendarRow[];
  decisions: DecisionRow[];
  modes: { unit_id: string; mode: DayMode; weekdays: number[] }[];
}

const SETTINGS_MAX = 200;
const settingsCache = new Map<string, UnitSettings>();

function settingsOf(path: readonly string[], text: string): UnitSettings {
  const key = `${path.join(',')}|${text}`;
  const hit = settingsCache.get(key);
  if (hit) return hit;
  const rows = JSON.parse(text) as LayerRows;
  const composed = composeCalendar(layersOf(path, rows.own, rows.decisions));
  const own = new Map<string, OwnDayModes>();
  for (const r of rows.modes) own.set(r.unit_id, { ...own.get(r.unit_id), [r.mode]: r.weekdays });
  const settings: UnitSettings = {
    calendar: { ...composed, calendar: compiledCalendar(composed.definition) },
    dayModes: effectiveDayModes(path, own),
  };
  if (settingsCache.size >= SETTINGS_MAX) settingsCache.delete(settingsCache.keys().next().value!);
  settingsCache.set(key, settings);
  return settings;
}

/** Whether `now` falls on a same-day weekday of the unit (its calendar's local weekday). */
function isSameDayAt(settings: UnitSettings, now: number): boolean {
  const weekday = isoWeekday(instantToLocal(settings.calendar.definition.timezone, now).day);
  return settings.dayModes.same_day.weekdays.includes(weekday);
}

/**
 * Whether a dossier received at `now` is a same-day one: the unit's same-day weekday, and the procedure same-day by
 * law or marked by the unit (or one above it).
 */
export function isSameDayIntakeAt(
  reads: Pick<IntakeReads, 'settings' | 'sameDayMarked'>,
  version: { record: { flags: { sameDay: boolean } } },
  now: number,
): boolean {
  if (!reads.settings || !(version.record.flags.sameDay || reads.sameDayMarked)) return false;
  return isSameDayAt(reads.settings, now);
}

const VERSIONS_MAX = 500;
const versionCache = new Map<string, ProcedureVersion>();

/** A stored version by id, parsed once per process (versions never change once stored). */
async function versionById(db: Reader, id: string): Promise<ProcedureVersion> {
  const hit = versionCache.get(id);
  if (hit) return hit;
  const version = await getVersionById(db, id);
  if (versionCache.size >= VERSIONS_MAX) versionCache.delete(versionCache.keys().next().value!);
  versionCache.set(id, version);
  return version;
}

/** The version in force: from the id the combined read found, or the 404 getVersionInForce explains. */
export async function versionOf(
  db: Reader,
  reads: IntakeReads,
  code: string,
  date: string,
): Promise<ProcedureVersion> {
  return reads.versionId ? versionById(db, reads.versionId) : getVersionInForce(db, code, date);
}

export async function readForIntake(
  db: Reader,
  q: {
    idempotencyKey: string | undefined;
    /** The receiving unit: by agency id, or by id (the officer's own unit); null: none. */
    unit: { agencyId: string } | { id: string } | null;
    procedureCode: string;
    /** YYYY-MM-DD: the day the version must be in force. */
    date: string;
  },
): Promise<IntakeReads> {
  const unitWhere = !q.unit
    ? sql`false`
    : 'agencyId' in q.unit
      ? sql`agency_id = ${q.unit.agencyId.trim().toUpperCase()}`
      : sql`id = ${q.unit.id}::uuid`;
  const { rows } = await sql<{
    unit: string | null;
    version_id: string | null;
    layers: string | null;
    marked: boolean | null;
    replay: Replay | null;
  }>`
    with u as (select * from units where ${unitWhere})
    select
      (select row_to_json(u)::text from u) as unit,
      (select v.id from procedure_versions v join procedures p on p.id = v.procedure_id
        where p.code = ${q.procedureCode} and v.effective_from <= ${q.date}::date
        order by v.version_no desc limit 1) as version_id,
      (select json_build_object(
        'own', (select coalesce(json_agg(json_build_object(
            'unit_id', c.unit_id, 'timezone', c.timezone, 'workweek', c.workweek, 'sessions', c.sessions,
            'seasons', c.seasons, 'hours_per_day', c.hours_per_day, 'days_off', c.days_off,
            'workdays', c.workdays) order by c.unit_id), '[]'::json)
          from unit_calendars c where c.unit_id = any(u.path)),
        'decisions', (select coalesce(json_agg(json_build_object(
            'unit_id', h.unit_id, 'year', h.year, 'days_off', h.days_off, 'workdays', h.workdays)
            order by h.unit_id, h.year), '[]'::json)
          from (select distinct on (unit_id, year) unit_id, year, days_off, workdays from holiday_decisions
                where unit_id = any(u.path) order by unit_id, year, version desc) h),
        'modes', (select coalesce(json_agg(json_build_object(
            'unit_id', m.unit_id, 'mode', m.mode, 'weekdays', m.weekdays) order by m.unit_id, m.mode), '[]'::json)
          from unit_day_modes m where m.unit_id = any(u.path))
      )::text from u) as layers,
      (select exists(select 1 from unit_same_day_procedures s
        where s.unit_id = any(u.path) and s.procedure_code = ${q.procedureCode}) from u) as marked,
      (select json_build_object('code', d.code, 'seq', a.seq, 'action', a.action, 'data', a.data,
          'actorId', a.actor_id, 'requestHash', a.request_hash)
        from dossier_actions a join dossiers d on d.id = a.dossier_id
        where a.idempotency_key = ${q.idempotencyKey ?? null}) as replay${PREPARED_SQL}`.execute(db);
  const row = rows[0]!;
  let unit: UnitRow | undefined;
  if (row.unit) {
    const u = JSON.parse(row.unit) as UnitRow & { created_at: string; updated_at: string };
    unit = { ...u, created_at: new Date(u.created_at), updated_at: new Date(u.updated_at) };
  }
  return {
    replay: row.replay ?? undefined,
    unit,
    versionId: row.version_id ?? undefined,
    settings: unit && row.layers ? settingsOf(unit.path, row.layers) : undefined,
    sameDayMarked: row.marked === true,
  };
}
