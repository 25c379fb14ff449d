import { describe, expect, it } from 'vitest';
import { nationalPhone, normaliseEmail, normaliseNationalPhone, normalisePhone } from './contact.js';

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

describe('normaliseEmail', () => {
  it('accepts an ordinary email and refuses a malformed one', () => {
    expect(normaliseEmail(' Lan.Do@Example.vn ')).toBe('lan.do@example.vn');
    for (const bad of ['lan', 'lan@', 'lan@example', 'a b@example.vn', 'lan@@example.vn']) {
      expect(normaliseEmail(bad), bad).toBeUndefined();
    }
  });
});

describe('normaliseNationalPhone', () => {
  it('keeps mobiles and landlines in national form', () => {
    expect(normaliseNationalPhone('0912 345 678')).toBe('0912345678');
    expect(normaliseNationalPhone('+84 912.345.678')).toBe('0912345678');
    expect(normaliseNationalPhone('02373 900 900')).toBe('02373900900');
    expect(normaliseNationalPhone('12345')).toBeUndefined();
    expect(normaliseNationalPhone('0912-abc')).toBeUndefined();
  });
});
