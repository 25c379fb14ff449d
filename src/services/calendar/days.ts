/**
 * Validation of listed dates with reasons (a unit's own days, a holiday decision's days), naming each bad entry.
 */
import type { FieldIssue } from '../../domain/errors.js';
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import type { DayNote } from '../../domain/calendar/inheritance.js';

export const REASON_MAX = 200;
export const DAYS_MAX = 400;

/** Normalises a list of days (trimmed reasons, sorted by date) and records problems in `issues`. */
export function checkDays(
  list: readonly DayNote[],
  field: string,
  issues: FieldIssue[],
  opts: { year?: number; reasonRequired?: boolean } = {},
): DayNote[] {
  if (list.length > DAYS_MAX) {
    issues.push({ field, message: `Tối đa ${DAYS_MAX} ngày.` });
    return [];
  }
  const seen = new Set<string>();
  const out: DayNote[] = [];
  list.forEach((d, i) => {
    const at = `${field}[${i}]`;
    if (findEpochDay(d.date) === undefined) {
      issues.push({ field: `${at}.date`, message: 'Ngày không hợp lệ (YYYY-MM-DD).' });
      return;
    }
    if (opts.year !== undefined && !d.date.startsWith(`${opts.year}-`)) {
      issues.push({ field: `${at}.date`, message: `Ngày phải thuộc năm ${opts.year}.` });
    }
    if (seen.has(d.date)) issues.push({ field: `${at}.date`, message: 'Ngày bị lặp lại.' });
    seen.add(d.date);
    const reason = d.reason?.trim() || null;
    if (opts.reasonRequired && !reason) issues.push({ field: `${at}.reason`, message: 'Cần ghi lý do.' });
    if (reason && reason.length > REASON_MAX) {
      issues.push({ field: `${at}.reason`, message: `Lý do tối đa ${REASON_MAX} ký tự.` });
    }
    out.push({ date: d.date, reason });
  });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** Records a problem for every date that is listed both as a day off and as a working day. */
export function checkDisjoint(
  daysOff: readonly DayNote[],
  workdays: readonly DayNote[],
  issues: FieldIssue[],
) {
  const off = new Set(daysOff.map((d) => d.date));
  workdays.forEach((d, i) => {
    if (off.has(d.date)) {
      issues.push({ field: `workdays[${i}].date`, message: 'Ngày này cũng nằm trong danh sách ngày nghỉ.' });
    }
  });
}
