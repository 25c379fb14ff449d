/**
 * A unit's calendar inherits the calendar of the units above it (ultimately the province's, and the built-in
 * default above that): each level may replace the time zone, working week, sessions, seasons and hours per day, and
 * adds days off and working days — from the holiday decisions published at that level, then the level's own days.
 * A later level wins on a date: a commune may cancel an inherited day off by listing it as a working day.
 */
import {
  DEFAULT_CALENDAR,
  parseCalendar,
  type CalendarDefinition,
  type SeasonDefinition,
  type SessionText,
} from './calendar-file.js';

export interface DayNote {
  /** YYYY-MM-DD */
  date: string;
  reason: string | null;
}

/** What one level of the unit tree says; absent (undefined or null) settings are inherited. */
export interface CalendarLayer {
  timezone?: string | null;
  workweek?: readonly number[] | null;
  sessions?: readonly SessionText[] | null;
  seasons?: readonly SeasonDefinition[] | null;
  hoursPerDay?: number | null;
  /** Applied in order: each entry of a later list wins over an earlier one on the same date. */
  days: readonly { daysOff: readonly DayNote[]; workdays: readonly DayNote[] }[];
}

export interface ComposedCalendar {
  definition: CalendarDefinition;
  /** Why a date is a day off or a working day, where someone said so. */
  reasons: Map<string, { kind: 'day_off' | 'workday'; reason: string | null }>;
}

/** Merges the layers, root first, and validates the result (CALENDAR_INVALID naming the fields). */
export function composeCalendar(layers: readonly CalendarLayer[]): ComposedCalendar {
  const merged: Record<string, unknown> = {
    timezone: DEFAULT_CALENDAR.timezone,
    workweek: DEFAULT_CALENDAR.workweek,
    sessions: DEFAULT_CALENDAR.sessions,
    seasons: DEFAULT_CALENDAR.seasons,
    hoursPerDay: DEFAULT_CALENDAR.hoursPerDay,
  };
  const days = new Map<string, { kind: 'day_off' | 'workday'; reason: string | null }>();
  for (const layer of layers) {
    for (const key of ['timezone', 'workweek', 'sessions', 'seasons', 'hoursPerDay'] as const) {
      const value = layer[key];
      if (value !== undefined && value !== null) merged[key] = value;
    }
    for (const group of layer.days) {
      for (const d of group.daysOff) days.set(d.date, { kind: 'day_off', reason: d.reason });
      for (const d of group.workdays) days.set(d.date, { kind: 'workday', reason: d.reason });
    }
  }
  const sorted = [...days.entries()].sort(([a], [b]) => a.localeCompare(b));
  const definition = parseCalendar({
    ...merged,
    daysOff: sorted.filter(([, v]) => v.kind === 'day_off').map(([d]) => d),
    workdays: sorted.filter(([, v]) => v.kind === 'workday').map(([d]) => d),
  });
  return { definition, reasons: new Map(sorted) };
}
