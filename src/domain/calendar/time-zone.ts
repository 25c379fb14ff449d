/**
 * Instants and wall-clock times in an IANA time zone, through the platform's Intl (no dependency). Works for any
 * zone, with or without daylight saving time: a wall time that does not exist (skipped by a DST jump) maps to the
 * instant just after the jump, an ambiguous one (repeated) to the earlier instant — as Temporal's "compatible".
 */
import { invalid } from '../errors.js';
import { civilDate, epochDay, isValidCivilDate } from './civil-date.js';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter that prints only the zone's offset, e.g. "1/1/2026, GMT+07:00" (one call per offset). */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the platform knows the IANA time zone. */
export function isKnownTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const OFFSET_RE = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/;

/** Offset of the zone from UTC at an instant, in milliseconds (e.g. +25 200 000 for UTC+7). */
export function offsetAt(timeZone: string, ms: number): number {
  const text = formatterFor(timeZone).format(ms);
  const m = OFFSET_RE.exec(text);
  if (!m) throw new Error(`time zone offset not understood: ${text}`);
  if (!m[1]) return 0;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return (m[1] === '-' ? -seconds : seconds) * 1000;
}

/** The instant at which the wall clock of the zone shows `msOfDay` after midnight on the epoch day `day`. */
export function localToInstant(timeZone: string, day: number, msOfDay: number): number {
  const wall = day * MS_PER_DAY + msOfDay;
  const before = offsetAt(timeZone, wall - MS_PER_DAY);
  const after = offsetAt(timeZone, wall + MS_PER_DAY);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = offsetAt(timeZone, early) === before;
  const lateValid = offsetAt(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return Math.max(early, late);
}

export interface LocalTime {
  /** Epoch day of the local date. */
  day: number;
  /** Milliseconds since local midnight on the wall clock. */
  msOfDay: number;
  /** The zone's offset at that instant, in milliseconds. */
  offset: number;
}

export function instantToLocal(timeZone: string, ms: number): LocalTime {
  const offset = offsetAt(timeZone, ms);
  const wall = ms + offset;
  const day = Math.floor(wall / MS_PER_DAY);
  return { day, msOfDay: wall - day * MS_PER_DAY, offset };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const total = Math.abs(Math.round(offsetMs / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${pad(h)}:${pad(m)}${s ? ':' + pad(s) : ''}`;
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-02-27T09:32:00+07:00 (milliseconds only if any). */
export function formatInstant(timeZone: string, ms: number): string {
  const { day, msOfDay, offset } = instantToLocal(timeZone, ms);
  const { year, month, day: dom } = civilDate(day);
  const seconds = Math.floor(msOfDay / 1000);
  const millis = msOfDay % 1000;
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(dom)}T${time}${millis ? '.' + pad(millis, 3) : ''}${formatOffset(offset)}`;
}

/** The local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(timeZone: string, ms: number): string {
  return formatInstant(timeZone, ms).slice(0, 10);
}

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

export const INSTANT_YEARS = { first: 1900, last: 2200 } as const;

/**
 * Parses an ISO 8601 date-time. With an offset (Z, +07:00, +0700, +07) it is that instant; without one it is the
 * wall time in `timeZone`. Throws INSTANT_INVALID for anything else, including impossible dates and times.
 */
export function parseInstant(text: unknown, timeZone: string): number {
  const fail = (why: string): never => {
    throw invalid('INSTANT_INVALID', `Thời điểm không hợp lệ${why}: ${JSON.stringify(text)}.`);
  };
  if (typeof text !== 'string') return fail('');
  const m = INSTANT_RE.exec(text.trim());
  if (!m) return fail(' (cần dạng YYYY-MM-DDTHH:MM[:SS][+07:00])');
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i]));
  const second = m[6] ? Number(m[6]) : 0;
  const millis = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  if (!isValidCivilDate(year!, month!, day!) || hour! > 23 || minute! > 59 || second > 59) fail('');
  if (year! < INSTANT_YEARS.first || year! > INSTANT_YEARS.last) {
    fail(` (chỉ hỗ trợ các năm ${INSTANT_YEARS.first}–${INSTANT_YEARS.last})`);
  }
  const dayNumber = epochDay(year!, month!, day!);
  const msOfDay = ((hour! * 60 + minute!) * 60 + second) * 1000 + millis;
  const zone = m[8];
  if (!zone) return localToInstant(timeZone, dayNumber, msOfDay);
  if (zone === 'Z' || zone === 'z') return dayNumber * MS_PER_DAY + msOfDay;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const oh = Number(digits.slice(0, 2));
  const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (oh > 14 || om > 59) fail('');
  return dayNumber * MS_PER_DAY + msOfDay - sign * (oh * 60 + om) * MS_PER_MINUTE;
}

/** "HH:MM" → minutes after midnight (00:00–24:00), or undefined. */
export function findClockMinutes(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return undefined;
  return h * 60 + min;
}

export function formatClockMinutes(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
