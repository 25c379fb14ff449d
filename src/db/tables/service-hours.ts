import type { ColumnType, JSONColumnType } from 'kysely';
import type { ServiceHoursDocument } from '../../domain/service-hours/service-hours.js';
import type { Timestamp } from './core.js';

export interface UnitServiceHoursVersionsTable {
  unit_id: string;
  /** A date column: read it as text (effective_from::text) so no time zone can shift it. */
  effective_from: ColumnType<string, string, string>;
  /** The unit's own document in force from that date; written as JSON text. */
  document: JSONColumnType<ServiceHoursDocument, string, string>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ServiceHoursTables {
  unit_service_hours_versions: UnitServiceHoursVersionsTable;
}
