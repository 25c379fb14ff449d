/**
 * Deadlines: the due instant of a time limit for a dossier received at an instant, on a working calendar.
 * - working hours H: the earliest instant at which H hours of working time have elapsed since the clock started
 *   (at the received instant if it lies inside a session, otherwise at the start of the next session);
 * - working days N: the same with H = N × hoursPerDay;
 * - calendar days N: the close of the last session on the received date + N days, or of the next working day
 *   when that date is not one;
 * - same day: received on a working day before the cutoff (default 15:00) → the close of that day, otherwise the
 *   close of the next working day.
 */
import { invalid } from '../errors.js';
import { findClockMinutes, MS_PER_HOUR, MS_PER_MINUTE } from './time-zone.js';
import {
  addWorkingTime,
  closeOfWorkingDayFrom,
  dayAt,
  isWorkingDayAt,
  wallTimeOfDay,
  type WorkingCalendar,
} from './working-time.js';

export const deadlineUnits = ['working_days', 'working_hours', 'calendar_days', 'same_day'] as const;
export type DeadlineUnit = (typeof deadlineUnits)[number];

export type TimeLimit =
  | { unit: 'working_days' | 'working_hours' | 'calendar_days'; value: number }
  | { unit: 'same_day'; cutoff?: string | undefined };

/** The longest time limit accepted, in days (working days, calendar days, or hoursPerDay-hours). */
export const MAX_LIMIT_DAYS = 3650;
export const DEFAULT_CUTOFF = '15:00';

function amountError(message: string): never {
  throw invalid('TIME_LIMIT_INVALID', message, [{ field: 'value', message }]);
}

/** Working milliseconds of a working-days or working-hours limit, validated. */
export function workingAmount(cal: WorkingCalendar, limit: TimeLimit): number {
  if (limit.unit === 'same_day' || limit.unit === 'calendar_days') {
    throw new Error(`workingAmount: ${limit.unit} is not measured in working time`);
  }
  const { value } = limit;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    amountError('Thời hạn phải là một số không âm.');
  }
  const hours = limit.unit === 'working_days' ? value * cal.definition.hoursPerDay : value;
  if (hours > MAX_LIMIT_DAYS * cal.definition.hoursPerDay) {
    amountError(`Thời hạn quá dài: tối đa ${MAX_LIMIT_DAYS} ngày làm việc.`);
  }
  return Math.round(hours * MS_PER_HOUR);
}

/** The cutoff "HH:MM" in wall-clock milliseconds after midnight. */
export function cutoffOf(cutoff: string | undefined): number {
  const minutes = findClockMinutes(cutoff ?? DEFAULT_CUTOFF);
  if (minutes === undefined) {
    const message = `Giờ chốt không hợp lệ: ${JSON.stringify(cutoff)} (cần dạng HH:MM).`;
    throw invalid('CUTOFF_INVALID', message, [{ field: 'cutoff', message }]);
  }
  return minutes * MS_PER_MINUTE;
}

/** Same-day rule; a day whose close has already passed counts as "after the cutoff". */
export function sameDayDue(cal: WorkingCalendar, received: number, cutoffMs: number): number {
  const { block: b, index } = dayAt(cal, received);
  const day = b.firstDay + index;
  if (isWorkingDayAt(b, index) && wallTimeOfDay(cal, b, index, received) < cutoffMs) {
    const close = b.ends[b.firstSession[index + 1]! - 1]!;
    if (close > received) return close;
  }
  return closeOfWorkingDayFrom(cal, day + 1);
}

/** Calendar-days rule; with 0 days and the day's close already passed, the next working day's close. */
export function calendarDaysDue(cal: WorkingCalendar, received: number, days: number): number {
  if (!Number.isInteger(days) || days < 0) amountError('Số ngày phải là số nguyên không âm.');
  if (days > MAX_LIMIT_DAYS) amountError(`Thời hạn quá dài: tối đa ${MAX_LIMIT_DAYS} ngày.`);
  const { block: b, index } = dayAt(cal, received);
  const day = b.firstDay + index;
  const due = closeOfWorkingDayFrom(cal, day + days);
  return due > received ? due : closeOfWorkingDayFrom(cal, day + days + 1);
}

/** The due instant (epoch ms) of a time limit for a dossier received at `received` (epoch ms). */
export function computeDue(cal: WorkingCalendar, received: number, limit: TimeLimit): number {
  if (!Number.isFinite(received)) throw invalid('INSTANT_INVALID', 'Thời điểm tiếp nhận không hợp lệ.');
  switch (limit.unit) {
    case 'working_days':
    case 'working_hours':
      return addWorkingTime(cal, received, workingAmount(cal, limit));
    case 'calendar_days':
      return calendarDaysDue(cal, received, limit.value);
    case 'same_day':
      return sameDayDue(cal, received, cutoffOf(limit.cutoff));
  }
}
