import type { JSONColumnType } from 'kysely';
import type { ServiceHoursDocument } from '../../domain/service-hours/service-hours.js';
import type { Timestamp } from './core.js';

export interface UnitServiceHoursTable {
  unit_id: string;
  /** The unit's own document; written as JSON text. */
  document: JSONColumnType<ServiceHoursDocument, string, string>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ServiceHoursTables {
  unit_service_hours: UnitServiceHoursTable;
}
