/**
 * The notification outbox's delivery side (messages are queued by `enqueueNotification` in enqueue.ts, in the
 * transaction of the event that causes them). `deliverDue` claims due messages with
 * FOR UPDATE SKIP LOCKED (several workers never take the same one), leases them for LEASE_MS while sending
 * (a worker killed mid-send leaves the message to be claimed again when the lease ends), and records the outcome:
 * sent, a temporary failure retried with exponential backoff up to MAX_ATTEMPTS, or a permanent failure.
 */
import { sql } from 'kysely';
import type { Provider } from '../../adapters/notify/provider.js';
import type { Reader } from '../org/context.js';

export const MAX_ATTEMPTS = 6;
export const LEASE_MS = 60_000;
const BASE_BACKOFF_MS = 30_000;

/** Delay before attempt `attempts + 1` after a temporary failure: 30 s, 1 min, 2 min, … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Claims up to `batch` due messages and sends each through the first provider that serves its channel.
 * Returns how many were sent and how many failed.
 */
export async function deliverDue(
  db: Reader,
  providers: readonly Provider[],
  opts: { now?: number; batch?: number } = {},
): Promise<{ sent: number; failed: number }> {
  const now = opts.now ?? Date.now();
  const claimed = await db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('notifications')
      .select(['id', 'channel', 'recipient', 'body', 'attempts'])
      .where((eb) =>
        eb.or([
          eb('status', 'in', ['created', 'temporary_failure']),
          eb('status', '=', 'sending'), // a lease that ran out: the worker that held it died
        ]),
      )
      .where('next_attempt_at', '<=', new Date(now))
      .orderBy('next_attempt_at')
      .limit(opts.batch ?? 20)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    await trx
      .updateTable('notifications')
      .set({
        status: 'sending',
        attempts: sql`attempts + 1`,
        next_attempt_at: new Date(now + LEASE_MS),
      })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .execute();
    return due.map((d) => ({ ...d, attempts: d.attempts + 1 }));
  });
  let sent = 0;
  let failed = 0;
  for (const m of claimed) {
    const provider = providers.find((p) => p.channels.includes(m.channel));
    const result = provider
      ? await provider.send(m).catch((e: unknown) => ({
          ok: false as const,
          permanent: false,
          error: e instanceof Error ? e.message : String(e),
        }))
      : { ok: false as const, permanent: true, error: `no provider for ${m.channel}` };
    if (result.ok) {
      sent += 1;
      await db
        .updateTable('notifications')
        .set({ status: 'sent', provider: provider!.name, sent_at: new Date(), last_error: null })
        .where('id', '=', m.id)
        .execute();
      continue;
    }
    failed += 1;
    const giveUp = result.permanent || m.attempts >= MAX_ATTEMPTS;
    await db
      .updateTable('notifications')
      .set({
        status: result.permanent ? 'permanent_failure' : giveUp ? 'technical_failure' : 'temporary_failure',
        provider: provider?.name ?? null,
        last_error: result.error.slice(0, 1000),
        next_attempt_at: new Date(now + backoffMs(m.attempts)),
      })
      .where('id', '=', m.id)
      .execute();
  }
  return { sent, failed };
}

/** Runs `deliverDue` every `intervalMs` until stopped; one run at a time. */
export function startOutboxWorker(
  db: Reader,
  providers: readonly Provider[],
  intervalMs: number,
  onError: (e: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = deliverDue(db, providers).catch(onError);
  };
  const timer = setInterval(() => {
    if (!stopped) void running.then(tick);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
