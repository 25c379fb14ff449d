/**
 * Checking a unit's service hours document (service-hours.ts) before it is stored: sessions, weekdays, fields and
 * dates well formed, seasons named, closures with both times or none. Every problem is named by its field path, in
 * Vietnamese, in one 400 (SERVICE_HOURS_INVALID).
 */
import { findMonthDay, monthDayIndex, type SessionText } from '../calendar/calendar-file.js';
import { findEpochDay } from '../calendar/civil-date.js';
import { findClockMinutes } from '../calendar/time-zone.js';
import { invalid, type FieldIssue } from '../errors.js';
import type { ServiceHoursDocument, WeeklyRule } from './service-hours.js';

function checkSessions(value: SessionText[], path: string, issues: FieldIssue[]): void {
  const parsed: [number, number, number][] = [];
  value.forEach((s, i) => {
    const start = findClockMinutes(s[0]);
    const end = findClockMinutes(s[1]);
    if (start === undefined || end === undefined) {
      issues.push({
        field: `${path}[${i}]`,
        message: 'Giờ không hợp lệ: cần dạng HH:MM từ 00:00 đến 24:00.',
      });
    } else if (end <= start) {
      issues.push({ field: `${path}[${i}]`, message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    } else parsed.push([start, end, i]);
  });
  parsed.sort((a, b) => a[0] - b[0]);
  for (let k = 1; k < parsed.length; k++) {
    if (parsed[k]![0] < parsed[k - 1]![1]) {
      issues.push({ field: `${path}[${parsed[k]![2]}]`, message: 'Các buổi bị chồng lấn nhau.' });
    }
  }
}

function checkDays(days: number[], path: string, issues: FieldIssue[]): void {
  days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 7)
      issues.push({
        field: `${path}[${i}]`,
        message: 'Thứ trong tuần phải từ 1 (thứ Hai) đến 7 (Chủ nhật).',
      });
  });
}

function checkWeekly(weekly: WeeklyRule[], path: string, issues: FieldIssue[]): void {
  const seen = new Map<number, number>();
  weekly.forEach((rule, i) => {
    checkDays(rule.days, `${path}[${i}].days`, issues);
    checkSessions(rule.sessions, `${path}[${i}].sessions`, issues);
    for (const d of rule.days) {
      if (seen.has(d)) {
        issues.push({
          field: `${path}[${i}].days`,
          message: `Thứ ${d === 7 ? 'Chủ nhật' : d + 1} đã có trong dòng ${seen.get(d)! + 1}.`,
        });
      } else seen.set(d, i);
    }
  });
}

export interface CheckContext {
  /** The season names an extra may refer to (the document's own, else those it inherits). */
  seasons?: readonly string[];
  /** The field codes a rule may name; any well-formed code when absent. */
  fields?: ReadonlySet<string>;
  /** The date the document takes effect: a dated session or closure before it would never apply. */
  effectiveFrom?: string;
}

function checkFields(
  fields: string[] | undefined,
  path: string,
  issues: FieldIssue[],
  known: ReadonlySet<string> | undefined,
): void {
  fields?.forEach((f, i) => {
    if (!/^[A-Z0-9_]{1,16}$/.test(f))
      issues.push({ field: `${path}[${i}]`, message: 'Mã lĩnh vực không hợp lệ (chữ in hoa, số).' });
    else if (known && !known.has(f))
      issues.push({ field: `${path}[${i}]`, message: `Không có lĩnh vực mã ${f}.` });
  });
}

function checkDate(
  date: string,
  path: string,
  issues: FieldIssue[],
  effectiveFrom: string | undefined,
): void {
  if (findEpochDay(date) === undefined)
    issues.push({ field: path, message: 'Ngày không hợp lệ (YYYY-MM-DD).' });
  else if (effectiveFrom !== undefined && date < effectiveFrom)
    issues.push({ field: path, message: 'Ngày này trước ngày hiệu lực nên sẽ không được áp dụng.' });
}

/**
 * Checks a unit's own document (already shaped by the HTTP schema): times, overlaps, seasons that overlap, an
 * extra's unknown season or field, dates (not before the document takes effect). Throws SERVICE_HOURS_INVALID
 * naming every field.
 */
