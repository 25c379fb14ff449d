/**
 * The signature of the common Vietnamese payment gateway protocol (VNPay version 2.1.0): the `vnp_` parameters but
 * the hash itself, sorted by name, each written `name=value` URL-encoded with spaces as `+`, joined by `&`, and
 * signed with HMAC-SHA512 under the merchant's secret, in lowercase hex (`vnp_SecureHash`). The redirect to the
 * gateway, the return to the citizen and the server-to-server notification (IPN) are all signed this way.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Params = Record<string, string>;

const HASH = 'vnp_SecureHash';
const HASH_TYPE = 'vnp_SecureHashType';

const encode = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');

/** The text that is signed: the signed parameters, sorted, URL-encoded, joined. */
export function canonicalQuery(params: Params): string {
  return Object.keys(params)
    .filter((k) => k.startsWith('vnp_') && k !== HASH && k !== HASH_TYPE && params[k] !== '')
    .sort()
    .map((k) => `${encode(k)}=${encode(params[k]!)}`)
    .join('&');
}

export function signParams(params: Params, secret: string): string {
  return createHmac('sha512', secret).update(canonicalQuery(params), 'utf8').digest('hex');
}

/** The query string of `params`, signed: what the redirect URL and the IPN carry. */
export function signedQuery(params: Params, secret: string): string {
  return `${canonicalQuery(params)}&${HASH}=${signParams(params, secret)}`;
}

/** Whether `params` carry a valid signature under `secret` (compared in constant time). */
export function verifyParams(params: Params, secret: string): boolean {
  const given = params[HASH];
  if (typeof given !== 'string' || !/^[0-9a-fA-F]{128}$/.test(given)) return false;
  const expected = Buffer.from(signParams(params, secret), 'hex');
  return timingSafeEqual(expected, Buffer.from(given.toLowerCase(), 'hex'));
}
