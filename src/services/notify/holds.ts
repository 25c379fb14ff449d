/**
 * When a non-urgent SMS may go out, decided at enqueue time in the transaction that queues it. A message is held
 * (never dropped) by
 * - quiet hours 21:00–07:00 Vietnam time → not before 07:00;
 * - the recipient's hourly limit (RECIPIENT_SMS_PER_HOUR) → not before an hour later;
 * - the unit's daily cap (notification_unit_caps, default DEFAULT_DAILY_SMS_CAP) → not before 07:00 tomorrow.
 * The latest reason wins. notify() reads the counts in one statement with the preference and templates (plan.ts):
 * the recipient's hour from the messages, the unit's day from its day counts (kept by the statement that queues a
 * message, enqueue.ts). Read in the caller's transaction, before its own message: two transactions racing may each
 * see one message fewer (a limit may be passed by the number of concurrent senders), which is acceptable for a
 * courtesy limit.
 */
import { localDayBounds, quietUntil } from '../../domain/notify/quiet-hours.js';
import type { Trx } from '../org/context.js';
import { withNotify } from './db.js';

export const RECIPIENT_SMS_PER_HOUR = 5;
export const DEFAULT_DAILY_SMS_CAP = 5000;
export const HOUR_MS = 3_600_000;

export interface Hold {
  until: number;
  code: 'QUIET_HOURS' | 'RECIPIENT_RATE_LIMIT' | 'UNIT_DAILY_CAP';
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
  const holds: Hold[] = [];
  const quiet = quietUntil(f.notBefore);
  if (quiet !== null) {
    holds.push({
      until: quiet,
      code: 'QUIET_HOURS',
      message: 'Giờ yên lặng 21:00–07:00: chờ gửi lúc 07:00.',
    });
  }
  if (f.lastHour >= RECIPIENT_SMS_PER_HOUR) {
    holds.push({
      until: f.now + HOUR_MS,
      code: 'RECIPIENT_RATE_LIMIT',
      message: `Quá ${RECIPIENT_SMS_PER_HOUR} tin/giờ tới số này: chờ gửi sau 1 giờ.`,
    });
  }
  if (f.unit && f.unit.today >= f.unit.cap) {
    holds.push({
      until: localDayBounds(f.now).nextMorning,
      code: 'UNIT_DAILY_CAP',
      message: `Đơn vị đã dùng hết hạn mức ${f.unit.cap} tin nhắn trong ngày: chờ gửi lúc 07:00 ngày mai.`,
    });
  }
  const later = holds.filter((h) => h.until > f.notBefore);
  if (!later.length) return null;
  return later.reduce((a, b) => (b.until > a.until ? b : a));
}
