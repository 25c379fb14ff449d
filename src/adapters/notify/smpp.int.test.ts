/**
 * SMS over SMPP 3.4 against a local SMSC, through the outbox on a real database: a send records the SMSC's message
 * id and its delivery receipt makes the message delivered (or permanently failed for UNDELIV); a destination the
 * SMSC refuses is a permanent failure, never retried; an SMSC that is down hands the message to the next one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/db.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { enqueueNotification } from '../../services/outbox/enqueue.js';
import { deliverDue, LEASE_MS } from '../../services/outbox/outbox.js';
import { ReceiptSink } from '../../services/outbox/receipts.js';
import { DeliveryRouter } from '../../services/outbox/router.js';
import { startLocalSmsc, type LocalSmsc } from './local-smsc.js';
import { smppProvider } from './smpp-provider.js';

let h: DatabaseHandle;
let smsc: LocalSmsc;
let backupSmsc: LocalSmsc;
beforeAll(async () => {
  h = await openTestDatabase();
  smsc = await startLocalSmsc({
    statusFor: (to) => (to === '84900000000' ? 0x0b : 0),
    receiptFor: (to) => (to === '84911111111' ? 'UNDELIV' : 'DELIVRD'),
  });
  backupSmsc = await startLocalSmsc({ systemId: 'backup', password: 'pw2' });
});
afterAll(async () => {
  await smsc.close();
  await backupSmsc.close();
  await h.close();
});

let n = 0;
const queue = (recipient: string, body = 'Hồ sơ 000.00.01.H56-261203-0001 đã được tiếp nhận.') =>
  h.db.transaction().execute((trx) =>
    enqueueNotification(trx, {
      dedupeKey: `smpp:${++n}`,
      event: 'dossier_received',
      channel: 'sms',
      recipient,
      body,
    }),
  );
const row = (id: string) =>
  h.db
    .selectFrom('notifications')
    .select(['status', 'attempts', 'provider', 'provider_ref', 'receipt_state', 'delivered_at', 'last_error'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('SMPP provider', () => {
  it('sends, keeps the SMSC message id, and the delivery receipt marks the message delivered', async () => {
    const provider = smppProvider({
      url: smsc.url,
      systemId: 'motcua',
      password: 'secret',
      sourceAddr: 'UBND-TINH',
    });
    const sink = new ReceiptSink(h.db, (e) => {
      throw e;
    });
    provider.onReceipt!(sink.push);
    try {
      const ok = await queue('+84912345678');
      const undelivered = await queue('+84911111111');
      const long = await queue('+84987654321', 'Thông báo '.repeat(30));
      const r = await deliverDue(h.db, [provider], { now: Date.now() + 1000 });
      expect(r).toMatchObject({ sent: 3, failed: 0 });
      const sent = smsc.accepted.find((a) => a.to === '84912345678')!;
      expect(sent.text).toBe('Ho so 000.00.01.H56-261203-0001 da duoc tiep nhan.');
      expect(smsc.accepted.find((a) => a.to === '84987654321')!.text).toHaveLength(300);
      await expect
        .poll(async () => {
          await sink.flush();
          return (await row(ok)).status;
        })
        .toBe('delivered');
      expect(await row(ok)).toMatchObject({
        provider: 'smpp',
        provider_ref: sent.id,
        receipt_state: 'DELIVRD',
      });
      expect((await row(ok)).delivered_at).not.toBeNull();
      await expect
        .poll(async () => {
          await sink.flush();
          return (await row(undelivered)).status;
        })
        .toBe('permanent_failure');
      expect(await row(undelivered)).toMatchObject({ receipt_state: 'UNDELIV', delivered_at: null });
      await expect.poll(async () => (await row(long)).status).toBe('delivered');
    } finally {
      await provider.close!();
    }
  });

  it('a destination the SMSC refuses is a permanent failure and is never sent again', async () => {
    const provider = smppProvider({
      url: smsc.url,
      systemId: 'motcua',
      password: 'secret',
      sourceAddr: '8085',
    });
    try {
      const id = await queue('+84900000000');
      const now = Date.now() + 1000;
      await deliverDue(h.db, [provider], { now });
      expect(await row(id)).toMatchObject({
        status: 'permanent_failure',
        attempts: 1,
        last_error: 'SMSC status 0xb',
      });
      const r = await deliverDue(h.db, [provider], { now: now + 100 * LEASE_MS });
      expect(r.claimed).toBe(0);
      expect((await row(id)).attempts).toBe(1);
    } finally {
      await provider.close!();
    }
  });

  it('fails over to the next SMSC when the first is down or refuses the bind', async () => {
    const dead = await startLocalSmsc();
    const deadUrl = dead.url;
    await dead.close();
    const router = new DeliveryRouter([
      {
        provider: smppProvider({
          name: 'down',
          url: deadUrl,
          systemId: 'motcua',
          password: 'secret',
          sourceAddr: 'X',
        }),
      },
      {
        provider: smppProvider({
          name: 'badpw',
          url: smsc.url,
          systemId: 'motcua',
          password: 'wrong',
          sourceAddr: 'X',
        }),
      },
      {
        provider: smppProvider({
          name: 'backup',
          url: backupSmsc.url,
          systemId: 'backup',
          password: 'pw2',
          sourceAddr: 'X',
        }),
      },
    ]);
    try {
      const id = await queue('+84912000001');
      expect(await deliverDue(h.db, router, { now: Date.now() + 1000 })).toMatchObject({ sent: 1 });
      expect(await row(id)).toMatchObject({ status: 'sent', provider: 'backup' });
      expect(backupSmsc.accepted.map((a) => a.to)).toContain('84912000001');
      expect(smsc.accepted.map((a) => a.to)).not.toContain('84912000001');
    } finally {
      await router.close();
    }
  });

  it('binds again after the SMSC dropped the connection', async () => {
    const provider = smppProvider({ url: smsc.url, systemId: 'motcua', password: 'secret', sourceAddr: 'X' });
    try {
      const first = await queue('+84912000002');
      await deliverDue(h.db, [provider], { now: Date.now() + 1000 });
      expect((await row(first)).status).not.toBe('created');
      for (const s of smsc.sessions()) s.destroy();
      await expect.poll(() => smsc.sessions().length).toBe(0);
      const second = await queue('+84912000003');
      const now = Date.now() + 1000;
      await deliverDue(h.db, [provider], { now });
      await deliverDue(h.db, [provider], { now: now + 3_600_000 });
      expect(['sent', 'delivered']).toContain((await row(second)).status);
    } finally {
      await provider.close!();
    }
  });
});
