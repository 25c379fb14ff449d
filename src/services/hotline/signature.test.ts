import { describe, expect, it } from 'vitest';
import { checkSignature, signEvent } from './signature.js';

const secret = 'a-shared-secret';
const body = '{"callId":"c1","event":"ringing"}';

describe('event signatures', () => {
  it('accepts the HMAC-SHA256 of "timestamp.body" within five minutes either way', () => {
    const signature = signEvent(secret, 1_800_000_000, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    for (const now of [1_800_000_000, 1_800_000_300, 1_799_999_700]) {
      expect(checkSignature(secret, { timestamp: '1800000000', signature }, body, now)).toBe('ok');
    }
    expect(
      checkSignature(
        secret,
        { timestamp: '1800000000', signature: signature.toUpperCase().replace('SHA256', 'sha256') },
        body,
        1_800_000_000,
      ),
    ).toBe('ok');
  });

  it('refuses a missing, malformed or wrong signature, another body, another secret', () => {
    const signature = signEvent(secret, 1_800_000_000, body);
    const check = (s: string | undefined, t: string | undefined, b = body, k = secret) =>
      checkSignature(k, { timestamp: t, signature: s }, b, 1_800_000_000);
    expect(check(undefined, '1800000000')).toBe('missing');
    expect(check(signature, undefined)).toBe('missing');
    expect(check('sha256=zz', '1800000000')).toBe('invalid');
    expect(check(signature, '1800000001')).toBe('invalid');
    expect(check(signature, '1800000000', body + ' ')).toBe('invalid');
    expect(check(signature, '1800000000', body, 'another')).toBe('invalid');
    expect(check(signature, 'soon')).toBe('invalid');
  });

  it('calls a correctly signed event older or newer than five minutes stale (a replay)', () => {
    const signature = signEvent(secret, 1_800_000_000, body);
    expect(checkSignature(secret, { timestamp: '1800000000', signature }, body, 1_800_000_301)).toBe('stale');
    expect(checkSignature(secret, { timestamp: '1800000000', signature }, body, 1_799_999_699)).toBe('stale');
  });
});
