/**
 * When a non-urgent SMS may go out, decided at enqueue time in the transaction that queues it. A message is held by
 * - quiet hours 21:00–07:00 Vietnam time → not before 07:00;
 * - the recipient's hourly limit (RECIPIENT_SMS_PER_HOUR) → not before an hour later;
 * - the unit's daily cap (notification_unit_caps, default DEFAULT_DAILY_SMS_CAP) → not before 07:00 tomorrow.
 * The two caps hold reminders and courtesy messages only: a transactional event (the class of its template,
 * src/domain/notify/templates.ts — a receipt, a result, a booking's confirmation) is never held by a cap, only by
 * quiet hours. The latest reason wins. A held message whose hold ends after the instant it stops mattering
 * (`staleAfter`) is dropped with that reason rather than sent late (plan.ts). notify() reads the counts in one statement with the preference and templates (plan.ts):
 * the recipient's hour from the messages, the unit's day from its day counts (kept by the statement that queues a
 * message, enqueue.ts). Read in the caller's transaction, before its own message: two transactions racing may each
 * see one message fewer (a limit may be passed by the number of concurrent senders), which is acceptable for a
 * courtesy limit.
 */
import { localDayBounds, quietUntil } from '../../domain/notify/quiet-hours.js';
import { heldText, type HoldCode } from '../../domain/notify/reasons.js';
import type { EventClass } from '../../domain/notify/templates.js';
import type { Trx } from '../../db/transaction.js';
import { withNotify } from '../../db/with-notify.js';

export const RECIPIENT_SMS_PER_HOUR = 5;
export const DEFAULT_DAILY_SMS_CAP = 5000;
export const HOUR_MS = 3_600_000;

export interface Hold {
  until: number;
  code: HoldCode;
  message: string;
}

/** The daily SMS cap of a unit (its own row, else the default). */
export async function unitDailyCap(trx: Trx, unitId: string): Promise<number> {
  const row = await withNotify(trx)
    .selectFrom('notification_unit_caps')
    .select('daily_sms_cap')
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return row?.daily_sms_cap ?? DEFAULT_DAILY_SMS_CAP;
}

export interface HoldFacts {
  /** The event's class: only reminders and courtesy messages are held by the caps. */
  eventClass: EventClass;
  now: number;
  /** The instant the caller asked for (default now). */
  notBefore: number;
  /** The recipient's non-urgent SMS queued in the hour up to now. */
  lastHour: number;
  /** The unit's non-urgent SMS queued today up to now (at least up to its cap), and its cap; null: no unit. */
  unit: { today: number; cap: number } | null;
}

/** Why and until when a non-urgent SMS waits, from the counts read (plan.ts); null: it does not. */
export function holdFrom(f: HoldFacts): Hold | null {
  const holds: Omit<Hold, 'message'>[] = [];
  const quiet = quietUntil(f.notBefore);
  if (quiet !== null) holds.push({ until: quiet, code: 'QUIET_HOURS' });
  const capped = f.eventClass !== 'transactional';
  if (capped && f.lastHour >= RECIPIENT_SMS_PER_HOUR) {
    holds.push({ until: f.now + HOUR_MS, code: 'RECIPIENT_RATE_LIMIT' });
  }
  if (capped && f.unit && f.unit.today >= f.unit.cap) {
    holds.push({ until: localDayBounds(f.now).nextMorning, code: 'UNIT_DAILY_CAP' });
  }
  const later = holds.filter((h) => h.until > f.notBefore);
  if (!later.length) return null;
  const hold = later.reduce((a, b) => (b.until > a.until ? b : a));
  const limit = hold.code === 'UNIT_DAILY_CAP' ? f.unit!.cap : RECIPIENT_SMS_PER_HOUR;
  return { ...hold, message: heldText(hold.code, hold.until, f.now, limit) };
}
