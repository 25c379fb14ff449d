/**
 * The notification outbox's delivery side (messages are queued by `enqueueNotification` in enqueue.ts, in the
 * transaction of the event that causes them). `deliverDue` claims due messages in one statement with
 * FOR UPDATE SKIP LOCKED (several workers never take the same one), leases them for LEASE_MS while sending
 * (a worker killed mid-send leaves the message to be claimed again when the lease ends, so it is never lost),
 * sends them several at a time through the provider router (priorities, failover, breakers, rate limits:
 * router.ts) — each with a "sending" mark committed just before its provider is called — and records the outcome: sent (in groups, then any receipt that came first is applied),
 * a temporary failure retried with exponential backoff up to MAX_ATTEMPTS (then technical failure), a permanent
 * failure (the message's fault: invalid number, refused mailbox), never retried, or a technical failure when no
 * provider serves the channel. A message still unsent when it stops mattering (`stale_after`) is dropped with its
 * reason instead.
 */
import { sql } from 'kysely';
import type { OutgoingMessage, Provider } from '../../adapters/notify/provider.js';
import type { Reader } from '../../db/transaction.js';
import { TOO_LATE, tooLateText } from '../../domain/notify/reasons.js';
import { GroupWriter } from './group-write.js';
import { applyStoredReceipts } from './receipts.js';
import { DeliveryRouter } from './router.js';

export const MAX_ATTEMPTS = 6;
export const LEASE_MS = 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 3_600_000;

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
  /** How long claimed messages are leased (default LEASE_MS; NOTIFY_LEASE_SECONDS). */
  leaseMs?: number;
  /** Real time, to tell how long the batch has been sending (tests pass a fake). */
  clock?: () => number;
}

type Claimed = OutgoingMessage & { attempts: number; staleAfter: Date | null; inDoubt: boolean };

/**
 * Leases up to `batch` due messages. A leased message that comes back after its lease ran out with a "sending" mark
 * was handed to a provider by a worker that died before recording the outcome: it is in doubt (sent again, since
 * a lost receipt is worse than a duplicate). Without the mark it never left, and sending it is no duplicate.
 */
async function claim(db: Reader, now: number, batch: number, leaseMs: number): Promise<Claimed[]> {
  const { rows } = await sql<{
    id: string;
    channel: Claimed['channel'];
    recipient: string;
    body: string;
    event: string;
    attempts: number;
    stale_after: Date | null;
    in_doubt: boolean;
  }>`
    with due as (
      select id, send_started_at is not null as in_doubt from notifications
       -- 'sending' with a lease that ran out: the worker that held it died.
       where status in ('created', 'temporary_failure', 'sending') and next_attempt_at <= ${new Date(now)}
       order by next_attempt_at
       limit ${batch}
       for update skip locked)
    update notifications n
       set status = 'sending', attempts = n.attempts + 1, next_attempt_at = ${new Date(now + leaseMs)},
           send_started_at = null
      from due
     where n.id = due.id
    returning n.id, n.channel, n.recipient, n.body, n.event, n.attempts, n.stale_after, due.in_doubt`.execute(
    db,
  );
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    recipient: r.recipient,
    body: r.body,
    event: r.event,
    attempts: r.attempts,
    staleAfter: r.stale_after,
    inDoubt: r.in_doubt,
  }));
}

/** Drops leased messages that no longer matter (a reminder after its slot), each with its reason. */
async function dropStale(db: Reader, stale: Claimed[], now: number): Promise<void> {
  for (const m of stale) {
    const reason = `${TOO_LATE}: ${tooLateText(m.event ?? '', m.staleAfter!.getTime(), now)}`;
    await db
      .updateTable('notifications')
      .set({ status: 'dropped', last_error: reason })
      .where('id', '=', m.id)
      .where('status', '=', 'sending')
      .execute();
  }
}

async function markSending(db: Reader, ids: string[]): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ send_started_at: sql`now()` })
    .where('id', 'in', ids)
    .where('status', '=', 'sending')
    .execute();
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
 * How many messages to lease at once: no more than the slowest channel's providers can take within half the lease
 * (their rate limits), so that a rate-limited batch is not leased for longer than it can be sent.
 */
export function claimSize(router: DeliveryRouter, batch: number, leaseMs = LEASE_MS): number {
  const channels = [...new Set(router.providers.flatMap((p) => p.channels))];
  const rate = Math.min(...channels.map((c) => router.ratePerSecond(c)));
  if (!Number.isFinite(rate)) return batch;
  return Math.max(1, Math.min(batch, Math.floor((rate * leaseMs) / 2 / 1000)));
}

/**
 * Claims up to `batch` due messages (fewer when the providers' rate limits could not send them within half the
 * lease) and sends them, `concurrency` at a time, through the router (or a plain list of providers, tried in
 * order). Before each provider call the message's "sending" mark is committed, and each send is recorded as soon as
 * the previous write is done (group commit), so that a crash leaves in doubt only the messages in flight and those
 * of one write. Returns how many were sent and failed, how many claimed and how many of those were in doubt.
 */
export async function deliverDue(
  db: Reader,
  providers: readonly Provider[] | DeliveryRouter,
  opts: DeliverOptions = {},
): Promise<{ sent: number; failed: number; claimed: number; inDoubt: number; dropped: number }> {
  const now = opts.now ?? Date.now();
  const router = providers instanceof DeliveryRouter ? providers : new DeliveryRouter(providers);
  const leaseMs = opts.leaseMs ?? LEASE_MS;
  const all = await claim(db, now, claimSize(router, opts.batch ?? 200, leaseMs), leaseMs);
  const stale = all.filter((m) => m.staleAfter !== null && m.staleAfter.getTime() <= now);
  await dropStale(db, stale, now);
  const claimed = all.filter((m) => !stale.includes(m));
  const clock = opts.clock ?? Date.now;
  const startedAt = clock();
  let sent = 0;
  let failed = 0;
  const marks = new GroupWriter<string>((ids) => markSending(db, ids));
  const records = new GroupWriter<{ id: string; provider: string; ref: string | null }>((s) =>
    recordSent(db, s),
  );
  const recorded: Promise<void>[] = [];
  const unsent: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const m = claimed[next++]!;
      // A slow batch (rate limits, timeouts) must not outlive its lease: what is left goes back to the queue.
      if (clock() - startedAt > leaseMs / 2) {
        unsent.push(m.id);
        continue;
      }
      let marked = false;
      const { result, provider } = await router.send(m, async () => {
        if (marked) return;
        marked = true;
        await marks.add(m.id);
      });
      if (result.ok) {
        sent += 1;
        recorded.push(records.add({ id: m.id, provider: provider!, ref: result.providerRef ?? null }));
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
          send_started_at: null,
          last_error: result.error.slice(0, 1000),
          next_attempt_at: new Date(now + backoffMs(m.attempts)),
        })
        .where('id', '=', m.id)
        .where('status', '=', 'sending')
        .execute();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 50) }, lane));
  await Promise.all(recorded);
  if (unsent.length) {
    await db
      .updateTable('notifications')
      .set({ next_attempt_at: new Date(now + (clock() - startedAt)), attempts: sql`attempts - 1` })
      .where('id', 'in', unsent)
      .where('status', '=', 'sending')
      .execute();
  }
  return {
    sent,
    failed,
    claimed: all.length,
    inDoubt: all.filter((m) => m.inDoubt).length,
    dropped: stale.length,
  };
}
