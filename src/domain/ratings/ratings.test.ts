import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHANGE_DAYS,
  checkReasons,
  complaintLabels,
  describeRating,
  linkExpired,
  praiseLabels,
  RATING_DAYS,
  ratingRefusal,
  type PastRating,
} from './ratings.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 11, 7, 3);

describe('ratingRefusal', () => {
  it('waits for the return, takes the first rating, one change within 7 days, then no more', () => {
    expect(ratingRefusal(null, null, T0)?.code).toBe('NOT_RETURNED');
    expect(ratingRefusal(T0, null, T0 + 29 * DAY)).toBeNull();
    const past = { ratedAt: T0 + DAY, changedAt: null };
    expect(ratingRefusal(T0, past, T0 + DAY + CHANGE_DAYS * DAY)).toBeNull();
    expect(ratingRefusal(T0, past, T0 + DAY + CHANGE_DAYS * DAY + 1)?.code).toBe('ALREADY_RATED');
    expect(ratingRefusal(T0, { ...past, changedAt: T0 + 2 * DAY }, T0 + 2 * DAY)?.code).toBe('ALREADY_RATED');
  });

  it('never allows more than two writes, whatever the instants', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 * DAY }), { minLength: 1, maxLength: 6 }),
        (offsets) => {
          let past = null as PastRating | null;
          let writes = 0;
          for (const at of [...offsets].sort((a, b) => a - b).map((o) => T0 + o)) {
            if (ratingRefusal(T0, past, at) !== null) continue;
            writes += 1;
            past = past === null ? { ratedAt: at, changedAt: null } : { ...past, changedAt: at };
          }
          expect(writes).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});

describe('linkExpired', () => {
  it('closes 30 days after the return, or after a later answer', () => {
    expect(linkExpired(null, null, T0 + 400 * DAY)).toBe(false);
    expect(linkExpired(T0, null, T0 + RATING_DAYS * DAY)).toBe(false);
    expect(linkExpired(T0, null, T0 + RATING_DAYS * DAY + 1)).toBe(true);
    expect(linkExpired(T0, T0 + 10 * DAY, T0 + (RATING_DAYS + 5) * DAY)).toBe(false);
  });
});

describe('reasons', () => {
  it('keeps the level’s reasons once each in its order and names the others', () => {
    expect(checkReasons({ level: 'satisfied', reasons: ['clear', 'fast', 'clear', 'late'] })).toEqual({
      reasons: ['fast', 'clear'],
      unknown: ['late'],
    });
    expect(checkReasons({ level: 'not_satisfied', reasons: ['late'] }).reasons).toEqual(['late']);
    expect(Object.keys(praiseLabels).some((k) => k in complaintLabels)).toBe(false);
  });

  it('describes a rating in words', () => {
    expect(describeRating('not_satisfied', ['late', 'attitude'])).toBe(
      'Không hài lòng (Trả kết quả chậm so với giấy hẹn; Thái độ cán bộ chưa tốt)',
    );
    expect(describeRating('very_satisfied', [])).toBe('Rất hài lòng');
  });
});
