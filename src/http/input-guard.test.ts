import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clientErrorAnswer, findInvalidText } from './input-guard.js';

describe('findInvalidText', () => {
  it('names the first string holding NUL or an unpaired surrogate, however deep', () => {
    expect(findInvalidText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] }, '')).toBe('a[1].c');
    expect(findInvalidText({ note: 'a\ud800' }, '')).toBe('note');
    expect(findInvalidText(['\udfff'], 'body')).toBe('body[0]');
    expect(findInvalidText({ ['k\u0000']: 1 }, '')).toBe('k\u0000');
  });

  it('lets well-formed text, numbers, buffers and null through', () => {
    expect(findInvalidText({ a: 'Đông Tiến 👶', n: 1, b: null, buf: Buffer.from([0]) }, '')).toBeNull();
    expect(findInvalidText(undefined, '')).toBeNull();
  });

  it('finds an inserted NUL in any generated JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        expect(findInvalidText({ value, x: [text + '\u0000'] }, '')).not.toBeNull();
      }),
    );
  });

  it('walks very deep nesting without overflowing the stack', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findInvalidText(deep, 'b')).toMatch(/^b(\[0\])+$/);
  });
});

describe('clientErrorAnswer', () => {
  it('tells an over-long URL from over-large headers, and maps timeouts', () => {
    expect(
      clientErrorAnswer({
        code: 'HPE_HEADER_OVERFLOW',
        rawPacket: Buffer.from('GET /' + 'a'.repeat(9000)),
      })[0],
    ).toBe(414);
    expect(
      clientErrorAnswer({ code: 'HPE_HEADER_OVERFLOW', rawPacket: Buffer.from('GET / HTTP/1.1\r\nX: y') })[0],
    ).toBe(431);
    expect(clientErrorAnswer({ code: 'ERR_HTTP_REQUEST_TIMEOUT' })[0]).toBe(408);
    expect(clientErrorAnswer({ code: 'HPE_INVALID_METHOD' })).toEqual([
      400,
      'BAD_REQUEST',
      'Yêu cầu không hợp lệ.',
    ]);
  });
});
