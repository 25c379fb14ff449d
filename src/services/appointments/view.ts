/**
 * What an appointment looks like to the citizen who booked it and to the desk: never the phone in full to the
 * desk list (its last digits only), the code as people read it.
 */
import type { Selectable } from 'kysely';
import type { AppointmentsTable, AppointmentStatus } from '../../db/tables/appointments.js';
import { displayBookingCode } from '../../domain/appointments/code.js';
import { formatInstant } from '../../domain/calendar/time-zone.js';
import type { Reader } from '../../db/transaction.js';
import { fieldName } from '../service-hours/service-hours.js';

export type AppointmentRow = Selectable<AppointmentsTable>;

export interface AppointmentView {
  code: string;
  displayCode: string;
  status: AppointmentStatus;
  unit: { agencyId: string; name: string };
  field: { code: string; name: string };
  procedure: { code: string; name: string };
  date: string;
  start: string;
  end: string;
  startsAt: string;
  fullName: string;
  /** The last three digits of the phone. */
  phoneEnding: string;
  reschedules: number;
  arrivedAt: string | null;
  ticketId: string | null;
  /** The citizen's answers to the procedure's checklist questions (question id → answer). */
  answers: Record<string, string>;
}

const TZ = 'Asia/Ho_Chi_Minh';

export function viewOf(row: AppointmentRow, unit: { agency_id: string; name: string }): AppointmentView {
  return {
    code: row.code,
    displayCode: displayBookingCode(row.code),
    status: row.status,
    unit: { agencyId: unit.agency_id, name: unit.name },
    field: { code: row.field_code, name: fieldName(row.field_code) },
    procedure: { code: row.procedure_code, name: row.procedure_name },
    date: row.local_date,
    start: row.start_time,
    end: row.end_time,
    startsAt: formatInstant(TZ, row.starts_at.getTime()),
    fullName: row.full_name,
    phoneEnding: row.phone.slice(-3),
    reschedules: row.reschedules,
    arrivedAt: row.arrived_at ? formatInstant(TZ, row.arrived_at.getTime()) : null,
    ticketId: row.ticket_id,
    answers: row.answers,
  };
}

export async function appointmentView(db: Reader, row: AppointmentRow): Promise<AppointmentView> {
  const unit = await db
    .selectFrom('units')
    .select(['agency_id', 'name'])
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  return viewOf(row, unit);
}
