import type { ColumnType } from 'kysely';
import type { Timestamp } from './core.js';

/** A short link to a citizen's checklist with their answers applied (migration 0018). */
export interface ChecklistLinksTable {
  code: string;
  procedure_version_id: string;
  case_name: string | null;
  /** Text form of the answers (src/domain/checklist/conditions.ts, formatAnswers); '' for none. */
  answers: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

export interface ChecklistTables {
  checklist_links: ChecklistLinksTable;
}
