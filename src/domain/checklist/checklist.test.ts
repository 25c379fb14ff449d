import { describe, expect, it } from 'vitest';
import {
  checklistGroups,
  countsInWords,
  formatDate,
  formatFees,
  formatMoney,
  formatTimeLimit,
  sortedChannels,
  whereToSubmit,
} from './checklist.js';
import { birthRegistration } from './test-fixtures.js';

describe('countsInWords', () => {
  it('says originals and copies in words', () => {
    expect(countsInWords({ kind: 'submit', originals: 1, copies: 1 })).toBe('1 bản chính, 1 bản sao');
    expect(countsInWords({ kind: 'submit', originals: 0, copies: 2 })).toBe('2 bản sao');
    expect(countsInWords({ kind: 'submit', originals: 3, copies: 0 })).toBe('3 bản chính');
  });
  it('explains a document with no paper copy', () => {
    expect(countsInWords({ kind: 'submit', originals: 0, copies: 0 })).toBe('Không cần bản giấy');
    expect(countsInWords({ kind: 'present', originals: 0, copies: 0 })).toBe('Mang bản chính để đối chiếu');
  });
});

describe('time limits and fees', () => {
  it('formats time limits', () => {
    expect(formatTimeLimit({ value: 5, unit: 'working_days' })).toBe('5 ngày làm việc');
    expect(formatTimeLimit({ value: 8, unit: 'working_hours' })).toBe('8 giờ làm việc');
    expect(formatTimeLimit({ value: 0.5, unit: 'working_days' })).toBe('0,5 ngày làm việc');
    expect(formatTimeLimit({ value: 30, unit: 'calendar_days' })).toBe('30 ngày');
    expect(formatTimeLimit({ value: 0, unit: 'same_day' })).toBe('Trong ngày');
  });
  it('formats money with dots and free as Miễn phí', () => {
    expect(formatMoney(8000)).toBe('8.000 đồng');
    expect(formatMoney(1250000)).toBe('1.250.000 đồng');
    expect(formatMoney(0)).toBe('Miễn phí');
    expect(formatFees([])).toBe('Miễn phí');
    expect(formatFees([{ name: 'Lệ phí', amount: 0 }])).toBe('Miễn phí');
    expect(
      formatFees([
        { name: 'Lệ phí', amount: 8000 },
        { name: 'Phí bản sao', amount: 0 },
      ]),
    ).toBe('Lệ phí: 8.000 đồng\nPhí bản sao: Miễn phí');
  });
  it('orders channels desk, online, post', () => {
    expect(sortedChannels(birthRegistration.channels).map((c) => c.kind)).toEqual(['desk', 'online', 'post']);
  });
});

describe('checklistGroups', () => {
  it('without a case: general documents first, then one group per case', () => {
    const groups = checklistGroups(birthRegistration);
    expect(groups.map((g) => g.case)).toEqual([
      undefined,
      'Trẻ em bị bỏ rơi',
      'Trẻ em sinh ra do mang thai hộ',
    ]);
    expect(groups[0]?.submit).toHaveLength(3);
    expect(groups[0]?.present).toHaveLength(2);
    expect(groups[1]?.submit.map((d) => d.name)).toEqual([
      'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
    ]);
  });
  it('with a case: the general documents plus that case only', () => {
    const groups = checklistGroups(birthRegistration, 'Trẻ em bị bỏ rơi');
    expect(groups).toHaveLength(1);
    expect(groups[0]?.case).toBe('Trẻ em bị bỏ rơi');
    expect(groups[0]?.submit.map((d) => d.name)).toContain(
      'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập',
    );
    expect(groups[0]?.submit.some((d) => d.case === 'Trẻ em sinh ra do mang thai hộ')).toBe(false);
    expect(groups[0]?.submit).toHaveLength(4);
  });
  it('an unknown case falls back to the full grouped list', () => {
    expect(checklistGroups(birthRegistration, 'Không có')).toHaveLength(3);
  });
  it('a record without cases has one group', () => {
    const groups = checklistGroups({ cases: [], documents: birthRegistration.documents.slice(0, 2) });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.submit).toHaveLength(2);
  });
});

describe('where and when', () => {
  it('names the places by level', () => {
    expect(whereToSubmit(['commune'])[0]).toMatch(/cấp xã/);
    expect(whereToSubmit(['province'])).toEqual(['Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa']);
  });
  it('formats dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-07-01')).toBe('01/07/2026');
    expect(formatDate('2026-06-30T18:00:00Z')).toBe('01/07/2026');
  });
});
