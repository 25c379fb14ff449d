import { describe, expect, it } from 'vitest';
import { checkSameRequest, requestHash } from './idempotency.js';

describe('requestHash', () => {
  it('ignores the key, field order and absent fields; sees every value', () => {
    const a = requestHash({ idempotencyKey: 'k1', b: 1, a: { y: [1, 2], x: 'x' } });
    expect(requestHash({ a: { x: 'x', y: [1, 2] }, b: 1, c: undefined, idempotencyKey: 'k2' })).toBe(a);
    expect(requestHash({ a: { x: 'x', y: [2, 1] }, b: 1 })).not.toBe(a);
    expect(requestHash({ a: { x: 'x', y: [1, 2] }, b: '1' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('checkSameRequest', () => {
  const earlier = { actorId: 's1', action: 'receive', dossierId: 'd1', requestHash: 'h' };
  const same = { actorId: 's1', actions: ['receive', 'refuse'], dossierId: 'd1', requestHash: 'h' };
  it('lets the same request by the same person through', () => {
    expect(() => checkSameRequest(earlier, same)).not.toThrow();
    // Entries from before fingerprints were kept compare without one.
    expect(() =>
      checkSameRequest({ ...earlier, requestHash: null }, { ...same, requestHash: 'x' }),
    ).not.toThrow();
  });
  it.each([
    ['another person', { actorId: 's2' }],
    ['no person', { actorId: null }],
    ['another action', { actions: ['assign'] }],
    ['another dossier', { dossierId: 'd2' }],
    ['another body', { requestHash: 'h2' }],
  ])('refuses %s with IDEMPOTENCY_KEY_REUSED', (_name, change) => {
    expect(() => checkSameRequest(earlier, { ...same, ...change })).toThrow(
      expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED', kind: 'conflict' }),
    );
  });
});
