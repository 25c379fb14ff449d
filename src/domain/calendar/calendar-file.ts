/**
 * The calendar file (PRODUCT.md): the JSON that describes legal working time, parsed and validated into a
 * normalised definition with every default filled in.
 *   {"timezone":"Asia/Ho_Chi_Minh","workweek":[1,2,3,4,5],"sessions":[["07:00","11:30"],["13:30","17:00"]],
 *    "seasons":[{"from":"MM-DD","to":"MM-DD","sessions":[...]}],"daysOff":["YYYY-MM-DD"],"workdays":[...],
 *    "hoursPerDay":8}
 * Every key but `sessions` is optional. Weekdays: 1 = Monday … 7 = Sunday. A season's sessions replace the default
 * ones on every date from `from` to `to`, both inclusive; a range may wrap over the new year.
 */
import { invalid, type FieldIssue } from '../errors.js';
import { daysInMonth, findEpochDay, formatEpochDay } from './civil-date.js';
import { findClockMinutes, isKnownTimeZone } from './time-zone.js';

export type SessionText = [string, string];

export interface SeasonDefinition {
  from: string;
  to: string;
  sessions: SessionText[];
}

/** A validated calendar with defaults filled in; serialises back to a valid calendar file. */
export interface CalendarDefinition {
  timezone: string;
  workweek: number[];
  sessions: SessionText[];
  seasons: SeasonDefinition[];
  daysOff: string[];
  workdays: string[];
  hoursPerDay: number;
}

export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_HOURS_PER_DAY = 8;

/** 07:00–11:30 and 13:30–17:00, Monday to Friday, in Vietnam; no days off. */
export const DEFAULT_CALENDAR: CalendarDefinition = {
  timezone: DEFAULT_TIMEZONE,
  workweek: [1, 2, 3, 4, 5],
  sessions: [
    ['07:00', '11:30'],
    ['13:30', '17:00'],
  ],
  seasons: [],
  daysOff: [],
  workdays: [],
  hoursPerDay: DEFAULT_HOURS_PER_DAY,
};

const KEYS = ['timezone', 'workweek', 'sessions', 'seasons', 'daysOff', 'workdays', 'hoursPerDay'];
const MAX_SESSIONS = 12;
const MAX_SEASONS = 12;
const MAX_DATES = 20_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "MM-DD" → [month, day], or undefined (29 February is allowed). */
export function findMonthDay(text: unknown): [number, number] | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return undefined;
  return [month, day];
}

/** Index 0–365 of a month-day in a leap year, so that every MM-DD has a slot. */
export const monthDayIndex = (month: number, day: number) =>
  [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335][month - 1]! + day - 1;

function parseSessions(value: unknown, path: string, issues: FieldIssue[]): SessionText[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ field: path, message: 'Cần ít nhất một buổi làm việc dạng ["HH:MM","HH:MM"].' });
    return [];
  }
  if (value.length > MAX_SESSIONS) {
    issues.push({ field: path, message: `Tối đa ${MAX_SESSIONS} buổi làm việc mỗi ngày.` });
    return [];
  }
  const sessions: SessionText[] = [];
  let previousEnd = -1;
  value.forEach((session: unknown, i) => {
    const at = `${path}[${i}]`;
    if (!Array.isArray(session) || session.length !== 2) {
      issues.push({ field: at, message: 'Mỗi buổi là một cặp ["HH:MM","HH:MM"].' });
      return;
    }
    const [startText, endText] = session as unknown[];
    const start = findClockMinutes(startText);
    const end = findClockMinutes(endText);
    if (start === undefined || end === undefined || start === 24 * 60) {
      issues.push({ field: at, message: 'Giờ không hợp lệ: cần dạng HH:MM từ 00:00 đến 24:00.' });
      return;
    }
    if (end <= start) {
      issues.push({ field: at, message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
      return;
    }
    if (start < previousEnd) {
      issues.push({
        field: at,
        message: 'Các buổi làm việc bị chồng lấn hoặc chưa xếp theo thứ tự thời gian.',
      });
    }
    previousEnd = Math.max(previousEnd, end);
    sessions.push([startText as string, endText as string]);
  });
  return sessions;
}

function parseDates(value: unknown, path: string, issues: FieldIssue[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_DATES) {
    issues.push({ field: path, message: `Cần một danh sách (tối đa ${MAX_DATES}) ngày dạng YYYY-MM-DD.` });
    return [];
  }
  const days = new Set<number>();
  value.forEach((text: unknown, i) => {
    const day = typeof text === 'string' ? findEpochDay(text) : undefined;
    if (day === undefined)
      issues.push({ field: `${path}[${i}]`, message: 'Ngày không hợp lệ (YYYY-MM-DD).' });
    else days.add(day);
  });
  return [...days].sort((a, b) => a - b).map(formatEpochDay);
}

function parseSeasons(value: unknown, issues: FieldIssue[]): SeasonDefinition[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_SEASONS) {
    issues.push({ field: 'seasons', message: `Cần một danh sách (tối đa ${MAX_SEASONS}) mùa.` });
    return [];
  }
  const owner = new Array<number>(366).fill(-1);
  const seasons: SeasonDefinition[] = [];
  value.forEach((season: unknown, i) => {
    const at = `seasons[${i}]`;
    if (!isRecord(season)) {
      issues.push({ field: at, message: 'Mỗi mùa có dạng {"from":"MM-DD","to":"MM-DD","sessions":[...]}.' });
      return;
    }
    for (const key of Object.keys(season)) {
      if (!['from', 'to', 'sessions'].includes(key)) {
        issues.push({ field: `${at}.${key}`, message: 'Khóa không được hỗ trợ.' });
      }
    }
    const from = findMonthDay(season.from);
    const to = findMonthDay(season.to);
    if (!from) issues.push({ field: `${at}.from`, message: 'Ngày bắt đầu mùa không hợp lệ (MM-DD).' });
    if (!to) issues.push({ field: `${at}.to`, message: 'Ngày kết thúc mùa không hợp lệ (MM-DD).' });
    const sessions = parseSessions(season.sessions, `${at}.sessions`, issues);
    if (!from || !to) return;
    const a = monthDayIndex(...from);
    const b = monthDayIndex(...to);
    for (let k = 0, idx = a; k < 366; k++, idx = (idx + 1) % 366) {
      if (owner[idx] !== -1 && owner[idx] !== i) {
        issues.push({ field: at, message: `Mùa này trùng ngày với mùa thứ ${owner[idx]! + 1}.` });
        break;
      }
      owner[idx] = i;
      if (idx === b) break;
    }
    seasons.push({ from: season.from as string, to: season.to as string, sessions });
  });
  return seasons;
}

