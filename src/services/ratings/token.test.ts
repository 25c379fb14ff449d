import { describe, expect, it } from 'vitest';
import { codeOfRatingToken, ratingToken } from './token.js';

const SECRET = 'a-test-secret-of-enough-length-for-hmac';
const CODE = 'H56.10.01-261207-0001';

describe('rating token', () => {
  it('carries its dossier code back', () => {
    expect(codeOfRatingToken(SECRET, ratingToken(SECRET, CODE))).toBe(CODE);
  });

  it('refuses another secret, another code with the same signature, and broken tokens', () => {
    const token = ratingToken(SECRET, CODE);
    expect(codeOfRatingToken('another-secret-of-enough-length-here', token)).toBeNull();
    const other = ratingToken(SECRET, 'H56.10.01-261207-0002');
    expect(codeOfRatingToken(SECRET, `${token.split('.')[0]}.${other.split('.')[1]}`)).toBeNull();
    for (const bad of ['', '.', 'abc', `${token}.x`, token.slice(0, -2), `${token.split('.')[0]}.`]) {
      expect(codeOfRatingToken(SECRET, bad)).toBeNull();
    }
  });

  it('is safe in a URL path', () => {
    expect(ratingToken(SECRET, CODE)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });
});
