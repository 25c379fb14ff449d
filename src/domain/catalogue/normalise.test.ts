import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldWord, normaliseText, searchWords, withinOneEdit, withoutProcedurePrefix } from './normalise.js';

/** Every Vietnamese letter with a diacritic, lower and upper case, and its base letter. */
const vietnamese: [string, string][] = [
  ['aàáảãạăằắẳẵặâầấẩẫậ', 'a'],
  ['AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ', 'a'],
  ['đ', 'd'],
  ['Đ', 'd'],
  ['eèéẻẽẹêềếểễệ', 'e'],
  ['EÈÉẺẼẸÊỀẾỂỄỆ', 'e'],
  ['iìíỉĩị', 'i'],
  ['IÌÍỈĨỊ', 'i'],
  ['oòóỏõọôồốổỗộơờớởỡợ', 'o'],
  ['OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ', 'o'],
  ['uùúủũụưừứửữự', 'u'],
  ['UÙÚỦŨỤƯỪỨỬỮỰ', 'u'],
  ['yỳýỷỹỵ', 'y'],
  ['YỲÝỶỸỴ', 'y'],
];
const allLetters = vietnamese.flatMap(([letters, base]) => [...letters].map((l) => [l, base] as const));
const accented = new Set(allLetters.map(([l]) => l).filter((l) => !/[a-zA-Z]/.test(l)));

describe('normaliseText', () => {
  it('lower-cases, strips diacritics and collapses punctuation and spaces', () => {
    expect(normaliseText('  Đăng   ký—Khai sinh! ')).toBe('dang ky khai sinh');
    expect(normaliseText('Chứng thực bản sao từ bản chính (giấy tờ, văn bản)')).toBe(
      'chung thuc ban sao tu ban chinh giay to van ban',
    );
    expect(normaliseText('1.001193')).toBe('1 001193');
  });

  it('maps every Vietnamese letter to its base letter, precomposed or decomposed', () => {
    for (const [letter, base] of allLetters) {
      expect(normaliseText(letter)).toBe(base);
      expect(normaliseText(letter.normalize('NFD'))).toBe(base);
    }
  });

  it('property: the result has no diacritics, no upper case, and normalising again changes nothing', () => {
    const vietnameseChar = fc.constantFrom(...allLetters.map(([l]) => l), ' ', '-', ',', '.', '(', ')');
    const text = fc.oneof(
      fc.string({ unit: vietnameseChar, maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        const n = normaliseText(s);
        expect(normaliseText(n)).toBe(n);
        expect(n).not.toMatch(/\p{M}/u);
        expect(n).not.toMatch(/[đĐð]/);
        expect(n).toBe(n.toLowerCase());
        expect(n).not.toMatch(/^ | $| {2}/);
        for (const ch of n) expect(accented.has(ch)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('search words', () => {
  it('folds y into i so that "ki" and "ky" are one word', () => {
    expect(searchWords('Đăng ký')).toEqual(['dang', 'ki']);
    expect(searchWords('dang ki')).toEqual(['dang', 'ki']);
    expect(foldWord('quy')).toBe('qui');
  });

  it('drops a leading "Thủ tục" but keeps a query that is only those words', () => {
    expect(withoutProcedurePrefix(searchWords('Thủ tục đăng ký khai sinh'))).toEqual([
      'dang',
      'ki',
      'khai',
      'sinh',
    ]);
    expect(withoutProcedurePrefix(searchWords('thu tuc'))).toEqual(['thu', 'tuc']);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['sinh', 'sinh', true],
    ['sinh', 'sihn', true],
    ['sinh', 'snh', true],
    ['sinh', 'sinhh', true],
    ['sinh', 'xinh', true],
    ['sinh', 'sin', true],
    ['sinh', 'snih', true],
    ['sinh', 'snhi', false],
    ['khai', 'kha', true],
    ['khai', 'kh', false],
    ['thuong', 'thuogn', true],
    ['thuong', 'thoung', true],
    ['thuong', 'tuhogn', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