function calendarError(issues: FieldIssue[]): never {
  const shown = issues.slice(0, 3).map((f) => `${f.field}: ${f.message.replace(/\.$/, '')}`);
  if (issues.length > shown.length) shown.push(`và ${issues.length - shown.length} lỗi khác`);
  throw invalid('CALENDAR_INVALID', `Lịch làm việc không hợp lệ — ${shown.join('; ')}.`, issues);
}

/** Validates a calendar file's JSON value; throws CALENDAR_INVALID with every problem named by field. */
export function parseCalendar(value: unknown): CalendarDefinition {
  if (!isRecord(value)) calendarError([{ field: 'calendar', message: 'Lịch phải là một đối tượng JSON.' }]);
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) issues.push({ field: key, message: 'Khóa không được hỗ trợ.' });
  }
  const timezone = value.timezone ?? DEFAULT_TIMEZONE;
  if (!isKnownTimeZone(timezone)) {
    issues.push({ field: 'timezone', message: `Múi giờ không tồn tại: ${JSON.stringify(timezone)}.` });
  }
  let workweek: number[] = [...DEFAULT_CALENDAR.workweek];
  if (value.workweek !== undefined) {
    const ok =
      Array.isArray(value.workweek) &&
      value.workweek.every((d) => Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7) &&
      new Set(value.workweek).size === value.workweek.length;
    if (ok) workweek = [...(value.workweek as number[])].sort((a, b) => a - b);
    else {
      issues.push({ field: 'workweek', message: 'Cần các thứ khác nhau từ 1 (thứ Hai) đến 7 (Chủ nhật).' });
    }
  }
  const sessions = parseSessions(value.sessions, 'sessions', issues);
  const seasons = parseSeasons(value.seasons, issues);
  const daysOff = parseDates(value.daysOff, 'daysOff', issues);
  const workdays = parseDates(value.workdays, 'workdays', issues);
  const off = new Set(daysOff);
  const both = workdays.filter((d) => off.has(d));
  if (both.length) {
    issues.push({
      field: 'workdays',
      message: `Ngày vừa là ngày nghỉ vừa là ngày làm việc: ${both.join(', ')}.`,
    });
  }
  const hoursPerDay = value.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
  if (
    typeof hoursPerDay !== 'number' ||
    !Number.isFinite(hoursPerDay) ||
    hoursPerDay <= 0 ||
    hoursPerDay > 24
  ) {
    issues.push({
      field: 'hoursPerDay',
      message: 'Số giờ của một ngày làm việc phải lớn hơn 0 và không quá 24.',
    });
  }
  if (issues.length === 0 && workweek.length === 0 && workdays.length === 0) {
    issues.push({ field: 'workweek', message: 'Lịch không có thời gian làm việc nào.' });
  }
  if (issues.length) calendarError(issues);
  return {
    timezone: timezone as string,
    workweek,
    sessions,
    seasons,
    daysOff,
    workdays,
    hoursPerDay: hoursPerDay as number,
  };
}
