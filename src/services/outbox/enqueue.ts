/**
 * Queues a notification in the caller's transaction, so a message exists if and only if the event that caused it
 * was committed. Delivery is outbox.ts's `deliverDue`.
 */
import type { NotificationChannel } from '../../db/tables/outbox.js';
import { stripDiacritics } from '../../domain/notify/sms-text.js';
import type { Trx } from '../org/context.js';

export interface NewNotification {
  /** Idempotency: the same event for the same recipient on the same channel is queued once. */
  dedupeKey: string;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  body: string;
  urgent?: boolean;
  dossierId?: string | null;
  /** Not sent before this instant (e.g. an appointment reminder); default now. */
  notBefore?: Date;
}

/** Queues a message in the caller's transaction; SMS bodies lose their diacritics. Returns its id (new or not). */
export async function enqueueNotification(trx: Trx, n: NewNotification): Promise<string> {
  const body = n.channel === 'sms' ? stripDiacritics(n.body) : n.body;
  const inserted = await trx
    .insertInto('notifications')
    .values({
      dedupe_key: n.dedupeKey,
      event: n.event,
      channel: n.channel,
      recipient: n.recipient,
      body,
      urgent: n.urgent ?? false,
      dossier_id: n.dossierId ?? null,
      ...(n.notBefore ? { next_attempt_at: n.notBefore } : {}),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await trx
    .selectFrom('notifications')
    .select('id')
    .where('dedupe_key', '=', n.dedupeKey)
    .executeTakeFirstOrThrow();
  return existing.id;
}
