/**
 * Booking codes: 8 characters from an alphabet without 0/O and 1/I, readable over the phone, shown in two groups
 * of four ("K7M2-QX9P"). 32^8 ≈ 10^12 codes, and a code alone never opens a booking: the phone is asked too.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** A new code from `randomBytes` (at least 8 bytes; 256 is a multiple of 32, so every character is equally likely). */
export function bookingCode(randomBytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i++) out += CODE_ALPHABET[randomBytes[i]! % CODE_ALPHABET.length];
  return out;
}

/** The stored form of what someone typed (any case, spaces or dashes); undefined when it cannot be a code. */
export function normaliseBookingCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s-]/g, '');
  if (compact.length !== CODE_LENGTH) return undefined;
  for (const ch of compact) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return compact;
}

export const displayBookingCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
