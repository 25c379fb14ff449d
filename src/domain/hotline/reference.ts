/**
 * The call reference people read over the phone: `XXXX-XX` from an alphabet without 0/O and 1/I.
 */
export const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const REFERENCE_PATTERN = /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$/;

export function newCallReference(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(6);
  let out = '';
  for (let i = 0; i < 6; i++) {
    if (i === 4) out += '-';
    out += REFERENCE_ALPHABET[bytes[i]! % REFERENCE_ALPHABET.length];
  }
  return out;
}

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}
