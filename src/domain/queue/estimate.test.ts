import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ABANDONED_AFTER_MS,
  countedAhead,
  DEFAULT_SERVICE_MS,
  estimateWaitMs,
  KIOSK_ARRIVALS_PER_MINUTE,
  type AheadTicket,
} from './estimate.js';

const now = Date.parse('2026-12-07T03:00:00Z');
const minute = 60_000;

describe('countedAhead', () => {
  it('counts people who took tickets one by one, appointments always, not abandoned tickets', () => {
    const spread: AheadTicket[] = Array.from({ length: 10 }, (_, i) => ({
      queuedAt: now - (30 - i) * minute,
      kiosk: true,
    }));
    expect(countedAhead(spread, now)).toBe(10);
    const old = { queuedAt: now - ABANDONED_AFTER_MS - 1, kiosk: false };
    expect(countedAhead([old, ...spread], now)).toBe(10);
    const appointments = Array.from({ length: 6 }, () => ({ queuedAt: now - minute, kiosk: false }));
    expect(countedAhead(appointments, now)).toBe(6);
  });

  it('does not let a burst of fake kiosk tickets push the lobby estimate to two hours', () => {
    const burst = Array.from({ length: 20 }, (_, i) => ({ queuedAt: now - 30_000 + i * 100, kiosk: true }));
    expect(countedAhead(burst, now)).toBe(KIOSK_ARRIVALS_PER_MINUTE);
    // 20 ahead at the default 6 minutes with one counter was 126 minutes; now at most 30.
    expect(estimateWaitMs(burst.length, [], 1)).toBe(126 * minute);
    expect(estimateWaitMs(countedAhead(burst, now), [], 1)).toBeLessThanOrEqual(30 * minute);
  });

  it('never counts more than there are, and a burst within one minute adds at most the plausible rate', () => {
    const ticket = fc.record({
      queuedAt: fc.integer({ min: now - 3 * ABANDONED_AFTER_MS, max: now }),
      kiosk: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(ticket, { maxLength: 60 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: now - 30 * minute, max: now }),
        (ahead, fakes, at) => {
          const base = countedAhead(ahead, now);
          expect(base).toBeLessThanOrEqual(ahead.length);
          const start = Math.floor(at / minute) * minute;
          const burst = Array.from({ length: fakes }, (_, i) => ({
            queuedAt: start + (i % minute),
            kiosk: true,
          }));
          expect(countedAhead([...ahead, ...burst], now) - base).toBeLessThanOrEqual(
            KIOSK_ARRIVALS_PER_MINUTE,
          );
        },
      ),
    );
  });

  it('keeps the default service time without history', () => {
    expect(estimateWaitMs(0, [], 0)).toBe(DEFAULT_SERVICE_MS);
  });
});
