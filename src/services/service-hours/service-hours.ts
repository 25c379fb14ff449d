/**
 * Service hours of a unit (src/domain/service-hours/): the own documents along its path, merged key by key (a unit
 * without its own key inherits the nearest ancestor's), the time zone and days off of its working calendar, the
 * public answer (open now, next opening per field, this week, specials and closures ahead) and the administration
 * (unit.manage on the unit; audited).
 */
import { deskFields } from '../../domain/catalogue/national/fields.js';
import { formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import {
  formatClockMinutes,
  formatInstant,
  instantToLocal,
  MS_PER_MINUTE,
  parseInstant,
} from '../../domain/calendar/time-zone.js';
import { forbidden, invalid } from '../../domain/errors.js';
import { can, type Actor } from '../../domain/org/roles.js';
import {
  closuresOn,
  inheritDocuments,
  isOpenAt,
  namedFields,
  nextOpening,
  openingsOn,
  SERVICE_HOURS_KEYS,
  type ServiceHours,
  type ServiceHoursDocument,
  type ServiceHoursKey,
} from '../../domain/service-hours/service-hours.js';
import { checkServiceHoursDocument } from '../../domain/service-hours/check.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import { unitByAgencyId } from '../dossier/day-modes.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext, Reader, Trx } from '../org/context.js';
import type { UnitRow } from '../org/queries.js';

type UnitRef = { agencyId: string; name: string };
const refOf = (u: Pick<UnitRow, 'agency_id' | 'name'>): UnitRef => ({ agencyId: u.agency_id, name: u.name });

export interface LoadedServiceHours {
  unit: UnitRow;
  hours: ServiceHours;
  own: ServiceHoursDocument | null;
  /** The unit each key comes from; null when no unit sets it (empty). */
  from: Record<ServiceHoursKey, UnitRef | null>;
}

/** `ownOverride`: the unit's own document as if it were saved (to check a new one against what it inherits). */
export async function loadServiceHours(
  db: Reader,
  unit: UnitRow,
  ownOverride?: ServiceHoursDocument,
): Promise<LoadedServiceHours> {
  const [rows, calendar, units] = await Promise.all([
    db.selectFrom('unit_service_hours').selectAll().where('unit_id', 'in', unit.path).execute(),
    loadEffectiveCalendar(db, unit),
    db.selectFrom('units').select(['id', 'agency_id', 'name']).where('id', 'in', unit.path).execute(),
  ]);
  const layers = unit.path.map((id) =>
    ownOverride && id === unit.id ? ownOverride : (rows.find((r) => r.unit_id === id)?.document ?? null),
  );
  const { document, from } = inheritDocuments(layers);
  const holidays = new Map<string, string | null>();
  for (const date of calendar.definition.daysOff)
    holidays.set(date, calendar.reasons.get(date)?.reason ?? null);
  const refFrom = {} as Record<ServiceHoursKey, UnitRef | null>;
  for (const key of SERVICE_HOURS_KEYS) {
    const u = from[key] >= 0 ? units.find((x) => x.id === unit.path[from[key]]) : undefined;
    refFrom[key] = u ? refOf(u) : null;
  }
  return {
    unit,
    hours: {
      timezone: calendar.definition.timezone,
      ...document,
      holidays,
      workdays: new Set(calendar.definition.workdays),
    },
    own: rows.find((r) => r.unit_id === unit.id)?.document ?? null,
    from: refFrom,
  };
}

export function fieldName(code: string): string {
  return deskFields.find((f) => f.code === code)?.name ?? code;
}

const WEEKDAY_NAMES = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
export const weekdayName = (d: number) => WEEKDAY_NAMES[d] ?? '';

export interface PublicOpening {
  /** null: every field. */
  fields: string[] | null;
  start: string;
  end: string;
  kind: 'regular' | 'extra' | 'special';
  label: string | null;
}
export interface PublicClosure {
  date: string;
  weekday: number;
  /** null: the whole day. */
  from: string | null;
  to: string | null;
  fields: string[] | null;
  reason: string | null;
  holiday: boolean;
}
export interface PublicFieldStatus {
  /** null: the desk as a whole (every field). */
  code: string | null;
  name: string;
  openNow: boolean;
  /** The next opening (now when open): local date and times, and the instants. */
  next: { date: string; weekday: number; start: string; end: string; at: string; until: string } | null;
}
export interface PublicServiceHours {
  unit: UnitRef;
  timezone: string;
  at: string;
  today: string;
  fields: PublicFieldStatus[];
  week: { date: string; weekday: number; openings: PublicOpening[]; closures: PublicClosure[] }[];
  specials: {
    date: string;
    weekday: number;
    fields: string[] | null;
    start: string;
    end: string;
    label: string | null;
  }[];
  closures: PublicClosure[];
}

