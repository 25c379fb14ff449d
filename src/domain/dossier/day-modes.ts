/**
 * Day modes of a unit, by weekday: on a same-day day ("ngày không hẹn") a dossier of a procedure eligible for
 * same-day processing is due at the close of the day it is received (after the cutoff, the next working day's
 * close); on a no-writing day ("ngày không viết") the desk fills the declaration for the citizen (assisted mode).
 * A unit without settings of its own for a mode inherits its nearest ancestor's; a unit tree with none at all
 * follows the seed province's practice (same-day on Fridays, no-writing on Tuesdays and Thursdays).
 */
export const dayModes = ['same_day', 'no_writing'] as const;
export type DayMode = (typeof dayModes)[number];

export const dayModeLabels = {
  same_day: 'Ngày không hẹn (trả kết quả trong ngày)',
  no_writing: 'Ngày không viết (công chức nhập thay)',
} as const satisfies Record<DayMode, string>;

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const weekdayLabels = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];

export const DEFAULT_DAY_MODES: Readonly<Record<DayMode, readonly number[]>> = {
  same_day: [5],
  no_writing: [2, 4],
};

/** One unit's own settings: a mode absent from the map is inherited. */
export type OwnDayModes = Partial<Record<DayMode, readonly number[]>>;

export interface EffectiveDayMode {
  weekdays: number[];
  /** Id of the unit whose settings apply, or null for the built-in default. */
  fromUnitId: string | null;
}

/** The effective weekdays of each mode along a unit path (root first, the unit last). */
export function effectiveDayModes(
  path: readonly string[],
  own: ReadonlyMap<string, OwnDayModes>,
): Record<DayMode, EffectiveDayMode> {
  const result = {} as Record<DayMode, EffectiveDayMode>;
  for (const mode of dayModes) {
    result[mode] = { weekdays: [...DEFAULT_DAY_MODES[mode]], fromUnitId: null };
    for (let i = path.length - 1; i >= 0; i--) {
      const days = own.get(path[i]!)?.[mode];
      if (days) {
        result[mode] = { weekdays: normaliseWeekdays(days), fromUnitId: path[i]! };
        break;
      }
    }
  }
  return result;
}

/** Sorted, without duplicates. */
export function normaliseWeekdays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

export function isValidWeekday(d: unknown): d is number {
  return typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 7;
}
