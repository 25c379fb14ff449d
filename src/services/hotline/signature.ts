/**
 * The PBX's signature on an event: HMAC-SHA256 with the shared secret over `${timestamp}.${rawBody}`, sent as
 * `x-motcua-signature: sha256=<hex>` with `x-motcua-timestamp: <unix seconds>`. The timestamp is signed, so an
 * event captured on the wire cannot be replayed after the tolerance (5 minutes) with a new timestamp.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-motcua-signature';
export const TIMESTAMP_HEADER = 'x-motcua-timestamp';
/** How far the timestamp may be from the server's clock, either way. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

export function signEvent(secret: string, timestamp: number | string, rawBody: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

export type SignatureCheck = 'ok' | 'missing' | 'invalid' | 'stale';

/** Checks the headers against the raw body, in constant time; `nowSeconds` is the server's clock. */
export function checkSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  rawBody: string,
  nowSeconds: number,
): SignatureCheck {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature) return 'missing';
  if (!/^[0-9]{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/i.test(signature)) return 'invalid';
  const expected = Buffer.from(signEvent(secret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(signature.toLowerCase(), 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  return 'ok';
}
