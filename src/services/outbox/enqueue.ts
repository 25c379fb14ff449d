/**
 * Queues a notification in the caller's transaction, so a message exists if and only if the event that caused it
 * was committed. Delivery is outbox.ts's `deliverDue`.
 *
 * The recipient is checked here: a bad phone or email is a 400 when the message is created, not a message that
 * fails later. Citizen-facing policy (templates, preferences, quiet hours, rate limits, daily caps) is applied by
 * `notify` in src/services/notify/notify.ts, which calls this with the instant a held message waits for.
 */
import type { NotificationChannel } from '../../db/tables/outbox.js';
import { checkRecipient } from '../../domain/notify/recipients.js';
import { stripDiacritics } from '../../domain/notify/sms-text.js';
import type { Trx } from '../org/context.js';
import { withNotify } from '../notify/db.js';

export interface NewNotification {
  /** Idempotency: the same event for the same recipient on the same channel is queued once. */
  dedupeKey: string;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  body: string;
  urgent?: boolean;
  dossierId?: string | null;
  /** The unit the message is counted against (daily SMS cap). */
  unitId?: string | null;
  /** Not sent before this instant (e.g. an appointment reminder); default now. */
  notBefore?: Date;
  /** Why the message waits until notBefore (kept in last_error until it is sent). */
  heldBecause?: string | null;
  /** The instant of creation (tests with a fixed clock); default the database's now(). */
  now?: number;
}

/** The row a message is inserted as (recipient checked, SMS body without diacritics); pure. */
export function notificationValues(n: NewNotification) {
  const recipient = checkRecipient(n.channel, n.recipient);
  const body = n.channel === 'sms' ? stripDiacritics(n.body) : n.body;
  return {
    dedupe_key: n.dedupeKey,
    event: n.event,
    channel: n.channel,
    recipient,
    body,
    urgent: n.urgent ?? false,
    dossier_id: n.dossierId ?? null,
    unit_id: n.unitId ?? null,
    last_error: n.heldBecause ?? null,
    ...(n.now !== undefined ? { created_at: new Date(n.now) } : {}),
    ...(n.notBefore ? { next_attempt_at: n.notBefore } : {}),
  };
}

/** Queues a message in the caller's transaction; SMS bodies lose their diacritics. Returns its id (new or not). */
export async function enqueueNotification(trx: Trx, n: NewNotification): Promise<string> {
  const db = withNotify(trx);
  const inserted = await db
    .insertInto('notifications')
    .values(notificationValues(n))
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
