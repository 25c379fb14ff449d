/**
 * Service hours: when a unit's desk is open to the public, per field. Kept apart from the legal working calendar
 * (src/domain/calendar/), which alone decides deadlines; the calendar's public holidays also close the desk.
 *   {"weekly":[{"days":[1,2,3,4,5],"sessions":[["07:00","11:30"],["13:30","17:00"]]}],
 *    "seasons":[{"name":"winter","from":"10-15","to":"04-14","weekly":[...]}],
 *    "extras":[{"fields":["HT"],"days":[1],"season":"winter","sessions":[["16:30","17:30"]],"label":"…"}],
 *    "specials":[{"date":"YYYY-MM-DD","fields":["DD"],"sessions":[...],"label":"…"}],
 *    "closures":[{"date":"YYYY-MM-DD","from":"HH:MM","to":"HH:MM","fields":[...],"reason":"…"}]}
 * A season's weekly sessions replace the default ones on every date from `from` to `to` (inclusive, may wrap over the
 * new year). Extras add sessions for some fields on some weekdays (in one season when `season` is named); specials
 * add sessions on a date; closures (whole day, or a time range) always win over every session.
 */
import { findMonthDay, monthDayIndex, type SessionText } from '../calendar/calendar-file.js';
import { civilDate, findEpochDay, formatEpochDay, isoWeekday } from '../calendar/civil-date.js';
import { findClockMinutes, instantToLocal, localToInstant, MS_PER_MINUTE } from '../calendar/time-zone.js';
import { invalid } from '../errors.js';

export interface WeeklyRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  sessions: SessionText[];
}
export interface SeasonRule {
  name: string;
  /** MM-DD, inclusive. */
  from: string;
  to: string;
  weekly: WeeklyRule[];
}
export interface ExtraRule {
  fields: string[];
  days: number[];
  /** Only in the season of that name; every season when absent. */
  season?: string;
  sessions: SessionText[];
  label?: string;
}
export interface SpecialRule {
  date: string;
  /** Only for these fields; every field when absent. */
  fields?: string[];
  sessions: SessionText[];
  label?: string;
}
export interface ClosureRule {
  date: string;
  /** A time range; the whole day when both are absent. */
  from?: string;
  to?: string;
  fields?: string[];
  reason?: string;
}

/** A unit's own document: every key is optional and inherited from the parent unit when absent. */
export interface ServiceHoursDocument {
  weekly?: WeeklyRule[];
  seasons?: SeasonRule[];
  extras?: ExtraRule[];
  specials?: SpecialRule[];
  closures?: ClosureRule[];
}
export type ServiceHoursKey = keyof ServiceHoursDocument;
export const SERVICE_HOURS_KEYS: readonly ServiceHoursKey[] = [
  'weekly',
  'seasons',
  'extras',
  'specials',
  'closures',
];

/** Every key filled: the rules in force over some dates. */
export type ServiceHoursRules = Required<ServiceHoursDocument>;

export const EMPTY_RULES: ServiceHoursRules = {
  weekly: [],
  seasons: [],
  extras: [],
  specials: [],
  closures: [],
};

/** A change of rules in force from a local date on (timeline.ts composes them along a unit's path). */
export interface RulesChange {
  /** Epoch day of the first date the rules are in force. */
  from: number;
  rules: ServiceHoursRules;
}

/**
 * The effective hours of a unit: the rules in force (every key filled), with the zone and public holidays of its
 * working calendar. `changes` (ascending by `from`) replace the rules from their date on: before the first change
 * the top-level rules apply.
 */
export interface ServiceHours extends ServiceHoursRules {
  timezone: string;
  changes?: readonly RulesChange[];
  /** Public holidays and other days off of the working calendar (YYYY-MM-DD → reason). */
  holidays: ReadonlyMap<string, string | null>;
  /**
   * Working days the working calendar declares on a usual day off (a make-up Saturday): the desk opens with the
   * sessions of its first regular weekday.
   */
  workdays?: ReadonlySet<string>;
}

