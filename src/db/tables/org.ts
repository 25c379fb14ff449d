import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../../domain/org/roles.js';
import type { UnitSector } from '../../domain/org/sectors.js';
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
  /** What a sector agency does (Land Registration Office, Tax office), where a rule depends on it. */
  sector: Generated<UnitSector | null>;
  path: ColumnType<string[], string[], string[]>;
  is_sample: Generated<boolean>;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface FieldsTable {
  code: string;
  name: string;
  description: string | null;
  sort_order: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffTable {
  id: Generated<string>;
  /** Lower-case. */
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  /** Home unit. */
  unit_id: string;
  /** argon2id PHC string; never leaves the server. */
  password_hash: string;
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp | null;
  active: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  /** Field codes (lĩnh vực) this person handles; the hotline routes by it. */
  field_codes: ColumnType<string[], string[] | undefined, string[]>;
  /** Switchboard extension, digits only. */
  extension: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffRolesTable {
  staff_id: string;
  /** One of `roles` in src/domain/org/roles.ts (checked in SQL). */
  role: Role;
  unit_id: string;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie token. */
  id: string;
  staff_id: string;
  csrf_secret: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface OrgTables {
  units: UnitsTable;
  fields: FieldsTable;
  staff: StaffTable;
  staff_roles: StaffRolesTable;
  sessions: SessionsTable;
}
