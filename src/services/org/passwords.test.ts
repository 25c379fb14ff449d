import { describe, expect, it } from 'vitest';
import { passwordIssue } from '../../domain/org/rules.js';
import { hashPassword, temporaryPassword, verifyDummy, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('motcua@2026');
    expect(h).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(h, 'motcua@2026')).toBe(true);
    expect(await verifyPassword(h, 'motcua@2027')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyDummy('x')).toBe(false);
  });

  it('makes readable, distinct temporary passwords that pass the password rules', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = temporaryPassword();
      expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}-[a-km-zA-HJ-NP-Z2-9]{4}$/);
      expect(passwordIssue(p)).toBeUndefined();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
