import type { Generated } from 'kysely';
import type { AnswersColumn, Timestamp } from './core.js';

export type AppointmentStatus = 'booked' | 'cancelled' | 'arrived';

export interface AppointmentSettingsTable {
  unit_id: string;
  field_code: string;
  slot_minutes: number;
  capacity: number;
  days_ahead: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** One counter row per booked slot (places taken, capacity in force). */
export interface AppointmentSlotsTable {
  unit_id: string;
  field_code: string;
  starts_at: Timestamp;
  capacity: number;
  booked: Generated<number>;
}

export interface AppointmentsTable {
  id: Generated<string>;
  code: string;
  unit_id: string;
  field_code: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  /** YYYY-MM-DD, local to the unit. */
  local_date: string;
  start_time: string;
  end_time: string;
  procedure_version_id: string;
  procedure_code: string;
  procedure_name: string;
  full_name: string;
  phone: string;
  status: Generated<AppointmentStatus>;
  reminder_id: string | null;
  reschedules: Generated<number>;
  ticket_id: string | null;
  arrived_at: Timestamp | null;
  arrived_by: string | null;
  cancelled_at: Timestamp | null;
  /** The citizen's answers to the procedure's checklist questions (migration 0019). */
  answers: AnswersColumn;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppointmentTables {
  appointment_settings: AppointmentSettingsTable;
  appointment_slots: AppointmentSlotsTable;
  appointments: AppointmentsTable;
}
