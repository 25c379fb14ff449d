/**
 * The public answer about a unit's service hours at an instant (now, or `at`): open now and the next opening per
 * field, this week, specials and closures ahead, the regular sessions in force (for the portal's home page and
 * footer), since when they are in force and the next planned change.
 */
import { formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import {
  formatClockMinutes,
  formatInstant,
  instantToLocal,
  MS_PER_MINUTE,
  parseInstant,
} from '../../domain/calendar/time-zone.js';
import { invalid } from '../../domain/errors.js';
import {
  closuresOn,
  isOpenAt,
  namedFields,
  nextOpening,
  openingsOn,
  rulesOn,
  seasonOn,
  type ServiceHours,
  type WeeklyRule,
} from '../../domain/service-hours/service-hours.js';
import { inForceSince, nextChangeAfter } from '../../domain/service-hours/timeline.js';
import type { Reader } from '../../db/transaction.js';
import { fieldName, loadServiceHours, refOf, type UnitRef } from './service-hours.js';
import { unitByAgencyId } from '../org/units.js';

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
  /** The regular weekly sessions in force on `today` (the season's when one applies). */
  regular: { season: string | null; weekly: WeeklyRule[] };
  /** The first date of the hours in force on `today`; null when no unit on the path has set any. */
  effectiveFrom: string | null;
  /** The next date a planned change takes effect; null when none is planned. */
  nextChange: string | null;
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
  for (const c of rulesOn(hours, day).closures) {
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
  const { hours, layers } = await loadServiceHours(db, unit, now);
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
  const field = query.field?.trim().toUpperCase();
  if (field !== undefined && !/^[A-Z0-9_]{1,16}$/.test(field)) {
    const message = 'Mã lĩnh vực không hợp lệ.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'field', message }]);
  }
  const today = instantToLocal(tz, instant).day;
  const named = [
    ...new Set(
      Array.from({ length: UPCOMING_DAYS + 7 }, (_, k) => namedFields(rulesOn(hours, today - 6 + k))).flat(),
    ),
  ];
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
    for (const s of rulesOn(hours, day).specials) {
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
    regular: regularOn(hours, today),
    effectiveFrom: inForceSince(layers, today),
    nextChange: nextChangeAfter(layers, today),
  };
}

function regularOn(hours: ServiceHours, day: number): PublicServiceHours['regular'] {
  const rules = rulesOn(hours, day);
  const season = seasonOn(rules, day);
  return { season: season?.name ?? null, weekly: season ? season.weekly : rules.weekly };
}
