import { describe, expect, it } from 'vitest';
import { formatDossierCode, parseDossierCode } from './code.js';

describe('dossier codes', () => {
  it('formats agency, YYMMDD and a 4-digit sequence', () => {
    expect(formatDossierCode('H56.10.01', '2026-11-25', 1)).toBe('H56.10.01-261125-0001');
    expect(formatDossierCode('000.00.06.H56', '2023-10-27', 361)).toBe('000.00.06.H56-231027-0361');
  });
  it('refuses sequences out of range', () => {
    expect(() => formatDossierCode('H56.10.01', '2026-11-25', 0)).toThrow(RangeError);
    expect(() => formatDossierCode('H56.10.01', '2026-11-25', 10000)).toThrow(RangeError);
  });
  it('parses codes back, and refuses others', () => {
    expect(parseDossierCode('h56.10.01-261125-0042')).toEqual({
      agencyId: 'H56.10.01',
      day: '261125',
      sequence: 42,
    });
    expect(parseDossierCode('H56.10.01-261125-0000')).toBeUndefined();
    expect(parseDossierCode('H56-261125-0001')).toBeUndefined();
    expect(parseDossierCode("x' or 1=1")).toBeUndefined();
  });
});
