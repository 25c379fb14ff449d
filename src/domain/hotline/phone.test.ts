import { describe, expect, it } from 'vitest';
import { displayPhone, isWithheld, parseHotlinePhone, phoneSearch, WITHHELD } from './phone.js';

describe('hotline phone numbers', () => {
  it('normalises mobiles in the 0, 84, +84 and 0084 forms, with separators', () => {
    for (const form of ['0912345678', '84912345678', '+84912345678', '0084 912 345 678', '(091) 234-5678']) {
      expect(parseHotlinePhone(form)).toEqual({
        normalised: '+84912345678',
        display: '0912 345 678',
        kind: 'mobile',
      });
    }
  });

  it('accepts landlines with their area code and writes them the national way', () => {
    expect(parseHotlinePhone('0237 3900 900')).toEqual({
      normalised: '+842373900900',
      display: '0237 3900 900',
      kind: 'landline',
    });
    expect(parseHotlinePhone('+842438261234')?.display).toBe('024 3826 1234');
    expect(parseHotlinePhone('842373900900')?.normalised).toBe('+842373900900');
  });

  it('keeps 1800/1900 service numbers as dialled', () => {
    expect(parseHotlinePhone('1900 1234')).toEqual({
      normalised: '19001234',
      display: '1900 1234',
      kind: 'service',
    });
  });

  it('knows the words PBXs send for a hidden number, and writes it as "Số ẩn"', () => {
    for (const word of ['anonymous', 'Anonymous', 'unknown', 'private', 'restricted', ' withheld ']) {
      expect(isWithheld(word)).toBe(true);
    }
    for (const other of ['', '0912345678', 'anonymous caller']) expect(isWithheld(other)).toBe(false);
    expect(displayPhone(WITHHELD)).toBe('Số ẩn');
  });
  it('refuses what is not a number', () => {
    for (const bad of ['', 'abc', '0912', '091234567890', '+1 202 555 0100', '0123456789', '01234567890']) {
      expect(parseHotlinePhone(bad), bad).toBeUndefined();
    }
  });

  it('leaves an unknown form as it is when displaying', () => {
    expect(displayPhone('12345')).toBe('12345');
  });

  it('searches by a whole number in any form, or by the digits of a part', () => {
    expect(phoneSearch('0912.345.678')).toEqual({ exact: '+84912345678' });
    expect(phoneSearch('345 678')).toEqual({ digits: '345678' });
    expect(phoneSearch('12')).toBeUndefined();
  });
});
