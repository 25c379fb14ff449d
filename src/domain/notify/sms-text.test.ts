import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gsm7Length, smsSegments, stripDiacritics } from './sms-text.js';

// Every Vietnamese vowel with every tone, upper and lower case, and the letter each must become.
const bases: Record<string, string> = {
  a: 'aàáảãạ',
  ă: 'ăằắẳẵặ',
  â: 'âầấẩẫậ',
  e: 'eèéẻẽẹ',
  ê: 'êềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọ',
  ô: 'ôồốổỗộ',
  ơ: 'ơờớởỡợ',
  u: 'uùúủũụ',
  ư: 'ưừứửữự',
  y: 'yỳýỷỹỵ',
};
const plain: Record<string, string> = {
  a: 'a',
  ă: 'a',
  â: 'a',
  e: 'e',
  ê: 'e',
  i: 'i',
  o: 'o',
  ô: 'o',
  ơ: 'o',
  u: 'u',
  ư: 'u',
  y: 'y',
};
const pairs: [string, string][] = [
  ['đ', 'd'],
  ['Đ', 'D'],
];
for (const [base, forms] of Object.entries(bases)) {
  for (const ch of forms) {
    pairs.push([ch, plain[base]!]);
    pairs.push([ch.toUpperCase(), plain[base]!.toUpperCase()]);
  }
}

describe('stripDiacritics', () => {
  it('maps every Vietnamese letter with every tone to its bare Latin letter', () => {
    expect(pairs).toHaveLength(2 + 12 * 6 * 2);
    for (const [from, to] of pairs) expect(stripDiacritics(from), from).toBe(to);
  });

  it('is right for any text made of Vietnamese letters, digits and spaces (property)', () => {
    const letter = fc.constantFrom(
      ...pairs,
      ['b', 'b'] as [string, string],
      [' ', ' '] as [string, string],
      ['7', '7'] as [string, string],
    );
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 60 }), (chars) => {
        const text = chars.map((c) => c[0]).join('');
        const out = stripDiacritics(text);
        expect(out).toBe(chars.map((c) => c[1]).join(''));
        expect(gsm7Length(out)).toBe(out.length);
      }),
    );
  });

  it('reads a real message', () => {
    expect(
      stripDiacritics('Hồ sơ đã có kết quả. Mời ông/bà đến nhận tại Bộ phận Một cửa xã Đông Tiến.'),
    ).toBe('Ho so da co ket qua. Moi ong/ba den nhan tai Bo phan Mot cua xa Dong Tien.');
  });
});

describe('smsSegments', () => {
  it('counts GSM-7 and UCS-2 segments', () => {
    expect(smsSegments('a'.repeat(160))).toEqual({ encoding: 'gsm7', segments: 1 });
    expect(smsSegments('a'.repeat(161))).toEqual({ encoding: 'gsm7', segments: 2 });
    expect(smsSegments('{'.repeat(80))).toEqual({ encoding: 'gsm7', segments: 1 });
    expect(smsSegments('ố'.repeat(70))).toEqual({ encoding: 'ucs2', segments: 1 });
    expect(smsSegments('ố'.repeat(71))).toEqual({ encoding: 'ucs2', segments: 2 });
  });
});
