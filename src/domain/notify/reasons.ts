/**
 * Why a message waits or was not sent, in the words the notification administration shows ("Giữ lại đến 07:00
 * (giờ yên tĩnh)"). The outbox keeps the reason in `last_error` as `CODE: text`; the codes are stable, the text is
 * for people. Pure; shared by the hold rules, the worker and the administration API.
 */
import { formatInstant } from '../calendar/time-zone.js';
import { NOTIFY_TIME_ZONE } from './quiet-hours.js';

export type HoldCode = 'QUIET_HOURS' | 'RECIPIENT_RATE_LIMIT' | 'UNIT_DAILY_CAP';
/** A message not sent on purpose: it would reach the citizen too late to matter. */
export const TOO_LATE = 'TOO_LATE';
const reasonCodes = ['QUIET_HOURS', 'RECIPIENT_RATE_LIMIT', 'UNIT_DAILY_CAP', TOO_LATE] as const;

/** "07:00", or "07:00 08/12" when the instant is not on the local day of `now`. */
export function shortTime(ms: number, now: number): string {
  const at = formatInstant(NOTIFY_TIME_ZONE, ms);
  const time = at.slice(11, 16);
  if (at.slice(0, 10) === formatInstant(NOTIFY_TIME_ZONE, now).slice(0, 10)) return time;
  return `${time} ${at.slice(8, 10)}/${at.slice(5, 7)}`;
}

/** "Giữ lại đến 07:00 (giờ yên tĩnh 21:00–07:00)"; `limit`: the hourly limit or the unit's daily cap. */
export function heldText(code: HoldCode, until: number, now: number, limit: number): string {
  const why: Record<HoldCode, string> = {
    QUIET_HOURS: 'giờ yên tĩnh 21:00–07:00',
    RECIPIENT_RATE_LIMIT: `quá ${limit} tin/giờ tới số này`,
    UNIT_DAILY_CAP: `đơn vị đã dùng hết hạn mức ${limit} tin nhắn trong ngày`,
  };
  return `Giữ lại đến ${shortTime(until, now)} (${why[code]})`;
}

/** Why a message is dropped: what it was for is already past. */
export function tooLateText(event: string, staleAfter: number, now: number): string {
  if (event === 'ticket_near') return 'Không gửi: số thứ tự đã được gọi, tin báo sắp đến lượt không còn cần.';
  if (event === 'appointment_reminder') {
    return `Không gửi: tin nhắc sẽ đến sau giờ hẹn ${shortTime(staleAfter, now)}.`;
  }
  return `Không gửi: tin sẽ đến sau ${shortTime(staleAfter, now)}, quá muộn để còn cần.`;
}

/** The reason a message waits or was not sent, for people; null when there is none (e.g. a provider's error). */
export function messageReason(status: string, lastError: string | null): string | null {
  if (status === 'cancelled') return 'Đã hủy: lịch hẹn đã đổi hoặc hủy.';
  if (!lastError || !['created', 'dropped'].includes(status)) return null;
  const code = reasonCodes.find((c) => lastError.startsWith(`${c}: `));
  return code ? lastError.slice(code.length + 2) : null;
}
