import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import type { Timestamp } from './core.js';

export interface ProceduresTable {
  id: Generated<string>;
  code: string;
  field_code: string;
  latest_version_no: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProcedureVersionsTable {
  id: Generated<string>;
  procedure_id: string;
  version_no: number;
  /** A PostgreSQL date: select it as text (`effective_from::text`) to get YYYY-MM-DD, never a JS Date. */
  effective_from: ColumnType<string, string, never>;
  record: JSONColumnType<ProcedureRecord>;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Timestamp;
  note: string | null;
}

export interface CatalogueStateTable {
  id: Generated<boolean>;
  revision: Generated<number>;
  changed_at: Timestamp;
}

export interface CatalogueTables {
  procedures: ProceduresTable;
  procedure_versions: ProcedureVersionsTable;
  catalogue_state: CatalogueStateTable;
}
