/**
 * The notification outbox's worker (src/services/outbox/outbox.ts's `deliverDue`) as a job: every two seconds,
 * again at once while it finds full batches (a backlog). Several instances may run it at once: messages are
 * claimed with FOR UPDATE SKIP LOCKED and leased, so no two workers take the same one.
 *
 * In the server, delivery goes through the configured providers (priority order, limits) behind one router, and
 * receipts pushed by providers (SMPP) are recorded in batches; when the server stops, the current run ends, the
 * receipts waiting are recorded and the providers' connections are closed.
 */
import type { Kysely } from 'kysely';
import type { Provider } from '../adapters/notify/provider.js';
import { buildProviders } from '../adapters/notify/index.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { claimSize, deliverDue, type DeliverOptions } from '../services/outbox/outbox.js';
import { ReceiptSink } from '../services/outbox/receipts.js';
import { DeliveryRouter } from '../services/outbox/router.js';
import type { Job, JobLog } from './job.js';

export const DELIVERY_EVERY_MS = 2_000;

export interface WorkerOptions extends Omit<DeliverOptions, 'now'> {
  /** Pause between two runs when the last one found nothing (or less than a full batch) to send. */
  intervalMs: number;
}

type Delivered = Awaited<ReturnType<typeof deliverDue>>;

/** The outbox worker sending through `providers` (a router, or a plain list tried in order). */
export function outboxWorkerJob(
  providers: readonly Provider[] | DeliveryRouter,
  opts: WorkerOptions,
): Job<Delivered> {
  const router = providers instanceof DeliveryRouter ? providers : new DeliveryRouter(providers);
  const batch = claimSize(router, opts.batch ?? 200, opts.leaseMs);
  return {
    name: 'notification delivery',
    every: opts.intervalMs,
    oneAtATime: { lock: 'none', because: 'messages are claimed with FOR UPDATE SKIP LOCKED and leased' },
    run: (db) => deliverDue(db, router, opts),
    next: (r) => (r.claimed >= batch ? 0 : opts.intervalMs),
  };
}

/** The server's delivery: the providers of NOTIFY_PROVIDERS behind one router, their receipts recorded. */
export function deliveryJob(
  db: Kysely<Database>,
  config: Pick<Config, 'notify' | 'messagesFile'>,
  log: JobLog,
): Job<Delivered> {
  const n = config.notify;
  const router = new DeliveryRouter(buildProviders(n, config.messagesFile), {
    breakerFailures: n.breakerFailures,
    coolDownMs: n.breakerCoolDownMs,
  });
  const sink = new ReceiptSink(db, (err) => log.error({ err }, 'notification delivery failed'));
  for (const p of router.providers) p.onReceipt?.(sink.push);
  const worker = outboxWorkerJob(router, {
    intervalMs: DELIVERY_EVERY_MS,
    batch: n.workerBatch,
    concurrency: n.workerConcurrency,
    leaseMs: n.leaseMs,
  });
  return {
    ...worker,
    async stop() {
      await sink.flush();
      await router.close();
    },
  };
}
