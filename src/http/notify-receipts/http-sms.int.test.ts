/**
 * SMS through a generic HTTP brandname gateway (a local HTTP server standing in for it), configured by environment
 * variables, and its delivery receipts coming back on POST /api/notify/receipts/http-sms: the request built from
 * the body template with the auth header, success by status and body pattern, the gateway's id kept, the receipt
 * (shared secret) making the message delivered; an "invalid number" body is permanent; a 503 fails over.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loadConfig } from '../../config.js';
import { buildProviders } from '../../adapters/notify/index.js';
import type { Provider, SendResult } from '../../adapters/notify/provider.js';
import { enqueueNotification } from '../../services/outbox/enqueue.js';
import { deliverDue, LEASE_MS } from '../../services/outbox/outbox.js';
import { DeliveryRouter } from '../../services/outbox/router.js';

const SECRET = 'receipt-secret-0123456789';
const requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let gatewayDown = false;
const gateway = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    requests.push({ headers: req.headers, body });
    if (gatewayDown) return res.writeHead(503).end('busy');
    const { phone } = JSON.parse(body) as { phone: string };
    if (phone === '0900000000') return res.writeHead(200).end('{"code":"-2","message":"invalid number"}');
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(`{"code":"0","smsid":"gw-${requests.length}"}`);
  });
});

let t: TestApp;
let env: Record<string, string>;
beforeAll(async () => {
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  const port = (gateway.address() as AddressInfo).port;
  env = {
    NOTIFY_PROVIDERS: 'http-sms',
    NOTIFY_HTTP_SMS_URL: `http://127.0.0.1:${port}/send`,
    NOTIFY_HTTP_SMS_AUTH_HEADER: 'Authorization: Basic bW90Y3VhOnB3',
    NOTIFY_HTTP_SMS_BODY:
      '{"phone":"{{to_local}}","message":"{{text}}","brandname":"{{sender}}","ref":"{{id}}"}',
    NOTIFY_HTTP_SMS_SENDER: 'UBND TINH',
    NOTIFY_HTTP_SMS_SUCCESS_BODY: '"code":"0"',
    NOTIFY_HTTP_SMS_PERMANENT_BODY: 'invalid number',
    NOTIFY_HTTP_SMS_REF_PATTERN: '"smsid":"([^"]+)"',
    NOTIFY_HTTP_SMS_RECEIPT_SECRET: SECRET,
    NOTIFY_HTTP_SMS_RECEIPT_ID_FIELD: 'data.smsid',
    NOTIFY_HTTP_SMS_RECEIPT_STATUS_FIELD: 'data.state',
  };
  t = await openTestApp({ demo: false, env });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((r) => gateway.close(() => r()));
});

const providers = () => buildProviders(loadConfig({ NODE_ENV: 'test', ...env }).notify, '/dev/null');
let n = 0;
const queue = (recipient: string) =>
  t.database.db.transaction().execute((trx) =>
    enqueueNotification(trx, {
      dedupeKey: `http:${++n}`,
      event: 'dossier_received',
      channel: 'sms',
      recipient,
      body: 'Hồ sơ "H56-0001" đã tiếp nhận',
    }),
  );
const row = (id: string) =>
  t.database.db
    .selectFrom('notifications')
    .select(['status', 'attempts', 'provider', 'provider_ref', 'receipt_state', 'last_error'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const receipt = (body: unknown, secret = SECRET) =>
  t.app.inject({
    method: 'POST',
    url: '/api/notify/receipts/http-sms',
    headers: { 'x-receipt-secret': secret },
    payload: body as object,
  });

describe('HTTP brandname gateway', () => {
  it('sends the mapped body with the auth header, keeps the gateway id, and the receipt marks it delivered', async () => {
    const id = await queue('+84912345678');
    const r = await deliverDue(t.database.db, new DeliveryRouter(providers()), { now: Date.now() + 1000 });
    expect(r.sent).toBe(1);
    const req = requests.at(-1)!;
    expect(req.headers.authorization).toBe('Basic bW90Y3VhOnB3');
    expect(JSON.parse(req.body)).toEqual({
      phone: '0912345678',
      message: 'Ho so "H56-0001" da tiep nhan',
      brandname: 'UBND TINH',
      ref: id,
    });
    const sent = await row(id);
    expect(sent).toMatchObject({ status: 'sent', provider: 'http-sms' });
    expect(sent.provider_ref).toMatch(/^gw-\d+$/);

    expect((await receipt({ data: { smsid: sent.provider_ref, state: 'ENROUTE' } })).json()).toEqual({
      outcome: 'pending',
    });
    expect((await row(id)).status).toBe('sent');
    const res = await receipt({ data: { smsid: sent.provider_ref, state: 'DELIVRD' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'applied' });
    expect(await row(id)).toMatchObject({ status: 'delivered', receipt_state: 'DELIVRD' });
  });

  it('refuses a receipt without the shared secret, for an unknown provider, or without id and state', async () => {
    const wrong = await receipt({ data: { smsid: 'gw-1', state: 'DELIVRD' } }, 'not-the-secret-at-all');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json<{ error: { code: string } }>().error.code).toBe('RECEIPT_SECRET_INVALID');
    const bearer = await t.app.inject({
      method: 'POST',
      url: '/api/notify/receipts/http-sms',
      headers: { authorization: `Bearer ${SECRET}` },
      payload: { data: { smsid: 'nobody', state: 'DELIVRD' } },
    });
    expect(bearer.json()).toEqual({ outcome: 'unmatched' });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/notify/receipts/smpp',
      headers: { 'x-receipt-secret': SECRET },
      payload: {},
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await receipt({ data: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { code: string } }>().error.code).toBe('RECEIPT_INVALID');
  });

  it('an "invalid number" answer is a permanent failure, not retried', async () => {
    const id = await queue('+84900000000');
    const now = Date.now() + 1000;
    const router = new DeliveryRouter(providers());
    await deliverDue(t.database.db, router, { now });
    expect(await row(id)).toMatchObject({ status: 'permanent_failure', attempts: 1 });
    expect((await row(id)).last_error).toContain('invalid number');
    const before = requests.length;
    await deliverDue(t.database.db, router, { now: now + 100 * LEASE_MS });
    expect(requests.length).toBe(before);
  });

  it('a gateway answering 503 hands the message to the next provider', async () => {
    gatewayDown = true;
    try {
      const calls: string[] = [];
      const backup: Provider = {
        name: 'backup',
        channels: ['sms'],
        send: (m) => (calls.push(m.id), Promise.resolve<SendResult>({ ok: true })),
      };
      const id = await queue('+84912000009');
      await deliverDue(
        t.database.db,
        new DeliveryRouter([...providers(), { provider: backup, priority: 9 }]),
        {
          now: Date.now() + 1000,
        },
      );
      expect(calls).toEqual([id]);
      expect(await row(id)).toMatchObject({ status: 'sent', provider: 'backup' });
    } finally {
      gatewayDown = false;
    }
  });
});
