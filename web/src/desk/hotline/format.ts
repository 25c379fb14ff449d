/** How the hotline pages write times, durations, numbers and statuses (vi-VN, Vietnam's time zone). */
import type { CallStatus, ScreenPop } from '../../../../src/domain/hotline/views.js';

const TZ = 'Asia/Ho_Chi_Minh';
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TZ,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
const numberFormat = new Intl.NumberFormat('vi-VN');
const percentFormat = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });

export const dateTime = (iso: string | null) => (iso ? dateTimeFormat.format(new Date(iso)) : '—');
export const timeOf = (iso: string) => timeFormat.format(new Date(iso));
/** yyyy-mm-dd → dd/mm, as Vietnamese officers write a day of this year. */
export const shortDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}`;
export const count = (n: number) => numberFormat.format(n);
export const percent = (rate: number | null) => (rate === null ? '—' : percentFormat.format(rate));

export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} giây`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} phút ${s % 60} giây` : `${m} phút`;
}

/** Today (offset in days) in Vietnam, yyyy-mm-dd. */
export function vnDay(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
}

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