export const UPCOMING_DAYS = 30;

function closuresOfDay(hours: ServiceHours, day: number): PublicClosure[] {
  const date = formatEpochDay(day);
  const out: PublicClosure[] = [];
  for (const c of closuresOn(hours, day)) {
    out.push({
      date,
      weekday: isoWeekday(day),
      from: c.start === undefined ? null : formatClockMinutes(c.start),
      to: c.end === undefined ? null : formatClockMinutes(c.end),
      fields: null,
      reason: c.reason,
      holiday: c.holiday,
    });
  }
  for (const c of hours.closures) {
    if (c.date !== date || !c.fields) continue;
    out.push({
      date,
      weekday: isoWeekday(day),
      from: c.from ?? null,
      to: c.to ?? null,
      fields: c.fields,
      reason: c.reason ?? null,
      holiday: false,
    });
  }
  return out;
}

/** The public answer at the instant `now` (or `at`, ISO), for every named field or only `field`. */
export async function publicServiceHours(
  db: Reader,
  agencyId: string,
  query: { field?: string; at?: string },
  now = Date.now(),
): Promise<PublicServiceHours> {
  const unit = await unitByAgencyId(db, agencyId);
  const { hours } = await loadServiceHours(db, unit);
  const tz = hours.timezone;
  let instant = now;
  if (query.at !== undefined) {
    try {
      instant = parseInstant(query.at, tz);
    } catch (e) {
      const message = e instanceof Error ? e.message : 'Thời điểm không hợp lệ.';
      throw invalid('INSTANT_INVALID', message, [{ field: 'at', message }]);
    }
  }
  const named = namedFields(hours);
  const field = query.field?.trim().toUpperCase();
  if (field !== undefined && !/^[A-Z0-9_]{1,16}$/.test(field)) {
    const message = 'Mã lĩnh vực không hợp lệ.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'field', message }]);
  }
  const today = instantToLocal(tz, instant).day;
  const statusOf = (code: string | null): PublicFieldStatus => {
    const f = code ?? undefined;
    const next = nextOpening(hours, instant, f);
    const local = next ? instantToLocal(tz, next.at) : undefined;
    const localEnd = next ? instantToLocal(tz, next.until) : undefined;
    return {
      code,
      name: code ? fieldName(code) : 'Mọi lĩnh vực',
      openNow: isOpenAt(hours, instant, f),
      next:
        next && local && localEnd
          ? {
              date: formatEpochDay(local.day),
              weekday: isoWeekday(local.day),
              start: formatClockMinutes(Math.floor(local.msOfDay / MS_PER_MINUTE)),
              end: formatClockMinutes(
                localEnd.day > local.day ? 24 * 60 : Math.floor(localEnd.msOfDay / MS_PER_MINUTE),
              ),
              at: formatInstant(tz, next.at),
              until: formatInstant(tz, next.until),
            }
          : null,
    };
  };
  const fields = field !== undefined ? [statusOf(field)] : [statusOf(null), ...named.map(statusOf)];
  const shownFields = field !== undefined ? [field] : named;

  const monday = today - (isoWeekday(today) - 1);
  const week = Array.from({ length: 7 }, (_, k) => {
    const day = monday + k;
    const general = openingsOn(hours, day);
    const openings: PublicOpening[] = general.map((o) => ({
      fields: null,
      start: formatClockMinutes(o.start),
      end: formatClockMinutes(o.end),
      kind: o.kind,
      label: o.label ?? null,
    }));
    // A field's own openings (its extras and specials), joined across the fields that share them.
    for (const f of shownFields) {
      for (const o of openingsOn(hours, day, f)) {
        if (o.kind === 'regular' || general.some((g) => g.start === o.start && g.end === o.end)) continue;
        const start = formatClockMinutes(o.start);
        const end = formatClockMinutes(o.end);
        const same = openings.find(
          (x) => x.fields && x.start === start && x.end === end && x.kind === o.kind,
        );
        if (same) same.fields!.push(f);
        else openings.push({ fields: [f], start, end, kind: o.kind, label: o.label ?? null });
      }
    }
    openings.sort((a, b) => a.start.localeCompare(b.start));
    return {
      date: formatEpochDay(day),
      weekday: k + 1,
      openings,
      closures: closuresOfDay(hours, day),
    };
  });

  const specials: PublicServiceHours['specials'] = [];
  const closures: PublicClosure[] = [];
  for (let day = today; day <= today + UPCOMING_DAYS; day++) {
    const date = formatEpochDay(day);
    for (const s of hours.specials) {
      if (s.date !== date) continue;
      if (field !== undefined && s.fields && !s.fields.includes(field)) continue;
      for (const [start, end] of s.sessions) {
        specials.push({
          date,
          weekday: isoWeekday(day),
          fields: s.fields ?? null,
          start,
          end,
          label: s.label ?? null,
        });
      }
    }
    closures.push(
      ...closuresOfDay(hours, day).filter(
        (c) => field === undefined || !c.fields || c.fields.includes(field),
      ),
    );
  }
  return {
    unit: refOf(unit),
    timezone: tz,
    at: formatInstant(tz, instant),
    today: formatEpochDay(today),
    fields,
    week,
    specials,
    closures,
  };
}

