import type { ColumnType, Generated } from 'kysely';
import type { CallLeg, CallOutcome, CallStatus, Presence } from '../../domain/hotline/views.js';
import type { AnswersColumn, Timestamp } from './core.js';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface HotlineLinesTable {
  number: string;
  unit_id: string;
  label: string | null;
  created_at: Timestamp;
}

export interface HotlineEventsTable {
  id: Generated<number>;
  pbx_call_id: string;
  event: 'ringing' | 'answered' | 'transferred' | 'hangup';
  at: ColumnType<Date, Date | string, Date | string>;
  caller: string | null;
  called: string | null;
  extension: string | null;
  to_extension: string | null;
  duration_seconds: number | null;
  received_at: Timestamp;
}

export interface HotlineCallsTable {
  id: Generated<string>;
  pbx_call_id: string;
  reference: string;
  unit_id: string;
  line_number: string;
  phone: string;
  status: CallStatus;
  field_code: string | null;
  started_at: ColumnType<Date, Date | string, Date | string>;
  answered_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  wait_seconds: number | null;
  duration_seconds: number | null;
  legs: ColumnType<CallLeg[], string | undefined, string>;
  current_staff_id: string | null;
  last_staff_id: string | null;
  outcome: CallOutcome | null;
  outcome_note: string | null;
  outcome_by: string | null;
  outcome_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HotlineRoutingsTable {
  id: Generated<string>;
  call_id: string;
  extension: string;
  staff_id: string;
  field_code: string;
  note: string | null;
  by_staff_id: string;
  at: Timestamp;
  idempotency_key: string | null;
}

export interface HotlineChecklistsTable {
  id: Generated<string>;
  call_id: string;
  procedure_code: string;
  procedure_version_id: string;
  case_name: string | null;
  channel_requested: 'sms' | 'zalo';
  notification_id: string | null;
  sent_by: string;
  sent_at: Timestamp;
  idempotency_key: string | null;
  /** The caller's answers to the procedure's checklist questions the list was made for (migration 0019). */
  answers: AnswersColumn;
}

export interface HotlineCallbacksTable {
  id: Generated<string>;
  call_id: string;
  unit_id: string;
  reason: 'missed' | 'requested';
  due_at: ColumnType<Date, Date | string, Date | string>;
  done_at: NullableTimestamp;
  done_by: string | null;
  done_by_name: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface StaffPresenceTable {
  staff_id: string;
  presence: Presence;
  updated_at: Timestamp;
}

export interface HotlineTables {
  hotline_lines: HotlineLinesTable;
  hotline_events: HotlineEventsTable;
  hotline_calls: HotlineCallsTable;
  hotline_routings: HotlineRoutingsTable;
  hotline_checklists: HotlineChecklistsTable;
  hotline_callbacks: HotlineCallbacksTable;
  staff_presence: StaffPresenceTable;
}
