/**
 * Posting signed PBX events to a test app (integration tests of the hotline).
 */
import type { FastifyInstance } from 'fastify';
import { DEV_HOTLINE_SECRET } from '../../config.js';
import { signEvent } from '../../services/hotline/signature.js';

export const DEMO_LINE = '0237 3899 001';

export async function postEvent(
  app: FastifyInstance,
  event: Record<string, unknown> | string,
  opts: { secret?: string; timestamp?: number; signature?: string | null } = {},
) {
  const body = typeof event === 'string' ? event : JSON.stringify(event);
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    opts.signature === null
      ? undefined
      : (opts.signature ?? signEvent(opts.secret ?? DEV_HOTLINE_SECRET, timestamp, body));
  return app.inject({
    method: 'POST',
    url: '/api/hotline/events',
    headers: {
      'content-type': 'application/json',
      'x-motcua-timestamp': String(timestamp),
      ...(signature ? { 'x-motcua-signature': signature } : {}),
    },
    payload: body,
  });
}

let n = 0;
/** A fresh PBX call id per call of a test file. */
export const newCallId = (prefix = 'test') => `${prefix}-${Date.now().toString(36)}-${++n}`;

/** An instant `seconds` after `base` (ISO 8601). */
export const after = (base: number, seconds: number) => new Date(base + seconds * 1000).toISOString();
