import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullPhoneOnly, liveGuesses, TRACKING_BUDGET } from './tracking-budget.js';

const { freeWrong, windowMs } = TRACKING_BUDGET;

describe('tracking budget', () => {
  it('takes the last 4 digits until the free wrong answers are spent, then only the full phone', () => {
    expect(fullPhoneOnly(undefined, 0)).toBe(false);
    expect(fullPhoneOnly({ wrong: freeWrong - 1, windowStart: 0 }, 1000)).toBe(false);
    expect(fullPhoneOnly({ wrong: freeWrong, windowStart: 0 }, 1000)).toBe(true);
  });

  it('ends with the window', () => {
    expect(fullPhoneOnly({ wrong: 100, windowStart: 0 }, windowMs - 1)).toBe(true);
    expect(fullPhoneOnly({ wrong: 100, windowStart: 0 }, windowMs)).toBe(false);
    expect(liveGuesses({ wrong: 100, windowStart: 0 }, windowMs)).toBeUndefined();
  });

  it('lets at most freeWrong last-4 guesses be checked per window, however they are spread', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 300 }), (gaps) => {
        // Every guess is wrong and in the last-4 form; a refused one is not checked and not counted.
        let count: { wrong: number; windowStart: number } | undefined;
        let now = 0;
        let checkedInWindow = 0;
        let windowStart = 0;
        for (const gap of gaps) {
          now += gap;
          if (!liveGuesses(count, now)) {
            count = undefined;
            checkedInWindow = 0;
            windowStart = now;
          }
          if (fullPhoneOnly(count, now)) continue;
          checkedInWindow += 1;
          count = { wrong: (count?.wrong ?? 0) + 1, windowStart: count?.windowStart ?? windowStart };
          expect(checkedInWindow).toBeLessThanOrEqual(freeWrong);
        }
      }),
    );
  });
});
