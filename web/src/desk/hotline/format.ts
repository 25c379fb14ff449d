/**
 * How the hotline pages write times, durations, numbers and statuses: the shared Vietnamese formats
 * (src/domain/format), under the short names these pages use, and the hotline's own labels.
 */
import {
  formatDayMonth,
  formatDuration,
  formatNumber,
  formatPercent,
  formatTime,
  formatTimeDate,
  vietnamDay,
} from '../../../../src/domain/format/format.js';
import type { CallStatus, ScreenPop } from '../../../../src/domain/hotline/views.js';

export const dateTime = (iso: string | null) => formatTimeDate(iso);
export const timeOf = (iso: string) => formatTime(iso);
/** yyyy-mm-dd → dd/mm, as Vietnamese officers write a day of this year. */
export const shortDay = (day: string) => formatDayMonth(day);
export const count = (n: number) => formatNumber(n);
export const percent = (rate: number | null) => formatPercent(rate);
export const duration = (seconds: number | null) => formatDuration(seconds);
/** Today (offset in days) in Vietnam, yyyy-mm-dd. */
export const vnDay = (offset = 0) => vietnamDay(offset);

export const callStatusLabels: Record<CallStatus, string> = {
  ringing: 'Đang đổ chuông',
  answered: 'Tổng đài đang nghe',
  transferred: 'Đã chuyển chuyên viên',
  ended: 'Đã kết thúc',
  missed: 'Gọi nhỡ',
};

/** Tag class per status: the shared staff tag colours pass the contrast rule. */
export const callStatusTag: Record<CallStatus, string | undefined> = {
  ringing: 'tag-bad',
  answered: undefined,
  transferred: undefined,
  ended: 'tag-ok',
  missed: 'tag-bad',
};

const elsewhereKinds = [
  ['dossiers', 'hồ sơ'],
  ['appointments', 'lịch hẹn'],
  ['tickets', 'số thứ tự'],
  ['calls', 'cuộc gọi'],
] as const;

/** "2 hồ sơ, 1 cuộc gọi tại đơn vị khác": what the screen-pop may say of the caller's records elsewhere; null: none. */
export function elsewhereText(elsewhere: ScreenPop['elsewhere']): string | null {
  const parts = elsewhereKinds
    .filter(([k]) => elsewhere[k] > 0)
    .map(([k, label]) => `${count(elsewhere[k])} ${label}`);
  return parts.length ? `${parts.join(', ')} tại đơn vị khác` : null;
}
