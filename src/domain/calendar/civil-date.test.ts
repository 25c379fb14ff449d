import { describe, expect, it } from 'vitest';
import { civilDate, epochDay, findEpochDay, formatEpochDay, isoWeekday } from './civil-date.js';

describe('civil dates', () => {
  it('agrees with the platform calendar for every day 1890–2310', () => {
    const wrong: number[] = [];
    for (let d = epochDay(1890, 1, 1); d <= epochDay(2310, 12, 31); d++) {
      const date = new Date(d * 86_400_000);
      const c = civilDate(d);
      const ok =
        c.year === date.getUTCFullYear() &&
        c.month === date.getUTCMonth() + 1 &&
        c.day === date.getUTCDate() &&
        epochDay(c.year, c.month, c.day) === d &&
        isoWeekday(d) === (date.getUTCDay() === 0 ? 7 : date.getUTCDay());
      if (!ok) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('round-trips YYYY-MM-DD and refuses impossible dates', () => {
    expect(formatEpochDay(findEpochDay('2024-02-29')!)).toBe('2024-02-29');
    expect(findEpochDay('2023-02-29')).toBeUndefined();
    expect(findEpochDay('2023-2-1')).toBeUndefined();
    expect(findEpochDay('2100-02-29')).toBeUndefined();
    expect(findEpochDay('2000-02-29')).toBe(epochDay(2000, 2, 29));
  });
});
