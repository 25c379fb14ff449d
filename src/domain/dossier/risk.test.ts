import { describe, expect, it } from 'vitest';
import { riskOf } from './risk.js';

// 2026-11-25 10:00 in Vietnam = 03:00 UTC.
const now = Date.parse('2026-11-25T03:00:00Z');
const at = (iso: string) => Date.parse(iso);

describe('riskOf', () => {
  it('orders a deadline as overdue, due today, due soon or on track, by the day in Vietnam', () => {
    expect(riskOf(at('2026-11-25T02:59:00Z'), false, now)).toBe('overdue');
    expect(riskOf(at('2026-11-25T10:00:00Z'), false, now)).toBe('due_today'); // 17:00 in Vietnam
    expect(riskOf(at('2026-11-25T16:59:00Z'), false, now)).toBe('due_today'); // 23:59 in Vietnam
    expect(riskOf(at('2026-11-25T17:00:00Z'), false, now)).toBe('due_soon'); // midnight, the 26th
    expect(riskOf(at('2026-11-27T16:59:00Z'), false, now)).toBe('due_soon');
    expect(riskOf(at('2026-11-27T17:00:00Z'), false, now)).toBe('on_track');
  });
  it('gives no deadline to finished dossiers and paused clocks', () => {
    expect(riskOf(at('2026-11-20T00:00:00Z'), true, now)).toBe('no_deadline');
    expect(riskOf(null, false, now)).toBe('no_deadline');
  });
});
