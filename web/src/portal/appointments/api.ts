/** The appointment API as the portal sees it (types of src/http/appointments/schemas.ts). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api.js';

export interface OfferedSlot {
  date: string;
  start: string;
  end: string;
  startsAt: string;
  kind: 'regular' | 'extra' | 'special';
  label: string | null;
  placesLeft: number;
}
export interface OfferedDay {
  date: string;
  weekday: number;
  noAppointment: boolean;
  closed: string | null;
  slots: OfferedSlot[];
}
export interface Availability {
  unit: { agencyId: string; name: string };
  field: { code: string; name: string };
  today: string;
  lastDate: string;
  settings: { slotMinutes: number; capacity: number };
  days: OfferedDay[];
}
export interface BookingOptions {
  procedure: { code: string; name: string; field: { code: string; name: string } };
  units: { agencyId: string; name: string }[];
}
export interface AppointmentView {
  code: string;
  displayCode: string;
  status: 'booked' | 'cancelled' | 'arrived';
  unit: { agencyId: string; name: string };
  field: { code: string; name: string };
  procedure: { code: string; name: string };
  date: string;
  start: string;
  end: string;
  startsAt: string;
  fullName: string;
  phoneEnding: string;
  reschedules: number;
}

export function useBookingOptions(procedure: string) {
  return useQuery({
    queryKey: ['appointment-options', procedure],
    queryFn: () =>
      api<BookingOptions>(`/api/appointments/options?procedure=${encodeURIComponent(procedure)}`),
    enabled: procedure !== '',
    retry: false,
  });
}

export function useSlots(unit: string, field: string, from: string | undefined) {
  const qs = new URLSearchParams({ unit, field, days: '7', ...(from ? { from } : {}) });
  return useQuery({
    queryKey: ['appointment-slots', unit, field, from],
    queryFn: () => api<Availability>(`/api/appointments/slots?${qs.toString()}`),
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

/** What is wrong with a phone as typed, or undefined. */
export function phoneProblem(phone: string): string | undefined {
  const compact = phone.replace(/[\s.\-()]/g, '');
  if (!compact) return 'Vui lòng nhập số điện thoại di động.';
  if (/^(?:\+84|0084|84|0)[35789][0-9]{8}$/.test(compact)) return undefined;
  return 'Số điện thoại chưa đúng: nhập số di động 10 chữ số, ví dụ 0912 345 678.';
}
