/**
 * CSRF tokens: HMAC-SHA256 (keyed with the configured session secret) of the session id and the session's own
 * random CSRF secret. The browser reads it from the `motcua_csrf` cookie and echoes it in `x-csrf-token` on every
 * write; another site can send our cookies but cannot read them, so it cannot echo the token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function csrfToken(secret: string, sessionId: string, csrfSecret: string): string {
  return createHmac('sha256', secret).update(`${sessionId}.${csrfSecret}`).digest('base64url');
}

export function csrfMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
