/**
 * `npm run bench -- outbox-sms [--messages N] [--workers W]`: SMS through the outbox to a local SMPP server.
 * N messages (default 20 000) are queued with `enqueueNotification` in a fresh PostgreSQL database, then W worker
 * processes (default 2), each with its own pool and SMPP bind, run the outbox worker until every message is sent;
 * the SMSC answers each submit_sm and then sends its delivery receipt, which the workers record. Reported: SMS/s
 * from the workers' start to the last message sent, and to the last receipt recorded; the ceiling is the same
 * SMSC fed directly by the SMPP provider (no database), with the same number of messages in flight.
 * Needs BENCH_DATABASE_URL (or TEST_DATABASE_URL). Figures: docs/PERFORMANCE.md.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { kyselyOnPostgres } from '../src/db/connection.js';
import { startLocalSmsc } from '../src/adapters/notify/local-smsc.js';
import { smppProvider } from '../src/adapters/notify/smpp-provider.js';
import { enqueueNotification } from '../src/services/outbox/enqueue.js';
import { ReceiptSink } from '../src/services/outbox/receipts.js';
import { startJobs } from '../src/jobs/job.js';
import { outboxWorkerJob } from '../src/jobs/outbox.js';
import { arg, freshDatabase, header, serverVersion } from './pg-bench.js';

const BATCH = 200;
const CONCURRENCY = 100;

interface WorkerJob {
  databaseUrl: string;
  smscUrl: string;
}

/** A worker process: the outbox worker with one SMPP provider, until told to stop. */
function worker() {
  process.once('message', (job: WorkerJob) => {
    const database = kyselyOnPostgres(job.databaseUrl, 4);
    const provider = smppProvider({
      url: job.smscUrl,
      systemId: 'motcua',
      password: 'secret',
      sourceAddr: 'MOTCUA',
    });
    const sink = new ReceiptSink(database.db, (e) => console.error(e));
    provider.onReceipt!(sink.push);
    const w = startJobs(
      database.db,
      [outboxWorkerJob([provider], { intervalMs: 20, batch: BATCH, concurrency: CONCURRENCY })],
      { info: () => {}, error: (o) => console.error(o) },
    );
    process.send!('ready');
    process.once('message', () => {
      void (async () => {
        await w.stop();
        await sink.flush();
        await provider.close!();
        await database.close();
        process.exit(0);
      })();
    });
  });
}

async function ceiling(smscUrl: string, messages: number): Promise<number> {
  const provider = smppProvider({
    url: smscUrl,
    systemId: 'motcua',
    password: 'secret',
    sourceAddr: 'MOTCUA',
  });
  await provider.send({ id: 'warm', channel: 'sms', recipient: '+84900000001', body: 'warm-up' });
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < messages) {
      const i = next++;
      const r = await provider.send({
        id: String(i),
        channel: 'sms',
        recipient: '+84912345678',
        body: body(i),
      });
      if (!r.ok) throw new Error(r.error);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY * 2 }, lane));
  const rate = messages / ((performance.now() - started) / 1000);
  await provider.close!();
  return rate;
}

const body = (i: number) =>
  `Ho so 000.00.01.H56-261203-${String(i).padStart(5, '0')} da duoc tiep nhan. Hen tra 10/12/2026.`;

async function main() {
  const messages = Number(arg('--messages') ?? 20_000);
  const workers = Number(arg('--workers') ?? 2);
  const smsc = await startLocalSmsc({ record: false });
  const bench = await freshDatabase(4);
  const { db } = bench.database;
  try {
    console.log(
      header(`outbox-sms: ${messages} SMS, ${workers} workers`, await serverVersion(bench.database)),
    );
    let t = performance.now();
    for (let start = 0; start < messages; start += 500) {
      await db.transaction().execute(async (trx) => {
        for (let i = start; i < Math.min(messages, start + 500); i++) {
          await enqueueNotification(trx, {
            dedupeKey: `bench:${i}`,
            event: 'dossier_received',
            channel: 'sms',
            recipient: `+849${String(10_000_000 + i).slice(-8)}`,
            body: body(i),
          });
        }
      });
    }
    console.log(`queued ${messages} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const base = new URL(process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL!);
    base.pathname = `/${bench.name}`;
    const children = Array.from({ length: workers }, () =>
      fork(fileURLToPath(import.meta.url), ['--worker']),
    );
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((resolve) => {
            c.once('message', () => resolve());
            c.send({ databaseUrl: base.toString(), smscUrl: smsc.url } satisfies WorkerJob);
          }),
      ),
    );
    t = performance.now();
    let sentAt = 0;
    let deliveredAt = 0;
    for (;;) {
      const { rows } = await sql<{ sent: string; delivered: string }>`
        select count(*) filter (where status in ('sent', 'delivered')) as sent,
               count(*) filter (where status = 'delivered') as delivered
          from notifications where dedupe_key like 'bench:%'`.execute(db);
      const sent = Number(rows[0]!.sent);
      const delivered = Number(rows[0]!.delivered);
      if (!sentAt && sent >= messages) sentAt = performance.now();
      if (delivered >= messages) {
        deliveredAt = performance.now();
        break;
      }
      if (performance.now() - t > 300_000) throw new Error(`timed out: ${sent} sent, ${delivered} delivered`);
      await new Promise((r) => setTimeout(r, 50));
    }
    await Promise.all(
      children.map((c) => new Promise<void>((resolve) => (c.once('exit', () => resolve()), c.send('stop')))),
    );
    const { rows } = await sql<{ attempts: string; failed: string }>`
      select sum(attempts) as attempts, count(*) filter (where status not in ('sent', 'delivered')) as failed
        from notifications where dedupe_key like 'bench:%'`.execute(db);
    const sendSecs = (sentAt - t) / 1000;
    const deliverSecs = (deliveredAt - t) / 1000;
    console.log(
      `through the outbox: ${(messages / sendSecs).toFixed(0)} SMS/s sent (${sendSecs.toFixed(1)} s), ` +
        `${(messages / deliverSecs).toFixed(0)} SMS/s with receipts recorded (${deliverSecs.toFixed(1)} s); ` +
        `attempts ${rows[0]!.attempts} for ${messages} messages, not sent ${rows[0]!.failed}`,
    );
    console.log(`ceiling (same SMSC fed directly): ${(await ceiling(smsc.url, messages)).toFixed(0)} SMS/s`);
  } finally {
    await bench.drop();
    await smsc.close();
  }
}

if (process.argv[2] === '--worker') worker();
else await main();
