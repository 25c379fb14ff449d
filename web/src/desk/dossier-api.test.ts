import { describe, expect, it } from 'vitest';
import { formatDateTime, vietnamWallClock } from './dossier-api.js';

describe('formatDateTime', () => {
  it('shows Vietnam time as dd/mm/yyyy hh:mm', () => {
    expect(formatDateTime('2026-11-25T01:30:00.000Z')).toBe('25/11/2026 08:30');
    expect(formatDateTime('2026-12-31T17:05:00.000Z')).toBe('01/01/2027 00:05');
  });
  it('shows a dash when there is no date', () => {
    expect(formatDateTime(null)).toBe('—');
  });
});

describe('vietnamWallClock', () => {
  it('gives the instant as Vietnam’s wall clock for date pickers, whatever the browser’s zone', () => {
    expect(vietnamWallClock('2026-12-10T04:30:00.000Z')).toBe('2026-12-10T11:30');
    expect(vietnamWallClock('2026-12-31T17:05:00.000Z')).toBe('2027-01-01T00:05');
  });
});