export type OpeningKind = 'regular' | 'extra' | 'special';
export interface Opening {
  /** Minutes after local midnight. */
  start: number;
  end: number;
  kind: OpeningKind;
  label?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

const minutes = (s: SessionText): [number, number] => [findClockMinutes(s[0])!, findClockMinutes(s[1])!];
const forField = (fields: readonly string[] | undefined, field: string | undefined) =>
  fields === undefined || (field !== undefined && fields.includes(field));

/** The rules in force on an epoch day: the latest change on or before it, else the top-level rules. */
export function rulesOn(hours: ServiceHours, day: number): ServiceHoursRules {
  let rules: ServiceHoursRules = hours;
  for (const change of hours.changes ?? []) {
    if (change.from > day) break;
    rules = change.rules;
  }
  return rules;
}

/** The season whose date range holds the epoch day, if any (ranges may wrap over 31 December). */
export function seasonOn(hours: Pick<ServiceHours, 'seasons'>, day: number): SeasonRule | undefined {
  const { month, day: dom } = civilDate(day);
  const idx = monthDayIndex(month, dom);
  return hours.seasons.find((s) => {
    const a = monthDayIndex(...findMonthDay(s.from)!);
    const b = monthDayIndex(...findMonthDay(s.to)!);
    return a <= b ? idx >= a && idx <= b : idx >= a || idx <= b;
  });
}

/** Subtracts [cs, ce) from each opening. */
function cut(openings: Opening[], cs: number, ce: number): Opening[] {
  return openings.flatMap((o) => {
    if (ce <= o.start || cs >= o.end) return [o];
    const parts: Opening[] = [];
    if (o.start < cs) parts.push({ ...o, end: cs });
    if (ce < o.end) parts.push({ ...o, start: ce });
    return parts;
  });
}

export interface DayClosure {
  /** Whole day when undefined. */
  start?: number;
  end?: number;
  reason: string | null;
  holiday: boolean;
}

/** The closures that apply to a field on an epoch day (a public holiday of the working calendar is one). */
export function closuresOn(hours: ServiceHours, day: number, field?: string): DayClosure[] {
  const date = formatEpochDay(day);
  const result: DayClosure[] = [];
  if (hours.holidays.has(date)) result.push({ reason: hours.holidays.get(date) ?? null, holiday: true });
  for (const c of rulesOn(hours, day).closures) {
    if (c.date !== date || !forField(c.fields, field)) continue;
    if (c.from !== undefined && c.to !== undefined) {
      result.push({
        start: findClockMinutes(c.from)!,
        end: findClockMinutes(c.to)!,
        reason: c.reason ?? null,
        holiday: false,
      });
    } else result.push({ reason: c.reason ?? null, holiday: false });
  }
  return result;
}

/**
 * The openings of an epoch day (or YYYY-MM-DD) for a field, sorted: the weekly sessions of the season (or the
 * default ones), the field's extras of that weekday and season, the specials of that date; minus the closures.
 * Without a field, only what is open for every field.
 */
export function openingsOn(hours: ServiceHours, date: number | string, field?: string): Opening[] {
  const day = typeof date === 'number' ? date : findEpochDay(date);
  if (day === undefined) throw invalid('DATE_INVALID', `Ngày không hợp lệ: ${String(date)}.`);
  const weekday = isoWeekday(day);
  const rules = rulesOn(hours, day);
  const season = seasonOn(rules, day);
  const weekly = season ? season.weekly : rules.weekly;
  let openings: Opening[] = [];
  let usualDay = weekday;
  if (!weekly.some((r) => r.days.includes(weekday)) && hours.workdays?.has(formatEpochDay(day))) {
    usualDay = Math.min(8, ...weekly.flatMap((r) => r.days));
  }
  for (const rule of weekly) {
    if (!rule.days.includes(usualDay)) continue;
    for (const s of rule.sessions) {
      const [start, end] = minutes(s);
      openings.push({ start, end, kind: 'regular' });
    }
  }
  if (field !== undefined) {
    for (const extra of rules.extras) {
      if (!extra.fields.includes(field) || !extra.days.includes(weekday)) continue;
      if (extra.season !== undefined && extra.season !== season?.name) continue;
      for (const s of extra.sessions) {
        const [start, end] = minutes(s);
        openings.push({ start, end, kind: 'extra', ...(extra.label ? { label: extra.label } : {}) });
      }
    }
  }
  const date10 = formatEpochDay(day);
  for (const special of rules.specials) {
    if (special.date !== date10 || !forField(special.fields, field)) continue;
    for (const s of special.sessions) {
      const [start, end] = minutes(s);
      openings.push({ start, end, kind: 'special', ...(special.label ? { label: special.label } : {}) });
    }
  }
  for (const c of closuresOn(hours, day, field)) {
    openings = c.start === undefined ? [] : cut(openings, c.start, c.end!);
  }
  openings.sort((a, b) => a.start - b.start || a.end - b.end);
  return openings;
}

/** Overlapping or touching openings joined into one interval each. */
function merged(openings: Opening[]): [number, number][] {
  const out: [number, number][] = [];
  for (const o of openings) {
    const last = out[out.length - 1];
    if (last && o.start <= last[1]) last[1] = Math.max(last[1], o.end);
    else out.push([o.start, o.end]);
  }
  return out;
}

/** Whether the desk is open for the field at the instant (ms). */
export function isOpenAt(hours: ServiceHours, instant: number, field?: string): boolean {
  const { day, msOfDay } = instantToLocal(hours.timezone, instant);
  return openingsOn(hours, day, field).some(
    (o) => o.start * MS_PER_MINUTE <= msOfDay && msOfDay < o.end * MS_PER_MINUTE,
  );
}

export const NEXT_OPENING_MAX_DAYS = 60;

export interface NextOpening {
  /** The first instant at or after the given one at which the desk is open (the instant itself when open). */
  at: number;
  /** When that opening (joined with any touching one) closes. */
  until: number;
}

/** The next time the desk is open for the field, searching forward at most `maxDays` days; undefined when none. */
export function nextOpening(
  hours: ServiceHours,
  instant: number,
  field?: string,
  maxDays = NEXT_OPENING_MAX_DAYS,
): NextOpening | undefined {
  const start = instantToLocal(hours.timezone, instant).day;
  for (let day = start; day <= start + maxDays; day++) {
    for (const [s, e] of merged(openingsOn(hours, day, field))) {
      const from = localToInstant(hours.timezone, day, s * MS_PER_MINUTE);
      const until = localToInstant(hours.timezone, day, e * MS_PER_MINUTE);
      if (until <= instant) continue;
      return { at: Math.max(from, instant), until };
    }
  }
  return undefined;
}

export interface WeekDay {
  date: string;
  weekday: number;
  openings: Opening[];
  closures: DayClosure[];
}

/** The seven days (Monday to Sunday) of the week holding the epoch day, for a field. */
export function weekView(hours: ServiceHours, day: number, field?: string): WeekDay[] {
  const monday = day - (isoWeekday(day) - 1);
  return Array.from({ length: 7 }, (_, k) => ({
    date: formatEpochDay(monday + k),
    weekday: k + 1,
    openings: openingsOn(hours, monday + k, field),
    closures: closuresOn(hours, monday + k, field),
  }));
}

/** The fields the hours name (extras, specials, closures), in order of first mention. */
export function namedFields(hours: Pick<ServiceHours, 'extras' | 'specials' | 'closures'>): string[] {
  const out = new Set<string>();
  for (const r of [...hours.extras, ...hours.specials, ...hours.closures])
    for (const f of r.fields ?? []) out.add(f);
  return [...out];
}
