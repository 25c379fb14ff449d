/**
 * Email over SMTP against a local `smtp-server` (text and HTML parts, subject from the first paragraph, a refused
 * mailbox permanent, a server that is down temporary) and Zalo ZNS against a local HTTP server (template id and
 * parameters, access token header, Zalo's message id kept, a phone-related error permanent), each through the
 * outbox on a real database.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connection.js';
import type { NotificationChannel } from '../../db/tables/outbox.js';
import { enqueueNotification } from '../../services/outbox/enqueue.js';
import { deliverDue } from '../../services/outbox/outbox.js';
import { smtpProvider } from './smtp-provider.js';
import { znsProvider } from './zns-provider.js';

const mails: { from: string; to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, cb) {
    if (address.address.startsWith('khongton@')) {
      const err = new Error('Mailbox unavailable') as Error & { responseCode: number };
      err.responseCode = 550;
      return cb(err);
    }
    cb();
  },
  onData(stream, session, cb) {
    let raw = '';
    stream.on('data', (c: Buffer) => (raw += c.toString()));
    stream.on('end', () => {
      mails.push({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        to: session.envelope.rcptTo.map((r) => r.address),
        raw,
      });
      cb();
    });
  },
});
smtp.on('error', () => undefined);

const zaloRequests: { token: string | undefined; body: Record<string, unknown> }[] = [];
const zalo = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    zaloRequests.push({ token: req.headers.access_token as string | undefined, body: parsed });
    res.writeHead(200, { 'content-type': 'application/json' });
    if (parsed.phone === '84900000000') return res.end('{"error":-108,"message":"Phone number is invalid"}');
    res.end(`{"error":0,"message":"Success","data":{"msg_id":"zmsg-${zaloRequests.length}"}}`);
  });
});

let h: DatabaseHandle;
let smtpPort = 0;
let zaloUrl = '';
beforeAll(async () => {
  h = await openTestDatabase();
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  await new Promise<void>((r) => zalo.listen(0, '127.0.0.1', r));
  zaloUrl = `http://127.0.0.1:${(zalo.address() as AddressInfo).port}/message/template`;
});
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  await new Promise<void>((r) => zalo.close(() => r()));
  await h.close();
});

let n = 0;
const queue = (channel: NotificationChannel, recipient: string, body: string) =>
  h.db
    .transaction()
    .execute((trx) =>
      enqueueNotification(trx, { dedupeKey: `sz:${++n}`, event: 'result_ready', channel, recipient, body }),
    );
const row = (id: string) =>
  h.db
    .selectFrom('notifications')
    .select(['status', 'attempts', 'provider', 'provider_ref', 'last_error'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('SMTP provider', () => {
  it('sends a text and an HTML part, the first paragraph as subject', async () => {
    const provider = smtpProvider({ url: `smtp://127.0.0.1:${smtpPort}`, from: 'motcua@tinh.gov.vn' });
    try {
      const id = await queue(
        'email',
        'cong.dan@example.vn',
        'Kết quả hồ sơ H56-0001 đã sẵn sàng\n\nMời ông/bà đến nhận <kết quả> tại Bộ phận Một cửa.\nTra cứu: https://motcua.example.vn/tra-cuu?ma=H56-0001',
      );
      expect(await deliverDue(h.db, [provider], { now: Date.now() + 1000 })).toMatchObject({ sent: 1 });
      const mail = mails.at(-1)!;
      expect(mail).toMatchObject({ from: 'motcua@tinh.gov.vn', to: ['cong.dan@example.vn'] });
      expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?/m);
      expect(mail.raw).toContain('Content-Type: text/plain; charset=utf-8');
      expect(mail.raw).toContain('Content-Type: text/html; charset=utf-8');
      expect(mail.raw).toContain(`X-Motcua-Message: ${id}`);
      // The HTML part escapes the text and makes the link clickable (quoted-printable: soft line breaks removed).
      const html = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      expect(html).toContain('&lt;k=E1=BA=BFt qu=E1=BA=A3&gt;');
      expect(html).toContain('<a href="https://motcua.example.vn/tra-cuu?ma=H56-0001">');
      expect(await row(id)).toMatchObject({ status: 'sent', provider: 'smtp' });
      expect((await row(id)).provider_ref).toMatch(/^<.+>$/);
    } finally {
      await provider.close!();
    }
  });

  it('a refused mailbox is a permanent failure; a server that is down is temporary', async () => {
    const provider = smtpProvider({ url: `smtp://127.0.0.1:${smtpPort}`, from: 'motcua@tinh.gov.vn' });
    const down = smtpProvider({ url: 'smtp://127.0.0.1:1', from: 'motcua@tinh.gov.vn', timeoutMs: 2000 });
    try {
      const refused = await queue('email', 'khongton@example.vn', 'Thông báo');
      await deliverDue(h.db, [provider], { now: Date.now() + 1000 });
      expect(await row(refused)).toMatchObject({ status: 'permanent_failure', attempts: 1 });
      expect((await row(refused)).last_error).toContain('550');
      const later = await queue('email', 'cong.dan2@example.vn', 'Thông báo');
      await deliverDue(h.db, [down], { now: Date.now() + 1000 });
      expect(await row(later)).toMatchObject({ status: 'temporary_failure', attempts: 1 });
    } finally {
      await provider.close!();
      await down.close!();
    }
  });
});

describe('Zalo ZNS provider', () => {
  const provider = () =>
    znsProvider({ url: zaloUrl, accessToken: 'oa-token', defaultTemplateId: '2001', textParam: 'content' });

  it('sends a template with its parameters and the access token, and keeps the Zalo message id', async () => {
    const withParams = await queue(
      'zalo',
      '+84912345678',
      JSON.stringify({ templateId: '3005', params: { ma_ho_so: 'H56-0001', ngay_hen: '10/12/2026 14:00' } }),
    );
    const plain = await queue('zalo', '+84987654321', 'Hồ sơ H56-0002 đã được tiếp nhận.');
    expect(await deliverDue(h.db, [provider()], { now: Date.now() + 1000 })).toMatchObject({ sent: 2 });
    const byPhone = new Map(zaloRequests.map((r) => [r.body.phone, r]));
    expect(byPhone.get('84912345678')).toEqual({
      token: 'oa-token',
      body: {
        phone: '84912345678',
        template_id: '3005',
        template_data: { ma_ho_so: 'H56-0001', ngay_hen: '10/12/2026 14:00' },
        tracking_id: withParams,
      },
    });
    expect(byPhone.get('84987654321')!.body).toMatchObject({
      template_id: '2001',
      template_data: { content: 'Hồ sơ H56-0002 đã được tiếp nhận.' },
    });
    expect((await row(plain)).provider_ref).toMatch(/^zmsg-\d+$/);
  });

  it('an invalid phone answer (-108) is a permanent failure', async () => {
    const id = await queue('zalo', '+84900000000', 'x');
    await deliverDue(h.db, [provider()], { now: Date.now() + 1000 });
    expect(await row(id)).toMatchObject({ status: 'permanent_failure', attempts: 1 });
    expect((await row(id)).last_error).toContain('-108');
  });
});
