import type { Generated } from 'kysely';
import type { StepOutcome } from '../../domain/dossier/control-slip.js';
import type { Timestamp } from './core.js';

export type TaskKind = 'process' | 'transfer' | 'consult';

/** One unit's piece of work on a dossier (migration 0006). */
export interface DossierTasksTable {
  id: Generated<string>;
  dossier_id: string;
  unit_id: string;
  assignee_id: string | null;
  kind: TaskKind;
  segment: number | null;
  share_minutes: number | null;
  opened_at: Timestamp;
  opened_seq: number | null;
  due_at: Timestamp | null;
  closed_at: Timestamp | null;
  closed_seq: number | null;
  outcome: StepOutcome | null;
  request: string | null;
  answer: string | null;
  created_at: Generated<Date>;
}

export interface DossierTaskTables {
  dossier_tasks: DossierTasksTable;
}
