/**
 * SMS through a generic HTTP "brandname" gateway (the kind Vietnamese carriers and aggregators offer): one HTTP
 * request per message, built from a body template with placeholders, an optional authentication header, and
 * success decided by the status code and, when configured, a pattern the body must match (many gateways answer
 * 200 with an error code inside). The gateway's message id is taken from the body by a pattern with one group.
 * A failure is permanent only when the body matches the configured permanent pattern (e.g. "invalid number");
 * anything else is temporary, so the router fails over and the outbox retries.
 * Receipts come back on POST /api/notify/receipts/:provider (src/http/notify-receipts), parsed by `parseHttpReceipt`.
 */
import type { OutgoingMessage, Provider, Receipt, SendResult } from './provider.js';
import { temporaryFailure } from './provider.js';

export interface HttpSmsSettings {
  name?: string;
  url: string;
  method?: 'POST' | 'PUT' | 'GET';
  /** "Header-Name: value", e.g. "Authorization: Bearer …". */
  authHeader?: string;
  contentType?: string;
  /**
   * The request body; placeholders {{to}} (+84…), {{to_local}} (0…), {{to_digits}} (84…), {{text}}, {{id}},
   * {{sender}}, escaped for the content type (JSON string content, or URL encoding for forms). For GET they go in
   * the URL instead.
   */
  bodyTemplate: string;
  sender?: string;
  successStatus?: RegExp;
  successBody?: RegExp;
  permanentBody?: RegExp;
  /** A pattern whose first group is the gateway's message id. */
  refPattern?: RegExp;
  timeoutMs?: number;
}

export interface HttpReceiptSettings {
  /** The shared secret the gateway sends (X-Receipt-Secret header, or Authorization: Bearer). */
  secret: string;
  /** Dotted paths in the callback body (JSON or form). */
  idField: string;
  statusField: string;
  delivered: RegExp;
  failed: RegExp;
}

type Escape = (v: string) => string;

function escaperFor(contentType: string): Escape {
  if (/json/i.test(contentType)) return (v) => JSON.stringify(v).slice(1, -1);
  if (/x-www-form-urlencoded/i.test(contentType)) return encodeURIComponent;
  return (v) => v;
}

/** Fills {{name}} placeholders; unknown ones are an error (caught at start-up by `checkTemplate`). */
export function fillTemplate(template: string, values: Record<string, string>, escape: Escape): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`unknown placeholder {{${key}}}`);
    return escape(v);
  });
}

export const HTTP_SMS_PLACEHOLDERS = ['to', 'to_local', 'to_digits', 'text', 'id', 'sender'] as const;

export function httpSmsProvider(s: HttpSmsSettings): Provider {
  const contentType = s.contentType ?? 'application/json';
  const method = s.method ?? 'POST';
  const [headerName, ...rest] = (s.authHeader ?? '').split(':');
  const headers: Record<string, string> = method === 'GET' ? {} : { 'content-type': contentType };
  if (s.authHeader && headerName) headers[headerName.trim()] = rest.join(':').trim();
  const successStatus = s.successStatus ?? /^2\d\d$/;
  return {
    name: s.name ?? 'http-sms',
    channels: ['sms'],
    async send(m: OutgoingMessage): Promise<SendResult> {
      const digits = m.recipient.replace(/^\+/, '');
      const values = {
        to: m.recipient,
        to_local: digits.replace(/^84/, '0'),
        to_digits: digits,
        text: m.body,
        id: m.id,
        sender: s.sender ?? '',
      };
      let res: Response;
      let text: string;
      try {
        const url = method === 'GET' ? fillTemplate(s.url, values, encodeURIComponent) : s.url;
        res = await fetch(url, {
          method,
          headers,
          body: method === 'GET' ? undefined : fillTemplate(s.bodyTemplate, values, escaperFor(contentType)),
          signal: AbortSignal.timeout(s.timeoutMs ?? 10_000),
        });
        text = await res.text();
      } catch (e) {
        return temporaryFailure(e);
      }
      const snippet = text.slice(0, 200);
      if (successStatus.test(String(res.status)) && (!s.successBody || s.successBody.test(text))) {
        const ref = s.refPattern?.exec(text)?.[1];
        return ref ? { ok: true, providerRef: ref } : { ok: true };
      }
      return {
        ok: false,
        permanent: Boolean(s.permanentBody?.test(text)),
        error: `gateway answered ${res.status}: ${snippet}`,
      };
    },
  };
}

function at(body: unknown, dotted: string): unknown {
  let v: unknown = body;
  for (const key of dotted.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * Reads a receipt callback body: the message id and status at the configured paths. Returns null for a body
 * without them, 'pending' for a state that is not final (neither delivered nor failed).
 */
export function parseHttpReceipt(
  provider: string,
  settings: HttpReceiptSettings,
  body: unknown,
): Receipt | 'pending' | null {
  const ref = at(body, settings.idField);
  const state = at(body, settings.statusField);
  if (
    (typeof ref !== 'string' && typeof ref !== 'number') ||
    (typeof state !== 'string' && typeof state !== 'number')
  ) {
    return null;
  }
  const s = String(state);
  const status = settings.delivered.test(s)
    ? 'delivered'
    : settings.failed.test(s)
      ? 'permanent_failure'
      : null;
  if (!status) return 'pending';
  return { provider, providerRef: String(ref), status, state: s };
}
