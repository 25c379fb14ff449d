import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatDateWords,
  formatDayMonth,
  formatDong,
  formatDuration,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatTime,
  formatTimeDate,
  formatTimeWords,
  vietnamDay,
} from './format.js';

describe('Vietnamese numbers', () => {
  it.each([
    [0, '0'],
    [0.5, '0,5'],
    [7, '7'],
    [1234, '1.234'],
    [1234.56, '1.234,6'],
    [1234567, '1.234.567'],
    [-1234.5, '-1.234,5'],
    [-0.01, '0'],
    [2.25, '2,3'],
    [10.04, '10'],
  ])('%s → %s', (n, text) => {
    expect(formatNumber(n)).toBe(text);
  });

  it('writes missing figures as a dash', () => {
    for (const n of [null, undefined, Number.NaN, Infinity]) {
      expect(formatNumber(n)).toBe('—');
      expect(formatMinutes(n)).toBe('—');
      expect(formatPercent(n)).toBe('—');
    }
  });

  it('writes minutes, counts, shares, durations, money and sizes', () => {
    expect(formatMinutes(0.5)).toBe('0,5 phút');
    expect(formatMinutes(12)).toBe('12 phút');
    expect(formatCount(1234, 'hồ sơ')).toBe('1.234 hồ sơ');
    expect(formatPercent(0.125)).toBe('12,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(2 / 3, 0)).toBe('67%');
    expect(formatDuration(45)).toBe('45 giây');
    expect(formatDuration(125)).toBe('2 phút 5 giây');
    expect(formatDuration(120)).toBe('2 phút');
    expect(formatDuration(null)).toBe('—');
    expect(formatDong(12_500_000)).toBe('12.500.000 đồng');
    expect(formatDong(8000)).toBe('8.000 đồng');
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(200 * 1024)).toBe('200 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 MB');
  });
});

describe('Vietnamese dates', () => {
  // 07:05 UTC is 14:05 in Vietnam; 20:30 UTC is already the next day there.
  const afternoon = '2026-12-07T07:05:00Z';
  const lateUtc = '2026-12-31T20:30:00Z';

  it('writes calendar dates dd/mm/yyyy, as they are', () => {
    expect(formatDate('2026-12-07')).toBe('07/12/2026');
    expect(formatDayMonth('2026-02-03')).toBe('03/02');
    expect(formatDateTime('2026-12-07')).toBe('07/12/2026');
  });

  it("reads instants in Vietnam's time zone, on the 24-hour clock", () => {
    expect(formatDate(afternoon)).toBe('07/12/2026');
    expect(formatDateTime(afternoon)).toBe('07/12/2026 14:05');
    expect(formatTimeDate(afternoon)).toBe('14:05 07/12/2026');
    expect(formatTime(afternoon)).toBe('14:05');
    expect(formatDate(lateUtc)).toBe('01/01/2027');
    expect(formatDateTime(new Date(lateUtc))).toBe('01/01/2027 03:30');
    expect(formatDateTime(Date.parse(lateUtc))).toBe('01/01/2027 03:30');
  });

  it('words dates and times as official papers do', () => {
    expect(formatDateWords('2026-03-05')).toBe('ngày 05 tháng 03 năm 2026');
    expect(formatDateWords(new Date('2026-03-04T18:00:00Z'))).toBe('ngày 05 tháng 03 năm 2026');
    expect(formatTimeWords('2026-03-05T01:30:00Z')).toBe('08 giờ 30 phút, ngày 05/03/2026');
  });

  it('shows nothing as a dash and an unreadable value as it came', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDate(undefined)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });

  it("knows today's date in Vietnam", () => {
    const now = Date.parse(lateUtc);
    expect(vietnamDay(0, now)).toBe('2027-01-01');
    expect(vietnamDay(-6, now)).toBe('2026-12-26');
  });
});
