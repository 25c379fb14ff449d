import { describe, expect, it } from 'vitest';
import { nationalPhone, normalisePhone, parseCccd } from './identity.js';

describe('parseCccd', () => {
  it('reads province, sex and birth year', () => {
    expect(parseCccd('038 0 95 012345')).toEqual({
      number: '038095012345',
      provinceCode: '038',
      sex: 'male',
      birthYear: 1995,
    });
    expect(parseCccd('038305012345')).toMatchObject({ sex: 'female', birthYear: 2005 });
    expect(parseCccd('001880000001')).toMatchObject({ sex: 'male', birthYear: 1880 });
  });
  it('refuses wrong lengths, letters and unknown province codes', () => {
    expect(parseCccd('03809501234')).toBeUndefined();
    expect(parseCccd('0380950123456')).toBeUndefined();
    expect(parseCccd('03809501234a')).toBeUndefined();
    expect(parseCccd('003095012345')).toBeUndefined();
    expect(parseCccd('099095012345')).toBeUndefined();
  });
});

describe('normalisePhone', () => {
  it('accepts national and international forms', () => {
    for (const t of ['0912345678', '091 234 5678', '+84912345678', '84912345678', '(+84) 912.345.678']) {
      expect(normalisePhone(t)).toBe('+84912345678');
    }
    expect(nationalPhone('+84912345678')).toBe('0912345678');
  });
  it('refuses landlines, short numbers and unknown prefixes', () => {
    for (const t of ['02373900900', '091234567', '09123456789', '0112345678', '+85512345678', 'abc']) {
      expect(normalisePhone(t)).toBeUndefined();
    }
  });
});
