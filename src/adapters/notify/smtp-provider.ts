/**
 * Email over SMTP (nodemailer, pooled connections). Each message goes out with a text part and an HTML part
 * (the text, escaped, paragraphs kept, links made clickable). The subject is the first line of the body when the
 * body has several paragraphs, otherwise the configured default. A recipient the server refuses with a 5xx code is
 * a permanent failure; everything else (connection, authentication, 4xx) is temporary.
 */
import nodemailer from 'nodemailer';
import type { OutgoingMessage, Provider, SendResult } from './provider.js';

export interface SmtpSettings {
  name?: string;
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  from: string;
  defaultSubject?: string;
  timeoutMs?: number;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML part: paragraphs from blank lines, line breaks kept, http(s) links clickable. */
export function emailHtml(text: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) =>
      escapeHtml(p)
        .replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)
        .replace(/\n/g, '<br>'),
    )
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><body style="font-family:Arial,sans-serif;line-height:1.5">\n${paragraphs}\n</body></html>`;
}

export function emailParts(body: string, defaultSubject: string): { subject: string; text: string } {
  const [first, ...rest] = body.split(/\n{2,}/);
  if (rest.length > 0 && first && first.length <= 150 && !first.includes('\n')) {
    return { subject: first, text: rest.join('\n\n') };
  }
  return { subject: defaultSubject, text: body };
}

export function smtpProvider(s: SmtpSettings): Provider {
  const timeout = s.timeoutMs ?? 10_000;
  const transport = nodemailer.createTransport({
    url: s.url,
    pool: true,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    name: s.name ?? 'smtp',
    channels: ['email'],
    async send(m: OutgoingMessage): Promise<SendResult> {
      const { subject, text } = emailParts(
        m.body,
        s.defaultSubject ?? 'Thông báo về hồ sơ thủ tục hành chính',
      );
      try {
        const info = (await transport.sendMail({
          from: s.from,
          to: m.recipient,
          subject,
          text,
          html: emailHtml(text),
          headers: { 'X-Motcua-Message': m.id },
        })) as { messageId?: string; rejected?: unknown[] };
        if (info.rejected && info.rejected.length > 0) {
          return { ok: false, permanent: true, error: 'recipient rejected' };
        }
        return info.messageId ? { ok: true, providerRef: info.messageId } : { ok: true };
      } catch (e) {
        const err = e as { responseCode?: number; command?: string; message?: string };
        const refused = (err.responseCode ?? 0) >= 500 && /RCPT/i.test(err.command ?? '');
        return {
          ok: false,
          permanent: refused,
          error: `${err.responseCode ? `${err.responseCode} ` : ''}${err.message ?? String(e)}`.slice(0, 300),
        };
      }
    },
    close() {
      transport.close();
      return Promise.resolve();
    },
  };
}
