/**
 * SMS text: Vietnamese without diacritics (brandname SMS in Vietnam is sent in GSM-7, where a message with
 * diacritics would be UCS-2 and cost two to three times as many segments), and the number of segments.
 */

/** Removes Vietnamese diacritics: every tone mark and vowel mark, and đ/Đ → d/D. Other text is unchanged. */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

// The GSM 03.38 basic character set, and the extension characters that take two septets.
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

/** Septets needed for `text` in GSM-7, or null when it has a character GSM-7 cannot carry. */
export function gsm7Length(text: string): number | null {
  let n = 0;
  for (const ch of text) {
    if (GSM7_BASIC.includes(ch)) n += 1;
    else if (GSM7_EXTENDED.includes(ch)) n += 2;
    else return null;
  }
  return n;
}

/** Segments of an SMS: GSM-7 160 / 153 per part, otherwise UCS-2 70 / 67 per part. */
export function smsSegments(text: string): { encoding: 'gsm7' | 'ucs2'; segments: number } {
  const septets = gsm7Length(text);
  if (septets !== null) {
    return { encoding: 'gsm7', segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  }
  const units = text.length;
  return { encoding: 'ucs2', segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
