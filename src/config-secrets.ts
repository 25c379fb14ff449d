/**
 * Secrets in production: a value that was ever published in this repository (development defaults, README and
 * documentation examples, test and benchmark values) is known to everyone who read it, and a short value can be
 * guessed; either is refused at boot with the variable named (exit code 2), whatever its length.
 */

/** The shortest secret accepted in production. */
export const SECRET_MIN_LENGTH = 32;

/**
 * Every secret value published in this repository's history (`git log -p -S` on the variables' names, the
 * development defaults, README/docs examples, tests and benchmarks). Add to it whenever a value is published.
 */
export const PUBLISHED_SECRETS: readonly string[] = [
  'motcua-development-secret-do-not-use-in-production',
  'motcua-hotline-development-secret',
  'motcua-payment-development-secret',
  'a-production-secret-of-at-least-32-characters',
  'a-hotline-secret-of-at-least-32-characters',
  'receipt-secret-0123456789',
  'motcua-oidc-test-client-secret',
  'a-shared-secret',
  'not-the-secret-at-all',
  'not-the-secret',
  'from-env',
  'mine',
  'secret',
];

/**
 * Why `value` may not be a production secret, or undefined when it may. Besides the published values, one character
 * repeated (`'x'.repeat(40)`, as tests and benchmarks wrote them) is refused: it is published in spirit and has no
 * entropy.
 */
export function secretIssue(value: string): string | undefined {
  if (value.length < SECRET_MIN_LENGTH) return `must be set to at least ${SECRET_MIN_LENGTH} characters`;
  if (PUBLISHED_SECRETS.includes(value)) return 'is a value published in the motcua repository';
  if (new Set(value).size === 1) return 'is one character repeated';
  return undefined;
}
