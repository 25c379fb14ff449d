import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Clock } from '../../domain/calendar/clock.js';
import type { Action, DossierState, Status } from '../../domain/dossier/lifecycle.js';
import type { FeeAssessment } from '../../domain/fees/policy.js';
import type { AnswersColumn, Timestamp } from './core.js';

export type DossierChannel = 'desk' | 'online' | 'post';

export interface DossierFee {
  timing: 'before' | 'after' | 'exempt';
  /** VND. */
  amount: number;
  note?: string;
}

export interface DossierOrganisation {
  name: string;
  taxCode?: string;
  address?: string;
}

export interface PersonsTable {
  id: Generated<string>;
  full_name: string;
  /** +84 and 9 digits. */
  phone: string | null;
  /** CCCD, 12 digits. */
  id_number: string | null;
  address: string | null;
  email: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DossiersTable {
  id: Generated<string>;
  code: string;
  procedure_version_id: string;
  procedure_code: string;
  procedure_name: string;
  case_name: string | null;
  receiving_unit_id: string;
  handling_unit_id: string;
  previous_unit_id: string | null;
  applicant_id: string;
  channel: DossierChannel;
  status: Status;
  state: JSONColumnType<DossierState>;
  version: number;
  assignee_id: string | null;
  submitted_at: Timestamp;
  received_at: Timestamp | null;
  due_at: Timestamp | null;
  finished_at: Timestamp | null;
  clock: JSONColumnType<Clock | null, string | null, string | null>;
  declaration: JSONColumnType<Record<string, unknown>, string | undefined, string>;
  /** Received on a same-day day for an eligible procedure (migration 0007). */
  same_day: Generated<boolean>;
  /** Fee paid before / after the result, or exempt (migration 0008). */
  fee: JSONColumnType<DossierFee | null, string | null | undefined, string | null>;
  /** What it owed, computed once at submission or receipt from the policies in force (migration 0037). */
  fee_assessment: JSONColumnType<FeeAssessment | null, string | null | undefined, string | null>;
  /** The applicant organisation, when the person represents one (migration 0008). */
  organisation: JSONColumnType<DossierOrganisation | null, string | null | undefined, string | null>;
  /** The applicant's answers to the procedure's checklist questions (migration 0019). */
  answers: AnswersColumn;
  /** Where the dossier came from: the appointment checked in, the ticket called, the hotline call (migration 0019). */
  appointment_id: string | null;
  ticket_id: string | null;
  hotline_call_id: string | null;
  hotline_checklist_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DossierActionsTable {
  id: Generated<number>;
  dossier_id: string;
  seq: number;
  action: Action;
  status_after: Status;
  actor_id: string | null;
  actor_name: string | null;
  unit_id: string | null;
  role: string | null;
  at: Timestamp;
  note: string | null;
  data: JSONColumnType<Record<string, unknown>, string | undefined, never>;
  idempotency_key: string | null;
  /** SHA-256 (hex) of the request that used idempotency_key; null before migration 0023. */
  request_hash: Generated<string | null>;
}

export type DocumentState = 'received' | 'missing' | 'not_applicable';

export interface DossierDocumentsTable {
  id: Generated<string>;
  dossier_id: string;
  position: number;
  name: string;
  kind: 'submit' | 'present';
  originals_required: Generated<number>;
  copies_required: Generated<number>;
  originals: Generated<number>;
  copies: Generated<number>;
  state: DocumentState;
  entered_by: string | null;
  entered_by_name: string | null;
  created_at: Timestamp;
}

export interface DossierCodeCountersTable {
  agency_id: string;
  day: ColumnType<string, string, string>;
  last_number: number;
}

export interface DossierTables {
  persons: PersonsTable;
  dossiers: DossiersTable;
  dossier_actions: DossierActionsTable;
  dossier_documents: DossierDocumentsTable;
  dossier_code_counters: DossierCodeCountersTable;
}
