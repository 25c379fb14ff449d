/**
 * Zalo Notification Service (ZNS): a template message to a phone number over HTTP, with the official account's
 * access token in the `access_token` header. The body of a Zalo notification is either a JSON object
 * {"templateId": "…", "params": {…}} (the template and its parameters chosen by whoever queued it) or plain text,
 * sent with the configured default template as its one text parameter. Zalo answers 200 with `error` 0 and the
 * message id, or an error number: the phone-related ones are permanent, the rest (token, quota, server) temporary.
 */
import type { OutgoingMessage, Provider, SendResult } from './provider.js';
import { temporaryFailure } from './provider.js';

export interface ZnsSettings {
  name?: string;
  /** Default: https://business.openapi.zalo.me/message/template */
  url: string;
  accessToken: string;
  defaultTemplateId: string;
  /** The parameter of the default template that receives a plain-text body. */
  textParam: string;
  timeoutMs?: number;
}

/** Zalo errors about the recipient: invalid phone, no Zalo account, the user cannot or will not receive. */
const PERMANENT = new Set([-108, -118, -119, -139]);

export function znsRequest(
  m: OutgoingMessage,
  s: Pick<ZnsSettings, 'defaultTemplateId' | 'textParam'>,
): Record<string, unknown> {
  let templateId = s.defaultTemplateId;
  let params: Record<string, string> = { [s.textParam]: m.body };
  if (m.body.startsWith('{')) {
    try {
      const parsed = JSON.parse(m.body) as { templateId?: unknown; params?: unknown };
      if (typeof parsed.templateId === 'string' && parsed.params && typeof parsed.params === 'object') {
        templateId = parsed.templateId;
        params = Object.fromEntries(Object.entries(parsed.params).map(([k, v]) => [k, String(v)]));
      }
    } catch {
      // Plain text that happens to start with a brace.
    }
  }
  return {
    phone: m.recipient.replace(/^\+/, ''),
    template_id: templateId,
    template_data: params,
    tracking_id: m.id,
  };
}

export function znsProvider(s: ZnsSettings): Provider {
  return {
    name: s.name ?? 'zns',
    channels: ['zalo'],
    async send(m: OutgoingMessage): Promise<SendResult> {
      let status: number;
      let body: { error?: number; message?: string; data?: { msg_id?: string } } | null;
      try {
        const res = await fetch(s.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', access_token: s.accessToken },
          body: JSON.stringify(znsRequest(m, s)),
          signal: AbortSignal.timeout(s.timeoutMs ?? 10_000),
        });
        status = res.status;
        body = (await res.json().catch(() => null)) as typeof body;
      } catch (e) {
        return temporaryFailure(e);
      }
      if (status >= 200 && status < 300 && body?.error === 0) {
        return body.data?.msg_id ? { ok: true, providerRef: body.data.msg_id } : { ok: true };
      }
      const code = body?.error;
      return {
        ok: false,
        permanent: typeof code === 'number' && PERMANENT.has(code),
        error:
          `Zalo answered ${status}${code !== undefined ? ` error ${code}` : ''}: ${body?.message ?? ''}`.slice(
            0,
            300,
          ),
      };
    },
  };
}
