/**
 * The rating link's token: the dossier code and an HMAC-SHA256 of it under a key derived from the session secret
 * (its own label, so a token is never a valid signature of anything else). Stateless and for one dossier only; the
 * 30 days run from the dossier's return, checked when the token is used (src/domain/ratings/ratings.ts), so the same
 * link serves from the SMS and from the tracking page.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const LABEL = 'motcua rating link v1\n';
const MAC_BYTES = 16;

const mac = (secret: string, code: string) =>
  createHmac('sha256', secret)
    .update(LABEL + code)
    .digest()
    .subarray(0, MAC_BYTES);

/** `SDU2LjEwLjAxLTI2MTIwNy0wMDAx.q3…`: base64url of the code, a dot, base64url of the MAC. */
export function ratingToken(secret: string, code: string): string {
  return `${Buffer.from(code).toString('base64url')}.${mac(secret, code).toString('base64url')}`;
}

/** The dossier code a token was made for, or null when it is not one of ours. */
export function codeOfRatingToken(secret: string, token: string): string | null {
  const [encoded, signature, extra] = token.split('.');
  if (!encoded || !signature || extra !== undefined || encoded.length > 80) return null;
  const code = Buffer.from(encoded, 'base64url').toString();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== MAC_BYTES) return null;
  return timingSafeEqual(given, mac(secret, code)) ? code : null;
}

/** The public page that takes the rating of dossier `code`, under the site's root. */
export const ratingPath = (secret: string, code: string) => `/danh-gia/${ratingToken(secret, code)}`;

/** The same page as a full link for a message; empty without a public site address (no link is sent). */
export const ratingUrl = (publicUrl: string | undefined, secret: string, code: string) =>
  publicUrl ? `${publicUrl}${ratingPath(secret, code)}` : '';
