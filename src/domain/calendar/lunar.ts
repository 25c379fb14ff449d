/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's time zone UTC+7 from the astronomical rules:
 * - a month begins on the local day of a true new moon;
 * - month 11 is the month that contains the winter solstice (the Sun at 270°);
 * - when 13 months lie between two months 11, the first month after month 11 in which the Sun enters no new
 *   30° sign (no "major term", trung khí) is a leap month and repeats the number of the month before it.
 * A day here is the local civil day in UTC+7; this is what makes Tết 1985 fall on 21 January in Vietnam (China,
 * computing for UTC+8, had 20 February). Before 1968 the almanacs of the time used other meridians (see ERAS).
 * Supported: solar dates 1900-01-01 … 2100-12-31.
 */
import { invalid } from '../errors.js';
import { newMoonJdUt, sunLongitudeAtUt, SYNODIC_MONTH } from './astronomy.js';
import { civilDate, epochDay, isValidCivilDate, JDN_OF_EPOCH_DAY_0, type CivilDate } from './civil-date.js';

export interface LunarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–30 */
  day: number;
  /** True in a leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

/** A lunar month: its number, whether it is a leap month, its first day (epoch day) and its length. */
export interface LunarMonth {
  year: number;
  month: number;
  leap: boolean;
  firstDay: number;
  length: number;
}

/** Vietnam's time zone offset in hours, for which lunar dates are computed since 1968. */
export const VIETNAM_UTC_OFFSET_HOURS = 7;
export const LUNAR_RANGE = { first: '1900-01-01', last: '2100-12-31' } as const;
const FIRST_DAY = epochDay(1900, 1, 1);
const LAST_DAY = epochDay(2100, 12, 31);
const K_EPOCH_JD = 2_451_550.09766;

/**
 * The meridian the almanac of the time was computed for, in hours east of Greenwich. Until the calendar reform
 * for 1968 Vietnamese almanacs followed the Chinese computation: Beijing local mean time (116°25′E) until 1928,
 * UTC+8 from 1929; from 1968 on, UTC+7, the rule in force today. Later eras first.
 */
const ERAS: readonly { fromJd: number; hours: number }[] = [
  { fromJd: epochDay(1968, 1, 1) + JDN_OF_EPOCH_DAY_0 - 0.5, hours: VIETNAM_UTC_OFFSET_HOURS },
  { fromJd: epochDay(1929, 1, 1) + JDN_OF_EPOCH_DAY_0 - 0.5, hours: 8 },
  { fromJd: -Infinity, hours: 7 + 45 / 60 + 40 / 3600 },
];

function offsetAt(jdUt: number): number {
  return ERAS.find((era) => jdUt >= era.fromJd)!.hours;
}
/** Epoch day (local) on which new moon number k falls. */
function newMoonDay(k: number): number {
  const ut = newMoonJdUt(k);
  const jdLocal = ut + offsetAt(ut) / 24;
  return Math.floor(jdLocal + 0.5) - JDN_OF_EPOCH_DAY_0;
}

/** The Sun's 30° sign (0 = from 0° …, 9 = from 270°) at the local midnight that begins an epoch day. */
function signAtStartOfDay(day: number): number {
  const jdUt = day + JDN_OF_EPOCH_DAY_0 - 0.5 - offsetAt(day + JDN_OF_EPOCH_DAY_0) / 24;
  return Math.floor(sunLongitudeAtUt(jdUt) / 30);
}

const month11Cache = new Map<number, number>();

/** The new-moon number k that begins month 11, the month containing the winter solstice of Gregorian `year`. */
function month11K(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const lastDay = epochDay(year, 12, 31);
  let k = Math.floor((lastDay + JDN_OF_EPOCH_DAY_0 - K_EPOCH_JD) / SYNODIC_MONTH) + 1;
  while (newMoonDay(k) > lastDay) k--;
  // The last month to begin by 31 December contains the solstice unless the Sun had already reached 270°.
  if (signAtStartOfDay(newMoonDay(k)) >= 9) k--;
  month11Cache.set(year, k);
  return k;
}

interface LabelledMonth {
  k: number;
  year: number;
  month: number;
  leap: boolean;
}

/**
 * The months from month 11 of lunar year y-1 (inclusive) to month 11 of lunar year y (exclusive), numbered,
 * with the leap month marked when there are 13 of them.
 */
