import type { ColumnType, Generated } from 'kysely';
import type { TicketSource, TicketStatus } from '../../domain/queue/ticket.js';
import type { Timestamp } from './core.js';

type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A local date (YYYY-MM-DD); read back as text. */
type LocalDay = ColumnType<string, string, string>;

export interface QueueCountersTable {
  id: Generated<string>;
  unit_id: string;
  number: number;
  label: string | null;
  field_codes: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  officer_id: string | null;
  officer_since: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QueueNumberCountersTable {
  unit_id: string;
  field_code: string;
  day: LocalDay;
  last_number: number;
}

export interface QueueTicketsTable {
  id: Generated<string>;
  unit_id: string;
  day: LocalDay;
  issued_field_code: string;
  field_code: string;
  seq: number;
  number: string;
  source: TicketSource;
  priority: Generated<boolean>;
  appointment_id: string | null;
  phone: string | null;
  status: Generated<TicketStatus>;
  counter_id: string | null;
  officer_id: string | null;
  queued_at: Timestamp;
  issued_at: Timestamp;
  called_at: NullableTimestamp;
  call_count: Generated<number>;
  serving_at: NullableTimestamp;
  finished_at: NullableTimestamp;
  transferred_from: string | null;
  dossier_id: string | null;
  near_notified: Generated<boolean>;
}

export interface QueueTables {
  queue_counters: QueueCountersTable;
  queue_number_counters: QueueNumberCountersTable;
  queue_tickets: QueueTicketsTable;
}
