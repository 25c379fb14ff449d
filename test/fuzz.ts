/**
 * Generators of hostile request input for the fuzz tests: values already encoded for a URL, and JSON values of
 * every type, odd strings, NULs, huge numbers and path traversal among them.
 */
import fc from 'fast-check';

/** A value already encoded for a URL. */
export const encoded = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
  fc.oneof(fc.double(), fc.integer(), fc.bigInt()).map((n) => encodeURIComponent(String(n))),
  fc.constantFrom(
    '9'.repeat(400),
    '1e308',
    '-0',
    'NaN',
    'Infinity',
    '0x10',
    '2026-02-30',
    '0000-01-01',
    '99999-01-01',
  ),
  // Broken or odd percent-encodings and URL punctuation, sent as is.
  fc.string({ unit: fc.constantFrom(..."%0123456789ABCDEFabcdef.-_~!$'()*+,;:@".split('')), maxLength: 24 }),
  fc.constantFrom(
    '%00',
    '%FF',
    '%E2%82',
    '%C0%AF',
    '%ED%A0%80',
    '%F4%90%80%80',
    '..',
    '%2E%2E%2F',
    '%2F',
    '%5C',
  ),
);

/** An odd string: any code unit (lone surrogates, NUL), control characters, huge or traversing text. */
export const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\ud800', '\udfff', '\u202e', '\ufeff', 'a', '.', '/'),
    maxLength: 12,
  }),
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    '..\\..\\windows',
    'x'.repeat(5000),
    '0912345678',
    '1e308',
    'null',
  ),
);

/** Any JSON-ish value of a wrong or right type, odd strings and extreme numbers included. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  oddString,
  fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 53, -(2 ** 63), 1e308, -0, 0.1)),
  fc.boolean(),
  fc.constant(null),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(oddString, oddString, { maxKeys: 3 }),
);
