/** The appointment API as the portal sees it (types and routes of src/contracts/appointments*.ts). */
import { useQuery } from '@tanstack/react-query';
import { appointmentsApi } from '../../../../src/contracts/appointments-api.js';
import { normalisePhone } from '../../../../src/domain/contact/contact.js';
import { call } from '../../shared/client.js';

export type {
  Appointment as AppointmentView,
  OfferedDay,
  OfferedSlot,
} from '../../../../src/contracts/appointments.js';

export function useBookingOptions(procedure: string) {
  return useQuery({
    queryKey: ['appointment-options', procedure],
    queryFn: () => call(appointmentsApi.options, { query: { procedure } }),
    enabled: procedure !== '',
    retry: false,
  });
}

export function useSlots(unit: string, field: string, from: string | undefined) {
  return useQuery({
    queryKey: ['appointment-slots', unit, field, from],
    queryFn: () => call(appointmentsApi.slots, { query: { unit, field, days: 7, from } }),
    enabled: unit !== '' && field !== '',
  });
}

const WEEKDAYS = ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
/** "Thứ Hai 07/12/2026" */
export function dayName(date: string, weekday?: number): string {
  const wd = weekday ?? ((new Date(date + 'T00:00:00Z').getUTCDay() + 6) % 7) + 1;
  return `${WEEKDAYS[wd]} ${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What is wrong with a phone as typed (the domain's rules for a mobile number), or undefined. */
export function phoneProblem(phone: string): string | undefined {
  if (!phone.trim()) return 'Vui lòng nhập số điện thoại di động.';
  if (normalisePhone(phone)) return undefined;
  return 'Số điện thoại chưa đúng: nhập số di động 10 chữ số, ví dụ 0912 345 678.';
}
