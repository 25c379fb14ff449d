/**
 * Numbers and dates as Vietnamese readers write them — decimal comma, thousands dot ("0,5 phút", "1.234 hồ sơ",
 * "12,5%", "12.500.000 đồng"), dates dd/mm/yyyy and times HH:mm on the 24-hour clock, in Vietnam's time zone
 * whatever the reader's — for the web app and for what the server writes to people (messages, PDFs). Written by
 * hand rather than through the platform's vi-VN locale data, so that a browser or server without it prints the same.
 */
import { formatInstant } from '../calendar/time-zone.js';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** What is shown for a missing figure or date. */
export const NONE = '—';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const missing = (n: number | null | undefined): n is null | undefined =>
  n === null || n === undefined || !Number.isFinite(n);

/** 1234 → "1.234"; 0.5 → "0,5"; 1234.56 → "1.234,6" (at most `fractionDigits` decimals, no trailing zeros). */
export function formatNumber(n: number | null | undefined, fractionDigits = 1): string {
  if (missing(n)) return NONE;
  const fixed = Math.abs(n).toFixed(fractionDigits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const decimals = fraction.replace(/0+$/, '');
  const sign = n < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${decimals ? `,${decimals}` : ''}`;
}

/** A number with its unit: (1234, "hồ sơ") → "1.234 hồ sơ"; (12.5, "giờ") → "12,5 giờ"; none → "—". */
export function formatCount(n: number | null | undefined, unit: string, fractionDigits = 1): string {
  return missing(n) ? NONE : `${formatNumber(n, fractionDigits)} ${unit}`;
}

/** A share from 0 to 1: 0.125 → "12,5%". */
export function formatPercent(rate: number | null | undefined, fractionDigits = 1): string {
  return missing(rate) ? NONE : `${formatNumber(rate * 100, fractionDigits)}%`;
}

/** 0.5 → "0,5 phút". */
export function formatMinutes(minutes: number | null | undefined): string {
  return formatCount(minutes, 'phút');
}

/** 45 → "45 giây"; 125 → "2 phút 5 giây"; 120 → "2 phút". */
export function formatDuration(seconds: number | null | undefined): string {
  if (missing(seconds)) return NONE;
  const s = Math.round(seconds);
  if (s < 60) return `${s} giây`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${formatNumber(m)} phút ${s % 60} giây` : `${formatNumber(m)} phút`;
}

/** 12500000 → "12.500.000 đồng". */
export function formatDong(amount: number): string {
  return `${formatNumber(amount, 0)} đồng`;
}

/** A file's size: "12 KB", "1,5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  /** "HH:mm", absent for a calendar date. */
  time?: string;
}

/** A calendar date "yyyy-mm-dd" as it is; anything else as an instant read in Vietnam's time zone. */
function partsOf(value: string | number | Date): Parts | undefined {
  const date = typeof value === 'string' ? DATE_RE.exec(value) : null;
  if (date) return { year: date[1]!, month: date[2]!, day: date[3]! };
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) return undefined;
  const iso = formatInstant(TIME_ZONE, ms);
  return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10), time: iso.slice(11, 16) };
}

type DateValue = string | number | Date | null | undefined;

function formatWith(value: DateValue, write: (p: Parts) => string): string {
  if (value === null || value === undefined || value === '') return NONE;
  const p = partsOf(value);
  return p ? write(p) : String(value);
}

/** "2026-12-07" or an instant → "07/12/2026". */
export function formatDate(value: DateValue): string {
  return formatWith(value, (p) => `${p.day}/${p.month}/${p.year}`);
}

/** "2026-12-07" → "07/12": a day of the current year, in a tight column. */
export function formatDayMonth(value: DateValue): string {
  return formatWith(value, (p) => `${p.day}/${p.month}`);
}

/** An instant → "07/12/2026 14:05" (lists and tables). */
export function formatDateTime(value: DateValue): string {
  return formatWith(value, (p) => `${p.day}/${p.month}/${p.year}${p.time ? ` ${p.time}` : ''}`);
}

/** An instant → "14:05 07/12/2026" (in a sentence: "hẹn trả lúc 14:05 07/12/2026"). */
export function formatTimeDate(value: DateValue): string {
  return formatWith(value, (p) => `${p.time ? `${p.time} ` : ''}${p.day}/${p.month}/${p.year}`);
}

/** "2026-03-05" or an instant → "ngày 05 tháng 03 năm 2026", as official papers word a date. */
export function formatDateWords(value: DateValue): string {
  return formatWith(value, (p) => `ngày ${p.day} tháng ${p.month} năm ${p.year}`);
}

/** An instant → "08 giờ 30 phút, ngày 05/03/2026", as official papers word a time. */
export function formatTimeWords(value: DateValue): string {
  return formatWith(value, (p) => {
    const [hour, minute] = (p.time ?? '00:00').split(':');
    return `${hour} giờ ${minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
  });
}

/** An instant → "14:05". */
export function formatTime(value: DateValue): string {
  return formatWith(value, (p) => p.time ?? NONE);
}

/** Today in Vietnam as "yyyy-mm-dd", or `offsetDays` away from it. */
export function vietnamDay(offsetDays = 0, now: number = Date.now()): string {
  return formatInstant(TIME_ZONE, now + offsetDays * DAY_MS).slice(0, 10);
}
