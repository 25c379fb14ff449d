/**
 * Calendar dates of the catalogue (effective dates), as YYYY-MM-DD strings in Vietnam's time zone.
 */

/** Vietnam has used UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Today's date in Asia/Ho_Chi_Minh, e.g. "2026-02-27". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date between 1900 and 2999 written YYYY-MM-DD (the range PostgreSQL and people agree on). */
export function isCatalogueDate(value: string): boolean {
  const m = /^(19|2[0-9])([0-9]{2})-([0-9]{2})-([0-9]{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]! + m[2]!), Number(m[3]), Number(m[4])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The JSON-schema pattern matching the same range, for route schemas (the format "date" checks the rest). */
export const CATALOGUE_DATE_PATTERN = '^(19|2[0-9])[0-9]{2}-[0-9]{2}-[0-9]{2}$';
