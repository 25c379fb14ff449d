/**
 * What a citizen is told about an appointment (confirmation, move, reminder, cancellation): the values the
 * notification templates fill in — code, when, where, the documents to bring from the procedure's checklist, the
 * page to manage it. The reminder is held until the day before (or a few hours before a booking made late).
 */
import { MS_PER_HOUR } from '../calendar/time-zone.js';
import type { TemplateParams } from '../notify/templates.js';
import { displayBookingCode } from './code.js';

export interface AppointmentFacts {
  code: string;
  unitName: string;
  fieldName: string;
  procedureName: string;
  /** dd/mm/yyyy */
  date: string;
  start: string;
  end: string;
  publicUrl?: string | undefined;
}

/** The template values of an appointment's messages (see src/domain/notify/templates.ts). */
export function appointmentParams(f: AppointmentFacts, documents = ''): TemplateParams {
  return {
    maLichHen: displayBookingCode(f.code),
    thoiGian: `${f.start}-${f.end} ngày ${f.date}`,
    diaDiem: f.unitName,
    thuTuc: f.procedureName,
    giayTo: documents,
    lienKet: f.publicUrl ? `${f.publicUrl}/dat-lich/${f.code}` : '',
  };
}

/**
 * When the reminder is sent: 24 hours before the slot; a few (3) hours before when the booking is made later than
 * that; none when the slot is closer than that (the confirmation has just said it all).
 */
export function reminderAt(startsAt: number, now: number): number | undefined {
  const dayBefore = startsAt - 24 * MS_PER_HOUR;
  if (dayBefore > now) return dayBefore;
  const hoursBefore = startsAt - 3 * MS_PER_HOUR;
  return hoursBefore > now ? hoursBefore : undefined;
}
