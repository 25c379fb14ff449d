import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AppMetaTable {
  key: string;
  value: JSONColumnType<Record<string, unknown>>;
  updated_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  unit_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  data: JSONColumnType<Record<string, unknown>>;
  /**
   * The chain (migrations 0024, 0030): null until `audit_log_seal` seals the row, a few seconds after its commit
   * (services/audit/seal.ts); never written by the application otherwise.
   */
  seq: ColumnType<number | null, never, never>;
  prev_hash: ColumnType<string | null, never, never>;
  hash: ColumnType<string | null, never, never>;
  /** Reads of personal data: why the staff member read it, and whose data it was. */
  purpose: string | null;
  subject_person_id: string | null;
  subject_phone: string | null;
}

export interface CoreTables {
  app_meta: AppMetaTable;
  audit_log: AuditLogTable;
}

/** A citizen's answers to a procedure's checklist questions, question id → answer (src/domain/checklist/conditions.ts). */
export type AnswersColumn = ColumnType<Record<string, string>, string | undefined, string>;
