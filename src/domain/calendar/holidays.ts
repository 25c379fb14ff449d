/**
 * Suggested days off for a year under the Labour Code 2019 (art. 112): 1 January; Tết, five days from lunar new
 * year's eve to the 4th day of the first lunar month; the Hùng Kings' day (10/3 lunar); 30 April; 1 May;
 * 2 September and one adjacent day — plus a compensatory day off (art. 111) on the next working day for each holiday
 * that falls on a weekly rest day. The Prime Minister fixes the Tết days and the day next to 2/9 every year, so these
 * are only suggestions: an administrator confirms or edits them.
 */
import { invalid } from '../errors.js';
import { epochDay, formatEpochDay, isoWeekday } from './civil-date.js';
import { lunarNewYearDay, lunarToDay, lunarYearName } from './lunar.js';

export type HolidayKind = 'holiday' | 'compensatory';

export interface HolidaySuggestion {
  /** YYYY-MM-DD */
  date: string;
  kind: HolidayKind;
  /** Vietnamese, for the decision and the month view. */
  reason: string;
}

export const HOLIDAY_YEARS = { first: 1900, last: 2100 } as const;

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'] as const;

/** Which day next to 2 September to suggest: a working day, preferably one that joins the weekend. */
function nationalDayNeighbour(year: number, workweek: ReadonlySet<number>): number {
  const second = epochDay(year, 9, 2);
  const isWorking = (day: number) => workweek.has(isoWeekday(day));
  const score = (day: number, beyond: number) => (isWorking(day) ? 2 : 0) + (isWorking(beyond) ? 0 : 1);
  const first = score(second - 1, second - 2);
  const third = score(second + 1, second + 2);
  return third > first ? second + 1 : second - 1;
}

const ddmm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

/** Suggested days off of a Gregorian year, sorted by date, for a calendar whose working week is `workweek`. */
export function suggestHolidays(
  year: number,
  workweek: readonly number[] = [1, 2, 3, 4, 5],
): HolidaySuggestion[] {
  if (!Number.isInteger(year) || year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    throw invalid(
      'YEAR_OUT_OF_RANGE',
      `Chỉ gợi ý ngày nghỉ cho các năm ${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}.`,
    );
  }
  const week = new Set(workweek);
  const holidays = new Map<number, string>();
  const add = (day: number, reason: string) => {
    if (!holidays.has(day)) holidays.set(day, reason);
  };
  add(epochDay(year, 1, 1), 'Tết Dương lịch (01/01)');
  const tet = lunarNewYearDay(year);
  add(tet - 1, `Tết Nguyên đán: ngày cuối năm ${lunarYearName(year - 1)} (giao thừa)`);
  TET_DAY_NAMES.forEach((name, i) => add(tet + i, `Tết Nguyên đán ${lunarYearName(year)}: ${name} Tết`));
  add(lunarToDay({ year, month: 3, day: 10, leap: false }), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(epochDay(year, 4, 30), 'Ngày Chiến thắng (30/4)');
  add(epochDay(year, 5, 1), 'Ngày Quốc tế Lao động (01/5)');
  add(epochDay(year, 9, 2), 'Quốc khánh (02/9)');
  const neighbour = nationalDayNeighbour(year, week);
  add(neighbour, `Quốc khánh: ngày liền kề (${ddmm(formatEpochDay(neighbour))})`);

  const result: HolidaySuggestion[] = [];
  const taken = new Set(holidays.keys());
  for (const day of [...holidays.keys()].sort((a, b) => a - b)) {
    const reason = holidays.get(day)!;
    result.push({ date: formatEpochDay(day), kind: 'holiday', reason });
    if (week.size === 0 || week.has(isoWeekday(day))) continue;
    let comp = day + 1;
    while (!week.has(isoWeekday(comp)) || taken.has(comp)) comp++;
    taken.add(comp);
    result.push({
      date: formatEpochDay(comp),
      kind: 'compensatory',
      reason: `Nghỉ bù: ${reason} trùng ngày nghỉ hằng tuần (${ddmm(formatEpochDay(day))})`,
    });
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}
