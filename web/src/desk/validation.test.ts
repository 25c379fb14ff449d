import { describe, expect, it } from 'vitest';
import { cccdRule, phoneRule, taxCodeRule } from './validation.js';

const ok = (p: Promise<void>) =>
  p.then(
    () => true,
    () => false,
  );

describe('desk form rules', () => {
  it('accept a mobile number in national or international form and refuse a landline', async () => {
    expect(await ok(phoneRule.validator(null, '091 234 5678'))).toBe(true);
    expect(await ok(phoneRule.validator(null, '+84912345678'))).toBe(true);
    expect(await ok(phoneRule.validator(null, '0241234567'))).toBe(false);
  });
  it('accept a 12-digit CCCD with a province code and refuse others', async () => {
    expect(await ok(cccdRule.validator(null, '038195012345'))).toBe(true);
    expect(await ok(cccdRule.validator(null, '03819501234'))).toBe(false);
    expect(await ok(cccdRule.validator(null, '999195012345'))).toBe(false);
  });
  it('leave an empty value to the required rule', async () => {
    expect(await ok(cccdRule.validator(null, ''))).toBe(true);
  });
});

describe('tax code rule', () => {
  it('accepts 10 digits or a branch code and refuses others', async () => {
    expect(await ok(taxCodeRule.validator(null, '0101234567'))).toBe(true);
    expect(await ok(taxCodeRule.validator(null, '0101234567-001'))).toBe(true);
    expect(await ok(taxCodeRule.validator(null, '01012345'))).toBe(false);
  });
});
