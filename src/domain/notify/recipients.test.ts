import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkRecipient } from './recipients.js';

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

  it('refuses a malformed email', () => {
    expect(() => checkRecipient('email', 'lan@example')).toThrow(/thư điện tử/);
  });
});