export function checkServiceHoursDocument(doc: ServiceHoursDocument, context: CheckContext = {}): void {
  const { fields: knownFields, effectiveFrom } = context;
  const issues: FieldIssue[] = [];
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    issues.push({ field: 'document', message: 'Cần một đối tượng JSON.' });
  } else {
    if (doc.weekly) checkWeekly(doc.weekly, 'weekly', issues);
    const owner = new Array<number>(366).fill(-1);
    const names = new Set<string>();
    doc.seasons?.forEach((season, i) => {
      const at = `seasons[${i}]`;
      if (names.has(season.name)) issues.push({ field: `${at}.name`, message: 'Tên mùa bị trùng.' });
      names.add(season.name);
      checkWeekly(season.weekly, `${at}.weekly`, issues);
      const from = findMonthDay(season.from);
      const to = findMonthDay(season.to);
      if (!from) issues.push({ field: `${at}.from`, message: 'Ngày bắt đầu mùa không hợp lệ (ngày/tháng).' });
      if (!to) issues.push({ field: `${at}.to`, message: 'Ngày kết thúc mùa không hợp lệ (ngày/tháng).' });
      if (!from || !to) return;
      const a = monthDayIndex(...from);
      const b = monthDayIndex(...to);
      for (let k = 0, idx = a; k < 366; k++, idx = (idx + 1) % 366) {
        if (owner[idx] !== -1) {
          issues.push({ field: at, message: `Mùa này trùng ngày với mùa thứ ${owner[idx]! + 1}.` });
          break;
        }
        owner[idx] = i;
        if (idx === b) break;
      }
    });
    const known = doc.seasons ? names : new Set(context.seasons ?? []);
    doc.extras?.forEach((extra, i) => {
      const at = `extras[${i}]`;
      checkFields(extra.fields, `${at}.fields`, issues, knownFields);
      if (extra.fields.length === 0)
        issues.push({ field: `${at}.fields`, message: 'Cần ít nhất một lĩnh vực.' });
      checkDays(extra.days, `${at}.days`, issues);
      checkSessions(extra.sessions, `${at}.sessions`, issues);
      if (extra.season !== undefined && !known.has(extra.season)) {
        issues.push({ field: `${at}.season`, message: `Không có mùa tên "${extra.season}".` });
      }
    });
    doc.specials?.forEach((special, i) => {
      const at = `specials[${i}]`;
      checkDate(special.date, `${at}.date`, issues, effectiveFrom);
      checkFields(special.fields, `${at}.fields`, issues, knownFields);
      checkSessions(special.sessions, `${at}.sessions`, issues);
    });
    doc.closures?.forEach((closure, i) => {
      const at = `closures[${i}]`;
      checkDate(closure.date, `${at}.date`, issues, effectiveFrom);
      checkFields(closure.fields, `${at}.fields`, issues, knownFields);
      if ((closure.from === undefined) !== (closure.to === undefined)) {
        issues.push({
          field: `${at}.to`,
          message: 'Cần cả giờ bắt đầu và giờ kết thúc, hoặc bỏ cả hai (nghỉ cả ngày).',
        });
      } else if (closure.from !== undefined) {
        checkSessions([[closure.from, closure.to!]], `${at}`, issues);
      }
    });
  }
  if (issues.length) {
    const shown = issues.slice(0, 3).map((f) => `${describePath(f.field)}: ${f.message.replace(/\.$/, '')}`);
    if (issues.length > shown.length) shown.push(`và ${issues.length - shown.length} lỗi khác`);
    throw invalid('SERVICE_HOURS_INVALID', `Giờ phục vụ không hợp lệ — ${shown.join('; ')}.`, issues);
  }
}

const PART_NAMES: Record<string, string> = {
  effectiveFrom: 'Ngày áp dụng',
  weekly: 'Lịch tuần',
  seasons: 'Mùa',
  extras: 'Giờ phục vụ thêm',
  specials: 'Buổi phục vụ theo ngày',
  closures: 'Ngày tạm nghỉ',
  sessions: 'buổi',
  days: 'thứ',
  fields: 'lĩnh vực',
  season: 'mùa',
  date: 'ngày',
  from: 'từ',
  to: 'đến',
  name: 'tên',
};

/** A field path in words, e.g. seasons[1].weekly[0].sessions[0] → "Mùa 2, lịch tuần 1, buổi 1". */
export function describePath(path: string): string {
  const parts = path.split('.').map((part) => {
    const m = /^([a-zA-Z]+)(?:\[(\d+)\])?(?:\[(\d+)\])?$/.exec(part);
    if (!m) return part;
    const name = PART_NAMES[m[1]!] ?? m[1]!;
    const index = [m[2], m[3]].filter((x) => x !== undefined).map((x) => Number(x) + 1);
    return [name, ...index].join(' ');
  });
  const text = parts.join(', ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
