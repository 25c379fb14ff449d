/**
 * Text normalisation for catalogue search: lower case, Vietnamese diacritics removed (đ → d), punctuation and runs
 * of spaces collapsed to one space. "Đăng  ký—Khai sinh!" → "dang ky khai sinh". Idempotent.
 */

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// đ (U+0111) has no decomposition; ð (U+00F0, the lower case of the look-alike Ð U+00D0) is typed for it at times.
const D_STROKE = /[đð]/g;

export function normaliseText(input: string): string {
  return input
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(D_STROKE, 'd')
    .replace(NOT_WORD, ' ')
    .trim();
}

/**
 * The key a word is matched by: people write "ki" for "ký" and "ky" for "kỳ", so y and i are one letter here.
 * Applied to already normalised words.
 */
export function foldWord(word: string): string {
  return word.replace(/y/g, 'i');
}

/** Normalised, folded words of a text. */
export function searchWords(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ').map(foldWord);
}

/**
 * Many national names begin with "Thủ tục …" ("Thủ tục đăng ký khai sinh"); people search without it.
 * Removes a leading "thu tuc" from folded words, unless nothing would be left.
 */
export function withoutProcedurePrefix(words: readonly string[]): readonly string[] {
  return words.length > 2 && words[0] === 'thu' && words[1] === 'tuc' ? words.slice(2) : words;
}

/**
 * Whether two words are at most one edit apart (insertion, deletion, substitution, or swap of two neighbours:
 * "sihn" ~ "sinh").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    // substitution at i, or a swap of i and i + 1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one insertion/deletion at i
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
