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
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // The rest of a from ia equals the rest of b from ib (no allocation: this runs over the whole vocabulary).
  const restEqual = (ia: number, ib: number) => {
    if (la - ia !== lb - ib) return false;
    for (; ia < la; ia++, ib++) if (a.charCodeAt(ia) !== b.charCodeAt(ib)) return false;
    return true;
  };
  if (la === lb) {
    // substitution at i, or a swap of i and i + 1
    if (restEqual(i + 1, i + 1)) return true;
    return (
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      restEqual(i + 2, i + 2)
    );
  }
  // one insertion/deletion at i
  return la > lb ? restEqual(i + 1, i) : restEqual(i, i + 1);
}
