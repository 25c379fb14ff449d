import { describe, expect, it } from 'vitest';
import { phoneProblem } from './api.js';

describe('phoneProblem', () => {
  it('accepts a mobile number in any form the server stores, and names what is wrong otherwise', () => {
    expect(phoneProblem('0912 345 678')).toBeUndefined();
    expect(phoneProblem('+84 (912) 345-678')).toBeUndefined();
    expect(phoneProblem('  ')).toBe('Vui lòng nhập số điện thoại di động.');
    expect(phoneProblem('0212 345 678')).toMatch(/^Số điện thoại chưa đúng/);
    expect(phoneProblem('0912 345 67')).toMatch(/^Số điện thoại chưa đúng/);
  });
});
