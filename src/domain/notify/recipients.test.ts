import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkRecipient, normaliseEmail } from './recipients.js';

describe('recipients', () => {
  it('normalises a Vietnamese mobile number and refuses anything else', () => {
    expect(checkRecipient('sms', '0915 222 333')).toBe('+84915222333');
    expect(checkRecipient('zalo', '+84 915 222 333')).toBe('+84915222333');
    for (const bad of ['0123', '0215222333', 'abc', '']) {
      expect(() => checkRecipient('sms', bad)).toThrow(DomainError);
    }
    try {
      checkRecipient('sms', '12345');
    } catch (e) {
      expect((e as DomainError).code).toBe('NOTIFY_BAD_PHONE');
    }
  });

  it('accepts an ordinary email and refuses a malformed one', () => {
    expect(normaliseEmail(' Lan.Do@Example.vn ')).toBe('lan.do@example.vn');
    for (const bad of ['lan', 'lan@', 'lan@example', 'a b@example.vn', 'lan@@example.vn']) {
      expect(normaliseEmail(bad), bad).toBeUndefined();
    }
    expect(() => checkRecipient('email', 'lan@example')).toThrow(/thư điện tử/);
  });
});
