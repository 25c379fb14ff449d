import type { ColumnType, Generated } from 'kysely';
import type { FeeChannel, FeeKind, ScopeKind } from '../../domain/fees/policy.js';
import type { Timestamp } from './core.js';

/** A provincial fee policy (migration 0037). Dates are read as text (…::text) so no time zone can shift them. */
export interface FeePoliciesTable {
  id: Generated<string>;
  name: string;
  legal_basis: string;
  effective_from: ColumnType<string, string, string>;
  effective_to: ColumnType<string | null, string | null, string | null>;
  effect: 'reduction' | 'exemption';
  percent: number | null;
  channels: FeeChannel[];
  scope: ScopeKind;
  scope_values: string[];
  fee_kinds: FeeKind[];
  note: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
  updated_by_name: string | null;
}

export interface FeeTables {
  fee_policies: FeePoliciesTable;
}
