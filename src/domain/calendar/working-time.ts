/**
 * Working time of a calendar, precomputed per local year (cached) as sorted session intervals with cumulative
 * working milliseconds, so that "add H working hours" and "working time between two instants" are binary searches.
 * All instants are epoch milliseconds; every value is an integer below 2^53, so the arithmetic is exact.
 */
import { invalid } from '../errors.js';
import { civilDate, epochDay, findEpochDay, isoWeekday } from './civil-date.js';
import { findMonthDay, monthDayIndex, type CalendarDefinition } from './calendar-file.js';
import {
  findClockMinutes,
  localToInstant,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  offsetAt,
} from './time-zone.js';

/** One local year of working time. Sessions of day d (0-based in the year) are firstSession[d] … firstSession[d+1]-1. */
export interface YearBlock {
  year: number;
  /** Epoch day of 1 January. */
  firstDay: number;
  dayCount: number;
  /** Instant of each local midnight, dayCount + 1 entries (the last is next 1 January). */
  dayStarts: Float64Array;
  firstSession: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
  /** Working milliseconds of the year up to the end of each session. */
  cumEnd: Float64Array;
  total: number;
  /** 1 where the zone's offset changes during the day (DST), so wall-clock times need the slow path. */
  offsetChanges: Uint8Array;
}

export interface WorkingCalendar {
  readonly definition: CalendarDefinition;
  readonly timezone: string;
  /** hoursPerDay in milliseconds. */
  readonly dayLength: number;
  /** The year block of a local year (built once). */
  block(year: number): YearBlock;
  /** The block of the local year containing an instant. */
  blockAt(ms: number): YearBlock;
}

/** Years a computation may touch. */
export const WORKING_YEARS = { first: 1900, last: 2300 } as const;

const noWorkingTime = () =>
  invalid('NO_WORKING_TIME', 'Lịch không còn thời gian làm việc nào sau thời điểm này để tính hạn.');
const outOfRange = () =>
  invalid(
    'DATE_OUT_OF_RANGE',
    `Chỉ tính được thời hạn trong các năm ${WORKING_YEARS.first}–${WORKING_YEARS.last}.`,
  );

interface Compiled {
  sessions: (readonly [number, number])[];
  seasonByMonthDay: ((readonly [number, number])[] | undefined)[];
  workweek: boolean[];
  daysOff: Set<number>;
  workdays: Set<number>;
  /** Last epoch day that can hold working time, when the week has none (only listed workdays). */
  lastWorkingDay: number;
}

function minutesOf(sessions: readonly (readonly [string, string])[]): (readonly [number, number])[] {
  return sessions.map(([a, b]) => [findClockMinutes(a)!, findClockMinutes(b)!] as const);
}

function compile(def: CalendarDefinition): Compiled {
  const seasonByMonthDay = new Array<(readonly [number, number])[] | undefined>(366).fill(undefined);
  for (const season of def.seasons) {
    const from = monthDayIndex(...findMonthDay(season.from)!);
    const to = monthDayIndex(...findMonthDay(season.to)!);
    const sessions = minutesOf(season.sessions);
    for (let idx = from; ; idx = (idx + 1) % 366) {
      seasonByMonthDay[idx] = sessions;
      if (idx === to) break;
    }
  }
  const workdays = new Set(def.workdays.map((d) => findEpochDay(d)!));
  const workweek = [false, ...[1, 2, 3, 4, 5, 6, 7].map((d) => def.workweek.includes(d))];
  return {
    sessions: minutesOf(def.sessions),
    seasonByMonthDay,
    workweek,
    daysOff: new Set(def.daysOff.map((d) => findEpochDay(d)!)),
    workdays,
    lastWorkingDay: workweek.some(Boolean) ? Infinity : Math.max(...workdays),
  };
}

/** Sessions (minutes after midnight) of an epoch day, empty when it is not a working day. */
function sessionsOfDay(c: Compiled, day: number): readonly (readonly [number, number])[] {
  const working = c.workdays.has(day) || (c.workweek[isoWeekday(day)] === true && !c.daysOff.has(day));
  if (!working) return [];
  const { month, day: dom } = civilDate(day);
  return c.seasonByMonthDay[monthDayIndex(month, dom)] ?? c.sessions;
}

