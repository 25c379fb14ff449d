/**
 * Queues a notification in the caller's transaction, so a message exists if and only if the event that caused it
 * was committed. Delivery is outbox.ts's `deliverDue`.
 *
 * The recipient is checked here: a bad phone or email is a 400 when the message is created, not a message that
 * fails later. Citizen-facing policy (templates, preferences, quiet hours, rate limits, daily caps) is applied by
 * `notify` in src/services/notify/notify.ts, which calls this with the instant a held message waits for.
 */
import { sql, type OnConflictBuilder } from 'kysely';
import type { NotificationChannel } from '../../db/tables/outbox.js';
import { NOTIFY_TIME_ZONE } from '../../domain/notify/quiet-hours.js';
import { checkRecipient } from '../../domain/notify/recipients.js';
import { stripDiacritics } from '../../domain/notify/sms-text.js';
import type { Trx } from '../../db/transaction.js';
import { withNotify, type NotifyDatabase } from '../../db/with-notify.js';

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
  /** Why the message waits until notBefore (kept in last_error until it is sent), or why it is dropped. */
  heldBecause?: string | null;
  /** Not to be sent at all (status 'dropped', the reason in heldBecause): it would come too late to matter. */
  dropped?: boolean;
  /** Still unsent at this instant, the message is dropped by the worker instead of sent (too late to matter). */
  staleAfter?: Date | null;
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
    stale_after: n.staleAfter ?? null,
    ...(n.dropped ? { status: 'dropped' as const } : {}),
    ...(n.now !== undefined ? { created_at: new Date(n.now) } : {}),
    ...(n.notBefore ? { next_attempt_at: n.notBefore } : {}),
  };
}

/** The shards of a unit's daily SMS count (migration 0016): a message adds 1 to one of them, at random. */
export const DAY_COUNT_SHARDS = 8;

/**
 * The rows counting a message just inserted (CTE `inserted`, returning channel, urgent, unit_id, created_at and
 * status) against its unit's local day: one when it is a non-urgent SMS of a unit that is not dropped, none
 * otherwise. Inserted into
 * notification_unit_day_counts with `countOnConflict`.
 */
export function dayCountRows(inserted: string) {
  const shard = Math.floor(Math.random() * DAY_COUNT_SHARDS);
  return sql`select i.unit_id, (i.created_at at time zone ${NOTIFY_TIME_ZONE}::text)::date, ${shard}::smallint, 1
    from ${sql.table(inserted)} i
    where i.channel = 'sms' and not i.urgent and i.unit_id is not null and i.status <> 'dropped'`;
}

export const dayCountColumns = ['unit_id', 'day', 'shard', 'sms'] as const;

export const countOnConflict = (oc: OnConflictBuilder<NotifyDatabase, 'notification_unit_day_counts'>) =>
  oc.columns(['unit_id', 'day', 'shard']).doUpdateSet((eb) => ({
    sms: eb('notification_unit_day_counts.sms', '+', 1),
  }));

/** Queues a message in the caller's transaction; SMS bodies lose their diacritics. Returns its id (new or not). */
export async function enqueueNotification(trx: Trx, n: NewNotification): Promise<string> {
  const db = withNotify(trx);
  const inserted = await db
    .with('ins', (q) =>
      q
        .insertInto('notifications')
        .values(notificationValues(n))
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning(['id', 'channel', 'urgent', 'unit_id', 'created_at', 'status']),
    )
    .with('day_count', (q) =>
      q
        .insertInto('notification_unit_day_counts')
        .columns(dayCountColumns)
        .expression(dayCountRows('ins'))
        .onConflict(countOnConflict),
    )
    .selectFrom('ins')
    .select('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const existing = await trx
    .selectFrom('notifications')
    .select('id')
    .where('dedupe_key', '=', n.dedupeKey)
    .executeTakeFirstOrThrow();
  return existing.id;
}
