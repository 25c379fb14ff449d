/**
 * The outbox on a real database: queued in the caller's transaction, idempotent by dedupe key, delivered once,
 * retried with backoff after a temporary failure, never retried after a permanent one, and picked up again when
 * the worker that claimed it died mid-send — in doubt only when a provider had been called — recorded as soon as it
 * is sent, leased no more than the rate limit can send, and dropped when it no longer matters.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { fileProvider, readFileMessages } from '../../adapters/notify/file-provider.js';
import type { Provider, SendResult } from '../../adapters/notify/provider.js';
import { enqueueNotification } from './enqueue.js';
import { backoffMs, claimSize, deliverDue, LEASE_MS, MAX_ATTEMPTS } from './outbox.js';
import { DeliveryRouter } from './router.js';
import { recordReceipts } from './receipts.js';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(() => h.close());

let n = 0;
const queue = (extra: Partial<Parameters<typeof enqueueNotification>[1]> = {}) =>
  h.db.transaction().execute((trx) =>
    enqueueNotification(trx, {
      dedupeKey: `test:${++n}`,
      event: 'dossier_received',
      channel: 'sms',
      recipient: '+84912345678',
      body: 'Hồ sơ của ông/bà đã được tiếp nhận.',
      ...extra,
    }),
  );
const statusOf = (id: string) =>
  h.db
    .selectFrom('notifications')
    .select(['status', 'attempts', 'next_attempt_at', 'last_error', 'provider', 'body'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const scripted = (results: SendResult[]): Provider & { calls: string[] } => {
  const calls: string[] = [];
  return {
    name: 'scripted',
    channels: ['sms'],
    calls,
    send(m) {
      calls.push(m.id);
      return Promise.resolve(results.shift() ?? { ok: true });
    },
  };
};

describe('outbox', () => {
  it('queues once per dedupe key, strips diacritics from SMS, and is rolled back with its transaction', async () => {
    const a = await queue({ dedupeKey: 'same' });
    const b = await queue({ dedupeKey: 'same', body: 'khác' });
    expect(b).toBe(a);
    expect((await statusOf(a)).body).toBe('Ho so cua ong/ba da duoc tiep nhan.');
    await expect(
      h.db.transaction().execute(async (trx) => {
        await enqueueNotification(trx, {
          dedupeKey: 'rolled-back',
          event: 'x',
          channel: 'sms',
          recipient: '+84912345678',
          body: 'x',
        });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    const gone = await h.db
      .selectFrom('notifications')
      .select('id')
      .where('dedupe_key', '=', 'rolled-back')
      .execute();
    expect(gone).toEqual([]);
  });

  it('delivers through the file provider, once', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-outbox-')), 'messages.jsonl');
    const id = await queue();
    const now = Date.now() + 1000;
    const first = await deliverDue(h.db, [fileProvider(file)], { now, batch: 1000 });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect((await statusOf(id)).status).toBe('sent');
    expect(readFileMessages(file).filter((m) => m.id === id)).toHaveLength(1);
    await deliverDue(h.db, [fileProvider(file)], { now: now + 10 * LEASE_MS, batch: 1000 });
    expect(readFileMessages(file).filter((m) => m.id === id)).toHaveLength(1);
  });

  it('retries a temporary failure with backoff, and gives up after the last attempt', async () => {
    const id = await queue();
    let now = Date.now() + 1000;
    const failing = scripted(
      Array.from({ length: MAX_ATTEMPTS }, () => ({ ok: false, permanent: false, error: 'timeout' })),
    );
    await deliverDue(h.db, [failing], { now, batch: 1000 });
    let s = await statusOf(id);
    expect(s).toMatchObject({ status: 'temporary_failure', attempts: 1, last_error: 'timeout' });
    expect(new Date(s.next_attempt_at).getTime()).toBe(now + backoffMs(1));
    // Not due yet: nothing is sent.
    const early = failing.calls.length;
    await deliverDue(h.db, [failing], { now: now + backoffMs(1) - 1, batch: 1000 });
    expect(failing.calls.length).toBe(early);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now = new Date((await statusOf(id)).next_attempt_at).getTime();
      await deliverDue(h.db, [failing], { now, batch: 1000 });
    }
    s = await statusOf(id);
    expect(s).toMatchObject({ status: 'technical_failure', attempts: MAX_ATTEMPTS });
    await deliverDue(h.db, [failing], { now: now + 10 * 3_600_000, batch: 1000 });
    expect((await statusOf(id)).attempts).toBe(MAX_ATTEMPTS);
  });

  it('never retries a permanent failure', async () => {
    const id = await queue({ recipient: '+84900000000' });
    const now = Date.now() + 1000;
    const provider = scripted([{ ok: false, permanent: true, error: 'invalid number' }]);
    await deliverDue(h.db, [provider], { now, batch: 1000 });
    expect(await statusOf(id)).toMatchObject({ status: 'permanent_failure', attempts: 1 });
    await deliverDue(h.db, [provider], { now: now + 10 * 3_600_000, batch: 1000 });
    expect(provider.calls.filter((c) => c === id)).toHaveLength(1);
  });

  it('sends again a message whose worker died mid-send, once its lease has run out', async () => {
    const id = await queue();
    const now = Date.now() + 1000;
    // A worker claims it and dies before recording the outcome.
    const dying: Provider = {
      name: 'dying',
      channels: ['sms'],
      send: () => new Promise<SendResult>(() => {}),
    };
    void deliverDue(h.db, [dying], { now, batch: 1000 });
    await expect.poll(async () => (await statusOf(id)).status).toBe('sending');
    const survivor = scripted([]);
    await deliverDue(h.db, [survivor], { now: now + LEASE_MS - 1, batch: 1000 });
    expect(survivor.calls).not.toContain(id);
    await deliverDue(h.db, [survivor], { now: now + LEASE_MS, batch: 1000 });
    expect(survivor.calls).toContain(id);
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 2, provider: 'scripted' });
  });

  it('two workers at once never take the same message, and send every one', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 60; i++) ids.add(await queue({ dedupeKey: `pair:${i}` }));
    const now = Date.now() + 1000;
    const a = scripted([]);
    const b = scripted([]);
    await Promise.all([
      deliverDue(h.db, [a], { now, batch: 7, concurrency: 3 }),
      deliverDue(h.db, [b], { now, batch: 7, concurrency: 3 }),
      deliverDue(h.db, [a], { now, batch: 7, concurrency: 3 }),
      deliverDue(h.db, [b], { now, batch: 7, concurrency: 3 }),
    ]);
    for (let round = 0; round < 20; round++) {
      const [ra, rb] = await Promise.all([
        deliverDue(h.db, [a], { now, batch: 7, concurrency: 3 }),
        deliverDue(h.db, [b], { now, batch: 7, concurrency: 3 }),
      ]);
      if (ra.claimed + rb.claimed === 0) break;
    }
    const all = [...a.calls, ...b.calls].filter((c) => ids.has(c));
    expect(all).toHaveLength(ids.size);
    expect(new Set(all).size).toBe(ids.size);
  });

  it('a receipt that arrives before the send is recorded is applied when it is', async () => {
    const id = await queue();
    await recordReceipts(h.db, [
      { provider: 'scripted', providerRef: `early-${id}`, status: 'delivered', state: 'DELIVRD' },
    ]);
    const provider = scripted([{ ok: true, providerRef: `early-${id}` }]);
    await deliverDue(h.db, [provider], { now: Date.now() + 1000, batch: 1000 });
    const row = await h.db
      .selectFrom('notifications')
      .select(['status', 'provider_ref', 'receipt_state', 'delivered_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'delivered', provider_ref: `early-${id}`, receipt_state: 'DELIVRD' });
    expect(row.delivered_at).not.toBeNull();
  });

  it('a channel no provider serves is a technical failure, not retried', async () => {
    const id = await queue({ channel: 'email', recipient: 'cong.dan@example.vn' });
    const now = Date.now() + 1000;
    await deliverDue(h.db, [scripted([])], { now, batch: 1000 });
    expect(await statusOf(id)).toMatchObject({ status: 'technical_failure', attempts: 1, provider: null });
    await deliverDue(h.db, [scripted([])], { now: now + 10 * 3_600_000, batch: 1000 });
    expect((await statusOf(id)).attempts).toBe(1);
  });

  it('a batch that has been sending for half its lease puts the rest back in the queue, unsent', async () => {
    const ids = [await queue(), await queue(), await queue()];
    const now = Date.now() + 1000;
    let elapsed = 0;
    const slow: Provider & { calls: string[] } = {
      name: 'slow',
      channels: ['sms'],
      calls: [],
      send(m) {
        this.calls.push(m.id);
        elapsed += LEASE_MS / 2 + 1; // this send took more than half the lease
        return Promise.resolve({ ok: true });
      },
    };
    const r = await deliverDue(h.db, [slow], { now, batch: 1000, concurrency: 1, clock: () => elapsed });
    expect(r.sent).toBe(1);
    const rows = await Promise.all(ids.map(statusOf));
    const sentOne = rows.filter((x) => x.status === 'sent');
    const back = rows.filter((x) => x.status === 'sending');
    expect(sentOne).toHaveLength(1);
    expect(back).toHaveLength(2);
    for (const b of back) {
      expect(b.attempts).toBe(0);
      expect(new Date(b.next_attempt_at).getTime()).toBe(now + LEASE_MS / 2 + 1);
    }
    // They are claimed again at once (not after the lease), and sent.
    const again = scripted([]);
    await deliverDue(h.db, [again], { now: now + LEASE_MS / 2 + 1, batch: 1000 });
    expect(again.calls.filter((c) => ids.includes(c))).toHaveLength(2);
  });

  it('a worker killed mid-send leaves in doubt only what it handed to a provider; the rest was never sent', async () => {
    const ids = [await queue(), await queue(), await queue()];
    const now = Date.now() + 1000;
    // The provider is called for the first message and never answers; the process dies there, so the other two
    // were leased but never handed over.
    const hanging: Provider & { calls: string[] } = {
      name: 'hanging',
      channels: ['sms'],
      calls: [],
      send(m) {
        this.calls.push(m.id);
        return new Promise<SendResult>(() => {});
      },
    };
    void deliverDue(h.db, [hanging], { now, batch: 1000, concurrency: 1 });
    await expect.poll(() => hanging.calls.length).toBe(1);
    const marks = await h.db
      .selectFrom('notifications')
      .select(['id', 'send_started_at', 'status'])
      .where('id', 'in', ids)
      .execute();
    expect(marks.filter((m) => m.send_started_at !== null).map((m) => m.id)).toEqual(hanging.calls);
    expect(marks.every((m) => m.status === 'sending')).toBe(true);
    const survivor = scripted([]);
    const r = await deliverDue(h.db, [survivor], { now: now + LEASE_MS, batch: 1000 });
    expect(r.inDoubt).toBe(1);
    expect(survivor.calls).toEqual(expect.arrayContaining(ids));
    const after = await h.db
      .selectFrom('notifications')
      .select(['status', 'send_started_at'])
      .where('id', 'in', ids)
      .execute();
    expect(after.every((a) => a.status === 'sent' && a.send_started_at !== null)).toBe(true);
  });

  it('records each send as soon as it is made, not at the end of the batch', async () => {
    const ids = [await queue(), await queue()];
    const now = Date.now() + 1000;
    let sends = 0;
    // The first message goes; the second never gets an answer (the process would die here).
    const half: Provider = {
      name: 'half',
      channels: ['sms'],
      send: () => (++sends === 1 ? Promise.resolve({ ok: true }) : new Promise<SendResult>(() => {})),
    };
    void deliverDue(h.db, [half], { now, batch: 1000, concurrency: 1 });
    await expect
      .poll(async () => (await Promise.all(ids.map(statusOf))).map((r) => r.status))
      .toEqual(['sent', 'sending']);
  });

  it('leases no more than the rate limit can send within half the lease', async () => {
    const provider = scripted([]);
    const sleep = () => Promise.resolve();
    expect(claimSize(new DeliveryRouter([{ provider, ratePerSecond: 2 }], { sleep }), 200)).toBe(60);
    expect(claimSize(new DeliveryRouter([{ provider, ratePerSecond: 20 }], { sleep }), 200)).toBe(200);
    expect(claimSize(new DeliveryRouter([provider]), 200)).toBe(200);
    const ids = [await queue(), await queue(), await queue()];
    const slow = new DeliveryRouter([{ provider, ratePerSecond: 1 / 30 }], { sleep });
    const r = await deliverDue(h.db, slow, { now: Date.now() + 1000, batch: 1000 });
    expect(r.claimed).toBe(1);
    expect(provider.calls.filter((c) => ids.includes(c))).toHaveLength(1);
  });

  it('drops a message still unsent after it stopped mattering, with the reason, instead of sending it', async () => {
    const now = Date.now() + 1000;
    const slot = now - 60_000;
    const id = await queue({ event: 'appointment_reminder', staleAfter: new Date(slot) });
    const fresh = await queue({ event: 'appointment_reminder', staleAfter: new Date(now + 3_600_000) });
    const provider = scripted([]);
    const r = await deliverDue(h.db, [provider], { now, batch: 1000 });
    expect(r.dropped).toBeGreaterThanOrEqual(1);
    expect(provider.calls).not.toContain(id);
    expect(provider.calls).toContain(fresh);
    const row = await statusOf(id);
    expect(row.status).toBe('dropped');
    expect(row.last_error).toMatch(/^TOO_LATE: Không gửi: tin nhắc sẽ đến sau giờ hẹn \d\d:\d\d/);
  });
});
