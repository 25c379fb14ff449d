import { describe, expect, it } from 'vitest';
import { parseCccd } from './identity.js';

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
