import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Timestamp } from './core.js';

/** [{"date":"YYYY-MM-DD","reason":…}] */
export type DayNotesColumn = JSONColumnType<{ date: string; reason: string | null }[]>;

export interface UnitCalendarsTable {
  unit_id: string;
  timezone: string | null;
  workweek: number[] | null;
  sessions: JSONColumnType<[string, string][] | null, string | null, string | null>;
  seasons: JSONColumnType<
    { from: string; to: string; sessions: [string, string][] }[] | null,
    string | null,
    string | null
  >;
  hours_per_day: number | null;
  days_off: DayNotesColumn;
  workdays: DayNotesColumn;
  version: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface HolidayDecisionsTable {
  id: Generated<string>;
  unit_id: string;
  year: number;
  version: number;
  decision_number: string;
  /** A date column: read it as text (decision_date::text) so no time zone can shift it. */
  decision_date: ColumnType<string, string, string>;
  days_off: DayNotesColumn;
  workdays: DayNotesColumn;
  note: string | null;
  request_key: string | null;
  published_at: Timestamp;
  published_by: string;
  published_by_name: string;
}

export interface CalendarTables {
  unit_calendars: UnitCalendarsTable;
  holiday_decisions: HolidayDecisionsTable;
}
