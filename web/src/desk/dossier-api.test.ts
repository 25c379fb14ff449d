import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dossier-api.js';

describe('formatDateTime', () => {
  it('shows Vietnam time as dd/mm/yyyy hh:mm', () => {
    expect(formatDateTime('2026-11-25T01:30:00.000Z')).toBe('25/11/2026 08:30');
    expect(formatDateTime('2026-12-31T17:05:00.000Z')).toBe('01/01/2027 00:05');
  });
  it('shows a dash when there is no date', () => {
    expect(formatDateTime(null)).toBe('—');
  });
});
