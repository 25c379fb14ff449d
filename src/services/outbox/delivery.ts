/**
 * Notification delivery inside the server: the configured providers (priority order, limits) behind one router,
 * receipts pushed by providers (SMPP) recorded in batches, and the outbox worker. `stop` finishes the current run,
 * records the receipts waiting and closes the providers' connections.
 */
import type { Config } from '../../config.js';
import { buildProviders } from '../../adapters/notify/index.js';
import type { Reader } from '../../db/transaction.js';
import { startOutboxWorker } from './outbox.js';
import { ReceiptSink } from './receipts.js';
import { DeliveryRouter } from './router.js';

export function startDelivery(
  db: Reader,
  config: Pick<Config, 'notify' | 'messagesFile'>,
  onError: (e: unknown) => void,
  intervalMs = 2_000,
): { router: DeliveryRouter; stop(): Promise<void> } {
  const n = config.notify;
  const router = new DeliveryRouter(buildProviders(n, config.messagesFile), {
    breakerFailures: n.breakerFailures,
    coolDownMs: n.breakerCoolDownMs,
  });
  const sink = new ReceiptSink(db, onError);
  for (const p of router.providers) p.onReceipt?.(sink.push);
  const worker = startOutboxWorker(
    db,
    router,
    { intervalMs, batch: n.workerBatch, concurrency: n.workerConcurrency, leaseMs: n.leaseMs },
    onError,
  );
  return {
    router,
    async stop() {
      await worker.stop();
      await sink.flush();
      await router.close();
    },
  };
}
