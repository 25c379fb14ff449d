/**
 * A month of a unit's calendar: for each date, whether it is a working day and why not, its lunar date and its
 * sessions in the unit's time zone.
 */
import { invalid } from '../../domain/errors.js';
import { daysInMonth, epochDay, formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import { formatLunarDate, lunarDateOfDay } from '../../domain/calendar/lunar.js';
import { formatInstant } from '../../domain/calendar/time-zone.js';
import { sessionsOn } from '../../domain/calendar/working-time.js';
import type { Reader } from '../../db/transaction.js';
import { loadEffectiveCalendar } from './layers.js';
import { unitByAgencyId } from '../org/units.js';

export type DayKind = 'working' | 'weekly_rest' | 'day_off' | 'swapped_workday';

export interface MonthDay {
  date: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  kind: DayKind;
  working: boolean;
  reason: string | null;
  lunar: { day: number; month: number; year: number; leap: boolean; text: string };
  sessions: { start: string; end: string }[];
  workingMinutes: number;
}

export interface MonthView {
  unit: { id: string; agencyId: string; name: string };
  month: string;
  timezone: string;
  hoursPerDay: number;
  workweek: number[];
  workingDays: number;
  workingHours: number;
  days: MonthDay[];
}

export const MONTH_YEARS = { first: 1900, last: 2100 } as const;

export function parseMonth(text: string): { year: number; month: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  const year = m ? Number(m[1]) : NaN;
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12 || year < MONTH_YEARS.first || year > MONTH_YEARS.last) {
    const message = `Tháng không hợp lệ: cần dạng YYYY-MM, từ ${MONTH_YEARS.first} đến ${MONTH_YEARS.last}.`;
    throw invalid('MONTH_INVALID', message, [{ field: 'month', message }]);
  }
  return { year, month };
}

const WEEKLY_REST = 'Nghỉ hằng tuần';

export async function monthView(db: Reader, agencyId: string, monthText: string): Promise<MonthView> {
  const { year, month } = parseMonth(monthText);
  const unit = await unitByAgencyId(db, agencyId, { field: 'agencyId' });
  const { definition, calendar, reasons } = await loadEffectiveCalendar(db, unit);
  const tz = definition.timezone;
  const days: MonthDay[] = [];
  const first = epochDay(year, month, 1);
  for (let day = first; day < first + daysInMonth(year, month); day++) {
    const date = formatEpochDay(day);
    const weekday = isoWeekday(day);
    const sessions = sessionsOn(calendar, day);
    const said = reasons.get(date);
    const inWeek = definition.workweek.includes(weekday);
    const kind: DayKind =
      said?.kind === 'day_off'
        ? 'day_off'
        : said?.kind === 'workday'
          ? inWeek
            ? 'working'
            : 'swapped_workday'
          : inWeek
            ? 'working'
            : 'weekly_rest';
    const lunar = lunarDateOfDay(day);
    days.push({
      date,
      weekday,
      kind,
      working: sessions.length > 0,
      reason: said?.reason ?? (kind === 'weekly_rest' ? WEEKLY_REST : null),
      lunar: { ...lunar, text: formatLunarDate(lunar) },
      sessions: sessions.map(([a, b]) => {
        const end = formatInstant(tz, b);
        return {
          start: formatInstant(tz, a).slice(11, 16),
          end: end.startsWith(date) ? end.slice(11, 16) : '24:00',
        };
      }),
      workingMinutes: sessions.reduce((sum, [a, b]) => sum + (b - a) / 60_000, 0),
    });
  }
  const workingMinutes = days.reduce((sum, d) => sum + d.workingMinutes, 0);
  return {
    unit: { id: unit.id, agencyId: unit.agency_id, name: unit.name },
    month: monthText,
    timezone: tz,
    hoursPerDay: definition.hoursPerDay,
    workweek: [...definition.workweek],
    workingDays: days.filter((d) => d.working).length,
    workingHours: Math.round((workingMinutes / 60) * 100) / 100,
    days,
  };
}
