import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_IDLE_MS, KIOSK_WARN_MS, idleMsFrom, startIdleTimer } from './idle-timer.js';

describe('the kiosk idle timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const start = () => {
    const warnings: (number | null)[] = [];
    const onIdle = vi.fn();
    const timer = startIdleTimer({
      idleMs: KIOSK_IDLE_MS,
      warnMs: KIOSK_WARN_MS,
      onWarn: (s) => warnings.push(s),
      onIdle,
    });
    return { warnings, onIdle, timer };
  };

  it('signs out after 2 minutes without a touch, counting down the last 20 seconds', () => {
    const { warnings, onIdle } = start();
    vi.advanceTimersByTime(99_000);
    expect(warnings.filter((w) => w !== null)).toEqual([]);
    vi.advanceTimersByTime(1_250);
    expect(warnings.at(-1)).toBe(20);
    vi.advanceTimersByTime(10_000);
    expect(warnings.at(-1)).toBe(10);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(warnings.at(-1)).toBeNull();
    // Stopped: nothing more happens.
    vi.advanceTimersByTime(KIOSK_IDLE_MS * 2);
    expect(onIdle).toHaveBeenCalledTimes(1);
    // Each second of the countdown was shown once.
    const shown = warnings.filter((w) => w !== null);
    expect(shown).toEqual([...new Set(shown)]);
    expect(shown).toHaveLength(20);
  });

  it('starts again on any touch, even during the countdown', () => {
    const { warnings, onIdle, timer } = start();
    vi.advanceTimersByTime(110_000);
    expect(warnings.at(-1)).toBe(10);
    timer.reset();
    expect(warnings.at(-1)).toBeNull();
    vi.advanceTimersByTime(110_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_250);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped (the page left)', () => {
    const { onIdle, timer } = start();
    timer.stop();
    timer.reset();
    vi.advanceTimersByTime(KIOSK_IDLE_MS * 2);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('takes a shorter wait from the start address, never longer than 2 minutes nor under 5 seconds', () => {
    expect(idleMsFrom('')).toBe(120_000);
    expect(idleMsFrom('?idle=8')).toBe(8_000);
    expect(idleMsFrom('?idle=1')).toBe(5_000);
    expect(idleMsFrom('?idle=900')).toBe(120_000);
    expect(idleMsFrom('?idle=abc')).toBe(120_000);
  });
});
