/**
 * The notification outbox's delivery side (messages are queued by `enqueueNotification` in enqueue.ts, in the
 * transaction of the event that causes them). `deliverDue` claims due messages in one statement with
 * FOR UPDATE SKIP LOCKED (several workers never take the same one), leases them for LEASE_MS while sending
 * (a worker killed mid-send leaves the message to be claimed again when the lease ends, so it is never lost),
 * sends them several at a time through the provider router (priorities, failover, breakers, rate limits:
 * router.ts), and records the outcome: sent (in batches, then any receipt that came first is applied),
 * a temporary failure retried with exponential backoff up to MAX_ATTEMPTS (then technical failure), a permanent
 * failure (the message's fault: invalid number, refused mailbox), never retried, or a technical failure when no
 * provider serves the channel.
 */
import { sql } from 'kysely';
import type { OutgoingMessage, Provider } from '../../adapters/notify/provider.js';
import type { Reader } from '../org/context.js';
import { applyStoredReceipts } from './receipts.js';
import { DeliveryRouter } from './router.js';

export const MAX_ATTEMPTS = 6;
export const LEASE_MS = 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;
/** Sends recorded together in one statement. */
const RECORD_BATCH = 100;

/** Delay before attempt `attempts + 1` after a temporary failure: 30 s, 1 min, 2 min, … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export interface DeliverOptions {
  /** The instant used for due times, leases and backoff (tests fix it). */
  now?: number;
  /** Messages claimed at once (default 200). */
  batch?: number;
  /** Messages in flight at once (default 50). */
  concurrency?: number;
  /** Real time, to tell how long the batch has been sending (tests pass a fake). */
  clock?: () => number;
}

type Claimed = OutgoingMessage & { attempts: number };

async function claim(db: Reader, now: number, batch: number): Promise<Claimed[]> {
  const rows = await db
    .updateTable('notifications')
    .set({ status: 'sending', attempts: sql`attempts + 1`, next_attempt_at: new Date(now + LEASE_MS) })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('notifications')
        .select('id')
        // 'sending' with a lease that ran out: the worker that held it died.
        .where('status', 'in', ['created', 'temporary_failure', 'sending'])
        .where('next_attempt_at', '<=', new Date(now))
        .orderBy('next_attempt_at')
        .limit(batch)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'channel', 'recipient', 'body', 'event', 'attempts'])
    .execute();
  return rows;
}

async function recordSent(db: Reader, sent: { id: string; provider: string; ref: string | null }[]) {
  if (sent.length === 0) return;
  const values = sql.join(sent.map((s) => sql`(${s.id}, ${s.provider}, ${s.ref})`));
  await sql`
    update notifications n
       set status = 'sent', provider = v.provider, provider_ref = v.ref, sent_at = now(), last_error = null
      from (values ${values}) as v(id, provider, ref)
     where n.id = v.id::uuid and n.status = 'sending'`.execute(db);
  await applyStoredReceipts(
    db,
    sent.filter((s) => s.ref !== null).map((s) => s.id),
  );
}

/**
 * Claims up to `batch` due messages and sends them, `concurrency` at a time, through the router (or a plain list
 * of providers, tried in order). Returns how many were sent and how many failed.
 */
export async function deliverDue(
  db: Reader,
  providers: readonly Provider[] | DeliveryRouter,
  opts: DeliverOptions = {},
): Promise<{ sent: number; failed: number; claimed: number }> {
  const now = opts.now ?? Date.now();
  const router = providers instanceof DeliveryRouter ? providers : new DeliveryRouter(providers);
  const claimed = await claim(db, now, opts.batch ?? 200);
  const clock = opts.clock ?? Date.now;
  const startedAt = clock();
  let sent = 0;
  let failed = 0;
  let pending: { id: string; provider: string; ref: string | null }[] = [];
  const writes: Promise<void>[] = [];
  const flush = () => {
    const chunk = pending;
    pending = [];
    writes.push(recordSent(db, chunk));
  };
  const unsent: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const m = claimed[next++]!;
      // A slow batch (rate limits, timeouts) must not outlive its lease: what is left goes back to the queue.
      if (clock() - startedAt > LEASE_MS / 2) {
        unsent.push(m.id);
        continue;
      }
      const { result, provider } = await router.send(m);
      if (result.ok) {
        sent += 1;
        pending.push({ id: m.id, provider: provider!, ref: result.providerRef ?? null });
        if (pending.length >= RECORD_BATCH) flush();
        continue;
      }
      failed += 1;
      // No provider serves the channel: our configuration's fault, not the message's (technical failure).
      const status =
        provider === null
          ? 'technical_failure'
          : result.permanent
            ? 'permanent_failure'
            : m.attempts >= MAX_ATTEMPTS
              ? 'technical_failure'
              : 'temporary_failure';
      await db
        .updateTable('notifications')
        .set({
          status,
          provider,
          last_error: result.error.slice(0, 1000),
          next_attempt_at: new Date(now + backoffMs(m.attempts)),
        })
        .where('id', '=', m.id)
        .where('status', '=', 'sending')
        .execute();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 50) }, lane));
  flush();
  await Promise.all(writes);
  if (unsent.length) {
    await db
      .updateTable('notifications')
      .set({ next_attempt_at: new Date(now + (clock() - startedAt)), attempts: sql`attempts - 1` })
      .where('id', 'in', unsent)
      .where('status', '=', 'sending')
      .execute();
  }
  return { sent, failed, claimed: claimed.length };
}

export interface WorkerOptions extends Omit<DeliverOptions, 'now'> {
  /** Pause between two runs when the last one found nothing (or less than a full batch) to send. */
  intervalMs: number;
}

/**
 * Runs `deliverDue` until stopped: again at once while it finds full batches (a backlog), otherwise after
 * `intervalMs`. One run at a time per worker; several workers (processes) share the queue safely.
 */
export function startOutboxWorker(
  db: Reader,
  providers: readonly Provider[] | DeliveryRouter,
  options: number | WorkerOptions,
  onError: (e: unknown) => void,
): { stop(): Promise<void> } {
  const opts: WorkerOptions = typeof options === 'number' ? { intervalMs: options } : options;
  const batch = opts.batch ?? 200;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = deliverDue(db, providers, opts)
      .then((r) => r.claimed >= batch)
      .catch((e: unknown) => {
        onError(e);
        return false;
      })
      .then((more) => {
        if (stopped) return;
        timer = setTimeout(run, more ? 0 : opts.intervalMs);
        timer.unref();
      });
  };
  timer = setTimeout(run, opts.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
