/**
 * When a non-urgent SMS may go out, decided at enqueue time in the transaction that queues it. A message is held
 * (never dropped) by
 * - quiet hours 21:00–07:00 Vietnam time → not before 07:00;
 * - the recipient's hourly limit (RECIPIENT_SMS_PER_HOUR) → not before an hour later;
 * - the unit's daily cap (notification_unit_caps, default DEFAULT_DAILY_SMS_CAP) → not before 07:00 tomorrow.
 * The latest reason wins. The counts are read in the caller's transaction: two transactions racing may each see
 * one message fewer (a limit may be passed by the number of concurrent senders), which is acceptable for a
 * courtesy limit.
 */
import { localDayBounds, quietUntil } from '../../domain/notify/quiet-hours.js';
import type { Trx } from '../org/context.js';
import { withNotify } from './db.js';

export const RECIPIENT_SMS_PER_HOUR = 5;
export const DEFAULT_DAILY_SMS_CAP = 5000;
const HOUR_MS = 3_600_000;

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

/** Why and until when a non-urgent SMS to `recipient` queued at `now` for `notBefore` waits; null: it does not. */
export async function smsHold(
  trx: Trx,
  recipient: string,
  unitId: string | null,
  now: number,
  notBefore: number,
): Promise<Hold | null> {
  const db = withNotify(trx);
  const holds: Hold[] = [];
  const quiet = quietUntil(notBefore);
  if (quiet !== null) {
    holds.push({
      until: quiet,
      code: 'QUIET_HOURS',
      message: 'Giờ yên lặng 21:00–07:00: chờ gửi lúc 07:00.',
    });
  }
  const lastHour = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('recipient', '=', recipient)
    .where('channel', '=', 'sms')
    .where('urgent', '=', false)
    .where('created_at', '>', new Date(now - HOUR_MS))
    .where('created_at', '<=', new Date(now))
    .executeTakeFirstOrThrow();
  if (Number(lastHour.n) >= RECIPIENT_SMS_PER_HOUR) {
    holds.push({
      until: now + HOUR_MS,
      code: 'RECIPIENT_RATE_LIMIT',
      message: `Quá ${RECIPIENT_SMS_PER_HOUR} tin/giờ tới số này: chờ gửi sau 1 giờ.`,
    });
  }
  if (unitId) {
    const cap = await unitDailyCap(trx, unitId);
    const { start, nextMorning } = localDayBounds(now);
    const today = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('unit_id', '=', unitId)
      .where('channel', '=', 'sms')
      .where('urgent', '=', false)
      .where('created_at', '>=', new Date(start))
      .where('created_at', '<=', new Date(now))
      .executeTakeFirstOrThrow();
    if (Number(today.n) >= cap) {
      holds.push({
        until: nextMorning,
        code: 'UNIT_DAILY_CAP',
        message: `Đơn vị đã dùng hết hạn mức ${cap} tin nhắn trong ngày: chờ gửi lúc 07:00 ngày mai.`,
      });
    }
  }
  const later = holds.filter((h) => h.until > notBefore);
  if (!later.length) return null;
  return later.reduce((a, b) => (b.until > a.until ? b : a));
}
