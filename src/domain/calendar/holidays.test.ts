import { describe, expect, it } from 'vitest';
import { suggestHolidays } from './holidays.js';

const dates = (year: number, kind?: 'holiday' | 'compensatory', workweek?: number[]) =>
  suggestHolidays(year, workweek)
    .filter((h) => !kind || h.kind === kind)
    .map((h) => h.date);

describe('holiday suggestions', () => {
  it('suggests the statutory days of 2026 with Vietnamese reasons', () => {
    const list = suggestHolidays(2026);
    expect(list.map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(list.find((h) => h.date === '2026-02-17')?.reason).toBe('Tết Nguyên đán Bính Ngọ: mùng 1 Tết');
    expect(list.find((h) => h.date === '2026-02-16')?.reason).toBe(
      'Tết Nguyên đán: ngày cuối năm Ất Tỵ (giao thừa)',
    );
    expect(list.find((h) => h.date === '2026-04-26')?.reason).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(list.find((h) => h.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      reason: 'Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng ngày nghỉ hằng tuần (26/04)',
    });
  });

  it('matches the days off of 2023, when several holidays fell on weekends', () => {
    // Decided in 2023: 2 January (for Sunday 1 January); 29 April – 3 May; 1–4 September.
    expect(dates(2023).filter((d) => d < '2023-01-10')).toEqual(['2023-01-01', '2023-01-02']);
    expect(dates(2023).filter((d) => d >= '2023-04-01' && d < '2023-06-01')).toEqual([
      '2023-04-29',
      '2023-04-30',
      '2023-05-01',
      '2023-05-02',
      '2023-05-03',
    ]);
    expect(dates(2023).filter((d) => d >= '2023-09-01')).toEqual(['2023-09-01', '2023-09-02', '2023-09-04']);
  });

  it('puts the day next to 2 September where the decisions of 2024 and 2025 did', () => {
    expect(dates(2024, 'holiday').filter((d) => d >= '2024-09-01')).toEqual(['2024-09-02', '2024-09-03']);
    expect(dates(2025, 'holiday').filter((d) => d >= '2025-09-01')).toEqual(['2025-09-01', '2025-09-02']);
  });

  it('gives compensatory days on the next working day that is not itself a holiday', () => {
    // Tết 2025: 28 January – 1 February; Saturday 1 February → Monday 3 February.
    expect(dates(2025, 'compensatory')).toEqual(['2025-02-03']);
    // With a six-day week, Saturday is no rest day.
    expect(dates(2025, 'compensatory', [1, 2, 3, 4, 5, 6])).toEqual([]);
    const all = suggestHolidays(2023);
    expect(new Set(all.map((h) => h.date)).size).toBe(all.length);
  });

  it('refuses years without lunar data', () => {
    expect(() => suggestHolidays(2101)).toThrow(expect.objectContaining({ code: 'YEAR_OUT_OF_RANGE' }));
    expect(() => suggestHolidays(1899)).toThrow(expect.objectContaining({ code: 'YEAR_OUT_OF_RANGE' }));
  });
});
