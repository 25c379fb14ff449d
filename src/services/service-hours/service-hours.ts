/**
 * Service hours of a unit (src/domain/service-hours/): the versions of the own documents along its path, each in
 * force from its effective date, composed into one timeline (timeline.ts: weekly sessions and seasons inherited,
 * closures added up, extras and specials the unit's own), with the time zone and days off of its working calendar.
 * The public answer is in public.ts, the administration in admin.ts.
 */
import { deskFields } from '../../domain/catalogue/national/fields.js';
import { instantToLocal } from '../../domain/calendar/time-zone.js';
import { formatEpochDay } from '../../domain/calendar/civil-date.js';
import { EMPTY_RULES, type ServiceHours } from '../../domain/service-hours/service-hours.js';
import { composeTimeline, type DatedDocument } from '../../domain/service-hours/timeline.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import type { Reader } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';

export type UnitRef = { agencyId: string; name: string };
export const refOf = (u: Pick<UnitRow, 'agency_id' | 'name'>): UnitRef => ({
  agencyId: u.agency_id,
  name: u.name,
});

export interface StoredVersion extends DatedDocument {
  createdAt: Date;
  createdBy: string | null;
}

export interface LoadedServiceHours {
  unit: UnitRow;
  hours: ServiceHours;
  /** Local date (YYYY-MM-DD) of `now` in the unit's zone. */
  today: string;
  /** The versions of each unit on the path (root first), ascending by date. */
  layers: StoredVersion[][];
  /** The units of the path, root first. */
  path: UnitRef[];
}

/**
 * Loads the unit's hours over time. `draft`: a version of the unit's own as if it were saved (to check a new one
 * against what it inherits).
 */
export async function loadServiceHours(
  db: Reader,
  unit: UnitRow,
  now = Date.now(),
  draft?: DatedDocument,
): Promise<LoadedServiceHours> {
  const [rows, calendar, units] = await Promise.all([
    db
      .selectFrom('unit_service_hours_versions')
      .select(['unit_id', 'document', 'created_at', 'created_by'])
      .select((eb) => eb.cast<string>('effective_from', 'text').as('effective_from'))
      .where('unit_id', 'in', unit.path)
      .orderBy('effective_from')
      .execute(),
    loadEffectiveCalendar(db, unit),
    db.selectFrom('units').select(['id', 'agency_id', 'name']).where('id', 'in', unit.path).execute(),
  ]);
  const layers = unit.path.map((id) => {
    const versions: StoredVersion[] = rows
      .filter((r) => r.unit_id === id)
      .map((r) => ({
        effectiveFrom: r.effective_from,
        document: r.document,
        createdAt: r.created_at,
        createdBy: r.created_by,
      }));
    if (draft && id === unit.id) {
      const kept = versions.filter((v) => v.effectiveFrom !== draft.effectiveFrom);
      kept.push({ ...draft, createdAt: new Date(now), createdBy: null });
      kept.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      return kept;
    }
    return versions;
  });
  const holidays = new Map<string, string | null>();
  for (const date of calendar.definition.daysOff)
    holidays.set(date, calendar.reasons.get(date)?.reason ?? null);
  const timezone = calendar.definition.timezone;
  return {
    unit,
    hours: {
      timezone,
      ...EMPTY_RULES,
      changes: composeTimeline(layers),
      holidays,
      workdays: new Set(calendar.definition.workdays),
    },
    today: formatEpochDay(instantToLocal(timezone, now).day),
    layers,
    path: unit.path.map((id) => {
      const u = units.find((x) => x.id === id);
      return u ? refOf(u) : { agencyId: '', name: '' };
    }),
  };
}

export function fieldName(code: string): string {
  return deskFields.find((f) => f.code === code)?.name ?? code;
}

const WEEKDAY_NAMES = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
export const weekdayName = (d: number) => WEEKDAY_NAMES[d] ?? '';
