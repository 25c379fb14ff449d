/**
 * Dates, times, names and phone numbers as the official forms word them, in Vietnam's time zone (the dates and
 * times are the shared Vietnamese formats of src/domain/format, under the names the forms use).
 */
/** "05/03/2026", "08:30 05/03/2026", "08 giờ 30 phút, ngày 05/03/2026", "ngày 05 tháng 03 năm 2026". */
export {
  formatDate as vnDate,
  formatTimeDate as vnDateTime,
  formatTimeWords as vnDateTimeWords,
  formatDateWords as vnDateWords,
} from '../../../domain/format/format.js';

/** "Ông/Bà Lê Thị Hoa". */
export const mrMrs = (name: string) => `Ông/Bà ${name}`;

/** "+84912345678" → "0912 345 678" (other values unchanged). */
export function displayPhone(phone: string): string {
  const m = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return m ? `0${m[1]} ${m[2]} ${m[3]}` : phone;
}
