import { describe, expect, it } from 'vitest';
import { daysText, regularHoursText } from './regular-text.js';

describe('regular hours in words', () => {
  it('says the winter afternoon as 13:00–16:30 and names the season', () => {
    expect(
      regularHoursText({
        season: 'winter',
        weekly: [
          {
            days: [1, 2, 3, 4, 5],
            sessions: [
              ['07:00', '11:30'],
              ['13:00', '16:30'],
            ],
          },
        ],
      }),
    ).toBe('Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông)');
  });

  it('lists days that do not follow each other, rules in weekday order, and says when there is none', () => {
    expect(daysText([3, 1])).toBe('thứ Hai, thứ Tư');
    expect(daysText([6, 7])).toBe('thứ Bảy, Chủ nhật');
    expect(
      regularHoursText({
        season: null,
        weekly: [
          { days: [6], sessions: [['07:30', '11:30']] },
          { days: [1, 2, 3, 4, 5], sessions: [['07:00', '11:30']] },
        ],
      }),
    ).toBe('Thứ Hai đến thứ Sáu: 07:00–11:30; Thứ Bảy: 07:30–11:30');
    expect(regularHoursText({ season: null, weekly: [] })).toBe('Chưa có lịch tiếp công dân');
  });
});
