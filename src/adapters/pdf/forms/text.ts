/**
 * Dates, times, names and phone numbers as the official forms word them, in Vietnam's time zone.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

function parts(iso: string | Date) {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const p = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? '';
  return {
    day: get('day'),
    month: get('month'),
    year: get('year'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** "05/03/2026" in Vietnam's time zone. */
export function vnDate(iso: string | Date): string {
  const p = parts(iso);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "08:30 05/03/2026" in Vietnam's time zone. */
export function vnDateTime(iso: string | Date): string {
  const p = parts(iso);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** "08 giờ 30 phút, ngày 05/03/2026", as the forms word a time. */
export function vnDateTimeWords(iso: string | Date): string {
  const p = parts(iso);
  return `${p.hour} giờ ${p.minute} phút, ngày ${p.day}/${p.month}/${p.year}`;
}

/** "ngày 05 tháng 03 năm 2026". */
export function vnDateWords(iso: string | Date): string {
  const p = parts(iso);
  return `ngày ${p.day} tháng ${p.month} năm ${p.year}`;
}

/** "Ông/Bà Lê Thị Hoa". */
export const mrMrs = (name: string) => `Ông/Bà ${name}`;

/** "+84912345678" → "0912 345 678" (other values unchanged). */
export function displayPhone(phone: string): string {
  const m = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return m ? `0${m[1]} ${m[2]} ${m[3]}` : phone;
}