function monthsBetweenSolstices(y: number): LabelledMonth[] {
  const k0 = month11K(y - 1);
  const count = month11K(y) - k0;
  if (count !== 12 && count !== 13) throw new Error(`lunar: ${count} months between solstice months`);
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i <= 12; i++) {
      if (signAtStartOfDay(newMoonDay(k0 + i)) === signAtStartOfDay(newMoonDay(k0 + i + 1))) {
        leapIndex = i;
        break;
      }
    }
    if (leapIndex < 0) throw new Error(`lunar: no month without a major term before month 11 of ${y}`);
  }
  const months: LabelledMonth[] = [];
  let ordinal = 10; // months counted from month 11 = ordinal 10 (0-based month number)
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (!leap && i > 0) ordinal++;
    const month = (ordinal % 12) + 1;
    months.push({ k: k0 + i, year: month >= 11 ? y - 1 : y, month, leap });
  }
  return months;
}

const yearCache = new Map<number, LunarMonth[]>();

/** The months of lunar year y in order: months 1 … 12 with its leap month, if any. */
export function lunarYearMonths(y: number): readonly LunarMonth[] {
  const cached = yearCache.get(y);
  if (cached) return cached;
  const labelled = [...monthsBetweenSolstices(y), ...monthsBetweenSolstices(y + 1)].filter(
    (m) => m.year === y,
  );
  const months = labelled.map((m) => {
    const firstDay = newMoonDay(m.k);
    return { year: y, month: m.month, leap: m.leap, firstDay, length: newMoonDay(m.k + 1) - firstDay };
  });
  yearCache.set(y, months);
  return months;
}

/** Epoch day of Tết (1/1) of lunar year y. */
export function lunarNewYearDay(y: number): number {
  return lunarYearMonths(y)[0]!.firstDay;
}

function outOfRange(): never {
  throw invalid(
    'LUNAR_OUT_OF_RANGE',
    `Chỉ hỗ trợ các ngày từ ${LUNAR_RANGE.first} đến ${LUNAR_RANGE.last} (dương lịch).`,
  );
}

/** The lunar date of an epoch day. */
export function lunarDateOfDay(day: number): LunarDate {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) outOfRange();
  const { year } = civilDate(day);
  const lunarYear = day >= lunarNewYearDay(year) ? year : year - 1;
  const months = lunarYearMonths(lunarYear);
  let found = months[0]!;
  for (const m of months) if (m.firstDay <= day) found = m;
  return { year: lunarYear, month: found.month, day: day - found.firstDay + 1, leap: found.leap };
}

/** The lunar date of a Gregorian date. */
export function solarToLunar(date: CivilDate): LunarDate {
  if (!isValidCivilDate(date.year, date.month, date.day)) {
    throw invalid('DATE_INVALID', 'Ngày dương lịch không hợp lệ.');
  }
  return lunarDateOfDay(epochDay(date.year, date.month, date.day));
}

/** The month of lunar year `year` numbered `month` (the leap one when `leap`), if it exists. */
export function findLunarMonth(year: number, month: number, leap = false): LunarMonth | undefined {
  if (!Number.isInteger(year) || year < 1899 || year > 2100) return undefined;
  return lunarYearMonths(year).find((m) => m.month === month && m.leap === leap);
}

/** The epoch day of a lunar date; throws when the date does not exist or lies outside the supported range. */
export function lunarToDay(date: LunarDate): number {
  const month = findLunarMonth(date.year, date.month, date.leap);
  if (!month) {
    if (date.year < 1899 || date.year > 2100) outOfRange();
    throw invalid(
      'LUNAR_DATE_INVALID',
      date.leap
        ? `Năm âm lịch ${date.year} không có tháng ${date.month} nhuận.`
        : `Tháng âm lịch không hợp lệ: ${date.month}.`,
    );
  }
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > month.length) {
    throw invalid(
      'LUNAR_DATE_INVALID',
      `Tháng ${date.month}${date.leap ? ' nhuận' : ''} năm ${date.year} âm lịch có ${month.length} ngày.`,
    );
  }
  const day = month.firstDay + date.day - 1;
  if (day < FIRST_DAY || day > LAST_DAY) outOfRange();
  return day;
}

/** The Gregorian date of a lunar date. */
export function lunarToSolar(date: LunarDate): CivilDate {
  return civilDate(lunarToDay(date));
}

/** `D/M/YYYY`, or `D/M*\/YYYY` in a leap month. */
export function formatLunarDate(date: LunarDate): string {
  return `${date.day}/${date.month}${date.leap ? '*' : ''}/${date.year}`;
}

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

/** The sexagenary name of a lunar year, e.g. 2026 → "Bính Ngọ". */
export function lunarYearName(year: number): string {
  return `${STEMS[(((year + 6) % 10) + 10) % 10]} ${BRANCHES[(((year + 8) % 12) + 12) % 12]}`;
}
