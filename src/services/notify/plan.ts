/**
 * Everything notify() reads before it queues a message, in one statement: the phone's preference, the event's
 * stored templates (every channel: the channel is chosen from the preference read in the same statement), the
 * recipient's non-urgent SMS of the last hour, the unit's daily cap and its non-urgent SMS of the local day (its
 * day counts, kept by the statement that queues each message: enqueue.ts).
 * The decisions (channel, hold) are then made in code by the same rules as before (choice.ts, holds.ts).
 *
 * A plan does not depend on the message's parameters or dedupe key, so a caller that must hold a lock while it
 * writes (a receipt holds its agency's daily counter until the commit) can plan before taking the lock and queue
 * after it with a single insert (`notify(trx, { …, plan })`). Read before the lock, the counts may miss messages
 * queued by concurrent transactions — the same bound holds.ts already accepts (a courtesy limit may be passed by
 * the number of concurrent senders).
 */
import { PREPARED_SQL } from '../../db/prepared.js';
import { sql } from 'kysely';
import {
  defaultTemplate,
  eventClasses,
  type NotifyChannel,
  type NotifyEvent,
} from '../../domain/notify/templates.js';
import { tooLateText } from '../../domain/notify/reasons.js';
import { formatInstant } from '../../domain/calendar/time-zone.js';
import { NOTIFY_TIME_ZONE } from '../../domain/notify/quiet-hours.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { checkAddresses, chooseFrom, type ChannelChoice, type StoredPreference } from './choice.js';
import { DEFAULT_DAILY_SMS_CAP, holdFrom, HOUR_MS, type Hold } from './holds.js';

export interface PlanRequest {
  event: NotifyEvent;
  unitId?: string | null;
  recipient: { phone?: string | null | undefined; email?: string | null | undefined };
  urgent?: boolean;
  notBefore?: Date;
  /** After this instant the message no longer matters (a reminder after the slot): dropped, never sent late. */
  staleAfter?: Date;
  now?: number;
  /** The channel the citizen asks for now, ahead of the stored preference (see chooseFrom). */
  channel?: NotifyChannel;
}

/** What notify() will queue, before the body is rendered: channel, address, template and hold. */
export type NotifyPlan =
  | (ChannelChoice & {
      event: NotifyEvent;
      template: string;
      hold: Hold | null;
      /** Why the message is dropped at once: its hold ends after it stops mattering; null: it is queued. */
      dropped: string | null;
      staleAfter: number | null;
      urgent: boolean;
      now: number;
      notBefore: number;
    })
  | { none: 'opted_out' | 'no_recipient' };

interface PlanRow {
  pref: StoredPreference | null;
  templates: Partial<Record<NotifyChannel, string>> | null;
  last_hour: number | null;
  daily_cap: number | null;
  today: number | null;
}

/**
 * The one read. The SMS counts are only asked for when an SMS may be held (a non-urgent message to a phone); the
 * unit's day is read from its day counts (migration 0016, at most 8 rows), so a busy unit's day does not cost more
 * than a quiet one's.
 */
async function readPlan(db: Reader | Trx, req: PlanRequest, phone: string | null, now: number) {
  const urgent = req.urgent ?? false;
  const counts = phone !== null && !urgent;
  const unitId = counts ? (req.unitId ?? null) : null;
  const localDay = formatInstant(NOTIFY_TIME_ZONE, now).slice(0, 10);
  const at = new Date(now);
  const result = await sql<PlanRow>`
    select
      ${
        phone !== null && !urgent
          ? sql`(select json_build_object('channel', p.channel, 'email', p.email, 'sms_opt_out', p.sms_opt_out)
               from notification_preferences p where p.phone = ${phone})`
          : sql`null::json`
      } as pref,
      (select json_object_agg(t.channel, t.body) from notification_templates t where t.event = ${req.event})
        as templates,
      ${
        counts
          ? sql`(select count(*)::int from notifications n
               where n.recipient = ${phone} and n.channel = 'sms' and not n.urgent
                 and n.status not in ('dropped', 'cancelled')
                 and n.created_at > ${new Date(now - HOUR_MS)} and n.created_at <= ${at})`
          : sql`null::int`
      } as last_hour,
      ${
        unitId
          ? sql`(select c.daily_sms_cap from notification_unit_caps c where c.unit_id = ${unitId})`
          : sql`null::int`
      } as daily_cap,
      ${
        unitId
          ? sql`(select coalesce(sum(d.sms), 0)::int from notification_unit_day_counts d
               where d.unit_id = ${unitId} and d.day = ${localDay}::date)`
          : sql`null::int`
      } as today${PREPARED_SQL}`.execute(db);
  return result.rows[0]!;
}

/** Reads what a message needs (one statement) and decides its channel, template and hold. */
export async function planNotify(db: Reader | Trx, req: PlanRequest): Promise<NotifyPlan> {
  const urgent = req.urgent ?? false;
  const now = req.now ?? Date.now();
  const notBefore = req.notBefore?.getTime() ?? now;
  // A bad phone or email is a 400 before anything is read.
  const addresses = checkAddresses(req.recipient, urgent);
  const row = await readPlan(db, req, addresses.phone, now);
  const choice = chooseFrom(addresses, urgent, row.pref, req.channel);
  if ('none' in choice) return { none: choice.none };
  const template = row.templates?.[choice.channel] ?? defaultTemplate(req.event, choice.channel);
  const hold =
    choice.channel === 'sms' && !urgent
      ? holdFrom({
          eventClass: eventClasses[req.event],
          now,
          notBefore,
          lastHour: row.last_hour ?? 0,
          unit: req.unitId ? { today: row.today ?? 0, cap: row.daily_cap ?? DEFAULT_DAILY_SMS_CAP } : null,
        })
      : null;
  const staleAfter = req.staleAfter?.getTime() ?? null;
  const dropped =
    hold && staleAfter !== null && hold.until >= staleAfter ? tooLateText(req.event, staleAfter, now) : null;
  return {
    channel: choice.channel,
    recipient: choice.recipient,
    event: req.event,
    template,
    hold,
    dropped,
    staleAfter,
    urgent,
    now,
    notBefore,
  };
}
