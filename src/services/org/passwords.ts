/**
 * Password hashing (argon2id, the library's default algorithm, with its default cost: 19 MiB, 2 passes) and
 * temporary passwords for administrators to hand over.
 */
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash never lets anyone in.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification, so that an unknown username answers as slowly as a wrong password. */
export async function verifyDummy(password: string): Promise<false> {
  dummyHash ??= hash('motcua-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

// No 0/O, 1/l/I: easy to read aloud and to copy by hand.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password like `Kp7x-m2Qa-9hTz` (12 random characters, ~70 bits). */
export function temporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 3; g++) {
    let s = '';
    for (let i = 0; i < 4; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(s);
  }
  return groups.join('-');
}
