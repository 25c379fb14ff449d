import { describe, expect, it } from 'vitest';
import { checkLink } from './verify.js';

const row = (seq: number, prev: string, hash: string, expected = hash) => ({
  seq,
  prev_hash: prev,
  hash,
  expected,
});

describe('checkLink', () => {
  it('accepts the next row that records the previous hash and matches its own', () => {
    expect(checkLink({ seq: 0, hash: '' }, row(1, '', 'a'))).toBeUndefined();
    expect(checkLink({ seq: 1, hash: 'a' }, row(2, 'a', 'b'))).toBeUndefined();
  });

  it('names the first missing row of a gap, also at the start', () => {
    expect(checkLink({ seq: 3, hash: 'c' }, row(5, 'd', 'e'))).toMatchObject({ seq: 4, kind: 'missing' });
    expect(checkLink({ seq: 3, hash: 'c' }, row(7, 'f', 'g'))?.detail).toBe('rows 4 to 6 are missing');
    expect(checkLink({ seq: 0, hash: '' }, row(2, 'a', 'b'))).toMatchObject({ seq: 1, kind: 'missing' });
  });

  it('names a changed row: its content, or the hash the next row recorded for it', () => {
    expect(checkLink({ seq: 1, hash: 'a' }, row(2, 'a', 'b', 'x'))).toMatchObject({
      seq: 2,
      kind: 'changed',
    });
    expect(checkLink({ seq: 1, hash: 'a2' }, row(2, 'a', 'b'))).toMatchObject({ seq: 1, kind: 'changed' });
    expect(checkLink({ seq: 0, hash: '' }, row(1, 'z', 'a'))).toMatchObject({ seq: 1, kind: 'changed' });
  });
});
