import { describe, expect, it } from 'vitest';
import { localDayBounds, quietUntil } from './quiet-hours.js';

const at = (iso: string) => Date.parse(iso);

describe('quiet hours 21:00–07:00 (Vietnam time)', () => {
  it('holds a message queued in the evening until 07:00 the next morning', () => {
    expect(quietUntil(at('2026-12-03T21:00:00+07:00'))).toBe(at('2026-12-04T07:00:00+07:00'));
    expect(quietUntil(at('2026-12-03T23:59:59+07:00'))).toBe(at('2026-12-04T07:00:00+07:00'));
    // Over the new year.
    expect(quietUntil(at('2026-12-31T22:30:00+07:00'))).toBe(at('2027-01-01T07:00:00+07:00'));
  });

  it('holds one queued after midnight until 07:00 the same morning', () => {
    expect(quietUntil(at('2026-12-04T00:20:00+07:00'))).toBe(at('2026-12-04T07:00:00+07:00'));
    expect(quietUntil(at('2026-12-04T06:59:59+07:00'))).toBe(at('2026-12-04T07:00:00+07:00'));
  });

  it('lets a message queued in the day go now', () => {
    expect(quietUntil(at('2026-12-04T07:00:00+07:00'))).toBeNull();
    expect(quietUntil(at('2026-12-04T12:00:00+07:00'))).toBeNull();
    expect(quietUntil(at('2026-12-04T20:59:59+07:00'))).toBeNull();
  });

  it('gives the local day and the next morning for daily caps', () => {
    expect(localDayBounds(at('2026-12-03T23:30:00+07:00'))).toEqual({
      start: at('2026-12-03T00:00:00+07:00'),
      nextMorning: at('2026-12-04T07:00:00+07:00'),
    });
  });
});