export interface AdminServiceHours {
  unit: UnitRef;
  /** The unit's own document; null when it inherits everything. */
  own: ServiceHoursDocument | null;
  effective: Required<ServiceHoursDocument>;
  from: Record<ServiceHoursKey, UnitRef | null>;
  manageable: boolean;
}

function checkManages(actor: Actor, unit: UnitRow): void {
  if (!can(actor, 'unit.manage', unit.path)) {
    throw forbidden('Bạn không có quyền quản trị giờ phục vụ của đơn vị này.');
  }
}

function adminView(loaded: LoadedServiceHours): AdminServiceHours {
  const { hours } = loaded;
  return {
    unit: refOf(loaded.unit),
    own: loaded.own,
    effective: {
      weekly: hours.weekly,
      seasons: hours.seasons,
      extras: hours.extras,
      specials: hours.specials,
      closures: hours.closures,
    },
    from: loaded.from,
    manageable: true,
  };
}

export async function getAdminServiceHours(
  db: Reader,
  actor: Actor,
  agencyId: string,
): Promise<AdminServiceHours> {
  const unit = await unitByAgencyId(db, agencyId);
  checkManages(actor, unit);
  return adminView(await loadServiceHours(db, unit));
}

/** Replaces the unit's own document (a key left out is inherited; `{}` inherits everything); audited. */
export async function updateServiceHours(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  document: ServiceHoursDocument,
): Promise<AdminServiceHours> {
  const unit = await unitByAgencyId(trx, agencyId);
  checkManages(ctx.actor, unit);
  const clean: ServiceHoursDocument = {};
  for (const key of SERVICE_HOURS_KEYS) {
    if (document[key] !== undefined) (clean as Record<string, unknown>)[key] = document[key];
  }
  const after = await loadServiceHours(trx, unit, clean);
  const seasonNames = after.hours.seasons.map((s) => s.name);
  checkServiceHoursDocument(clean, seasonNames);
  // Inherited extras must still find their season among the seasons this document sets.
  if (clean.seasons && !clean.extras) {
    const missing = [...new Set(after.hours.extras.flatMap((e) => (e.season ? [e.season] : [])))].filter(
      (name) => !seasonNames.includes(name),
    );
    if (missing.length) {
      const message = `Giờ phục vụ thêm thừa kế từ đơn vị cấp trên dùng mùa không có ở đây: ${missing.join(', ')}.`;
      throw invalid('SERVICE_HOURS_INVALID', message, [{ field: 'seasons', message }]);
    }
  }
  if (Object.keys(clean).length === 0) {
    await trx.deleteFrom('unit_service_hours').where('unit_id', '=', unit.id).execute();
  } else {
    const json = JSON.stringify(clean);
    await trx
      .insertInto('unit_service_hours')
      .values({ unit_id: unit.id, document: json, updated_by: ctx.actor.id, updated_at: new Date() })
      .onConflict((oc) =>
        oc
          .column('unit_id')
          .doUpdateSet({ document: json, updated_by: ctx.actor.id, updated_at: new Date() }),
      )
      .execute();
  }
  await writeAudit(trx, ctx, {
    action: 'unit.service_hours',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    fields: Object.keys(clean),
    extra: { document: clean },
  });
  return adminView(await loadServiceHours(trx, unit));
}