function buildBlock(c: Compiled, timezone: string, year: number): YearBlock {
  const firstDay = epochDay(year, 1, 1);
  const dayCount = epochDay(year + 1, 1, 1) - firstDay;
  const dayStarts = new Float64Array(dayCount + 1);
  const offsetChanges = new Uint8Array(dayCount);
  const firstSession = new Int32Array(dayCount + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  let midnight = localToInstant(timezone, firstDay, 0);
  let offset = offsetAt(timezone, midnight);
  for (let d = 0; d < dayCount; d++) {
    const day = firstDay + d;
    // One offset look-up per day: if the next midnight computed with today's offset has today's offset, the
    // offset did not change during the day (zones never change twice within a day).
    const guess = (day + 1) * MS_PER_DAY - offset;
    const nextOffset = offsetAt(timezone, guess);
    const steady = nextOffset === offset;
    const nextMidnight = steady ? guess : localToInstant(timezone, day + 1, 0);
    dayStarts[d] = midnight;
    firstSession[d] = starts.length;
    offsetChanges[d] = steady ? 0 : 1;
    for (const [a, b] of sessionsOfDay(c, day)) {
      const start = steady
        ? day * MS_PER_DAY + a * MS_PER_MINUTE - offset
        : localToInstant(timezone, day, a * MS_PER_MINUTE);
      const end = steady
        ? day * MS_PER_DAY + b * MS_PER_MINUTE - offset
        : localToInstant(timezone, day, b * MS_PER_MINUTE);
      const previousEnd = ends.length ? ends[ends.length - 1]! : -Infinity;
      const from = Math.max(start, previousEnd);
      if (end > from) {
        starts.push(from);
        ends.push(end);
      }
    }
    midnight = nextMidnight;
    offset = steady ? offset : offsetAt(timezone, nextMidnight);
  }
  const nextMidnight = midnight;
  dayStarts[dayCount] = nextMidnight;
  firstSession[dayCount] = starts.length;
  const cumEnd = new Float64Array(starts.length);
  let total = 0;
  for (let i = 0; i < starts.length; i++) {
    total += ends[i]! - starts[i]!;
    cumEnd[i] = total;
  }
  return {
    year,
    firstDay,
    dayCount,
    dayStarts,
    firstSession,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumEnd,
    total,
    offsetChanges,
  };
}

/** Compiles a validated calendar definition; year blocks are built lazily and kept. */
export function compileCalendar(definition: CalendarDefinition): WorkingCalendar {
  const compiled = compile(definition);
  const { timezone } = definition;
  const blocks: (YearBlock | undefined)[] = [];
  let last: YearBlock | undefined;
  const block = (year: number): YearBlock => {
    if (year < WORKING_YEARS.first || year > WORKING_YEARS.last) throw outOfRange();
    const i = year - WORKING_YEARS.first;
    let b = blocks[i];
    if (!b) {
      if (epochDay(year, 1, 1) > compiled.lastWorkingDay) throw noWorkingTime();
      b = buildBlock(compiled, timezone, year);
      blocks[i] = b;
    }
    return b;
  };
  return {
    definition,
    timezone,
    dayLength: Math.round(definition.hoursPerDay * MS_PER_HOUR),
    block,
    blockAt(ms: number): YearBlock {
      if (last && ms >= last.dayStarts[0]! && ms < last.dayStarts[last.dayCount]!) return last;
      if (!Number.isFinite(ms)) throw invalid('INSTANT_INVALID', 'Thời điểm không hợp lệ.');
      const utcYear = civilDate(Math.floor(ms / MS_PER_DAY)).year;
      let b = block(Math.min(Math.max(utcYear, WORKING_YEARS.first), WORKING_YEARS.last));
      if (ms < b.dayStarts[0]!) b = block(b.year - 1);
      else if (ms >= b.dayStarts[b.dayCount]!) b = block(b.year + 1);
      last = b;
      return b;
    },
  };
}

/** First index i in [lo, hi) with a[i] > x, or hi. */
function upperBound(a: Float64Array, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index i with a[i] >= x, or a.length. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! >= x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Working milliseconds of the block before the instant `ms` (which lies in or after the block's start). */
function workedBefore(b: YearBlock, ms: number): number {
  const i = upperBound(b.ends, ms);
  if (i === b.starts.length) return b.total;
  const before = i === 0 ? 0 : b.cumEnd[i - 1]!;
  return before + Math.max(0, ms - b.starts[i]!);
}

/**
 * The instant at which `amount` working milliseconds have elapsed since the clock started at `from`: the clock
 * starts at `from` if it lies inside a session, otherwise at the start of the next session; the result is the
 * earliest such instant, so it may be a session's close.
 */
export function addWorkingTime(cal: WorkingCalendar, from: number, amount: number): number {
  let b = cal.blockAt(from);
  let target = workedBefore(b, from) + amount;
  if (amount === 0) {
    // The clock start itself: `from` inside a session, or the next session's start.
    for (;;) {
      const i = upperBound(b.ends, from);
      if (i < b.starts.length) return Math.max(from, b.starts[i]!);
      b = cal.block(b.year + 1);
    }
  }
  for (;;) {
    if (target <= b.total) {
      const j = lowerBound(b.cumEnd, target);
      return b.ends[j]! - (b.cumEnd[j]! - target);
    }
    target -= b.total;
    b = cal.block(b.year + 1);
  }
}

/** Working milliseconds in [from, to); 0 when to <= from. */
export function workingTimeBetween(cal: WorkingCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  let a = cal.blockAt(from);
  const z = cal.blockAt(to);
  let sum = workedBefore(z, to) - workedBefore(a, from);
  while (a.year < z.year) {
    sum += a.total;
    a = cal.block(a.year + 1);
  }
  return sum;
}

/** The local day containing an instant: its block and index in the block. */
export function dayAt(cal: WorkingCalendar, ms: number): { block: YearBlock; index: number } {
  const b = cal.blockAt(ms);
  return { block: b, index: upperBound(b.dayStarts, ms, 0, b.dayCount) - 1 };
}

/** The block and index of an epoch day. */
export function dayOf(cal: WorkingCalendar, day: number): { block: YearBlock; index: number } {
  const b = cal.block(civilDate(day).year);
  return { block: b, index: day - b.firstDay };
}

export function isWorkingDayAt(b: YearBlock, index: number): boolean {
  return b.firstSession[index + 1]! > b.firstSession[index]!;
}

/** The close of the last session of the first working day on or after the epoch day `day`. */
export function closeOfWorkingDayFrom(cal: WorkingCalendar, day: number): number {
  let { block: b, index } = dayOf(cal, day);
  for (;;) {
    for (; index < b.dayCount; index++) {
      const next = b.firstSession[index + 1]!;
      if (next > b.firstSession[index]!) return b.ends[next - 1]!;
    }
    b = cal.block(b.year + 1);
    index = 0;
  }
}

/** Wall-clock milliseconds since local midnight of an instant on day `index` of block `b`. */
export function wallTimeOfDay(cal: WorkingCalendar, b: YearBlock, index: number, ms: number): number {
  const sinceMidnight = ms - b.dayStarts[index]!;
  if (!b.offsetChanges[index]) return sinceMidnight;
  return sinceMidnight + offsetAt(cal.timezone, ms) - offsetAt(cal.timezone, b.dayStarts[index]!);
}

/** Whether the instant lies inside a session (start inclusive, end exclusive). */
export function isInsideSession(cal: WorkingCalendar, ms: number): boolean {
  const b = cal.blockAt(ms);
  const i = upperBound(b.ends, ms);
  return i < b.starts.length && ms >= b.starts[i]!;
}

/** Whether the instant is exactly the close of a session. */
export function isSessionClose(cal: WorkingCalendar, ms: number): boolean {
  const b = cal.blockAt(ms);
  const i = lowerBound(b.ends, ms);
  return i < b.ends.length && b.ends[i] === ms;
}

/** The sessions of an epoch day as [start, end] instants (empty on a day off). */
export function sessionsOn(cal: WorkingCalendar, day: number): [number, number][] {
  const { block: b, index } = dayOf(cal, day);
  const out: [number, number][] = [];
  for (let i = b.firstSession[index]!; i < b.firstSession[index + 1]!; i++)
    out.push([b.starts[i]!, b.ends[i]!]);
  return out;
}

/**
 * The latest instant t such that the working time in [t, to) equals `amount` (the inverse of addWorkingTime,
 * counting backwards); throws when the calendar has no such working time before `to`.
 */
export function subtractWorkingTime(cal: WorkingCalendar, to: number, amount: number): number {
  let b = cal.blockAt(to);
  let target = workedBefore(b, to) - amount;
  while (target < 0) {
    b = cal.block(b.year - 1);
    target += b.total;
  }
  const j = upperBound(b.cumEnd, target);
  if (j === b.starts.length) {
    // Exactly all of the block's working time lies after t: t is the start of the next block's first session.
    for (;;) {
      b = cal.block(b.year + 1);
      if (b.starts.length) return b.starts[0]!;
    }
  }
  return b.ends[j]! - (b.cumEnd[j]! - target);
}
