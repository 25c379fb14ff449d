import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './core.js';

export type UnitType = 'province' | 'service_centre' | 'commune' | 'sector_agency';

export interface UnitsTable {
  id: Generated<string>;
  parent_id: string | null;
  type: UnitType;
  agency_id: string;
  name: string;
  short_name: string | null;
  address: string | null;
  phone: string | null;
  path: ColumnType<string[], string[], string[]>;
  is_sample: Generated<boolean>;
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface FieldsTable {
  code: string;
  name: string;
  description: string | null;
  sort_order: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface OrgTables {
  units: UnitsTable;
  fields: FieldsTable;
}
