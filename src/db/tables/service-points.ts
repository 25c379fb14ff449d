import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';

export type ServicePointKind = 'commune_office' | 'post_office' | 'village_house' | 'other';

/** A unit's online public service point (migration 0034). */
export interface ServicePointsTable {
  id: string;
  unit_id: string;
  name: string;
  kind: ServicePointKind;
  address: string | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The point a helper (role service_point_helper) works at. */
export interface ServicePointHelpersTable {
  staff_id: string;
  point_id: string;
  created_at: Timestamp;
}

/** A dossier submitted online at a point on a citizen's behalf. */
export interface ServicePointSubmissionsTable {
  dossier_id: string;
  point_id: string;
  helper_id: string;
  consent: 'otp' | 'signature';
  signature_png: Buffer | null;
  submitted_at: Timestamp;
}

export interface ServicePointTables {
  service_points: ServicePointsTable;
  service_point_helpers: ServicePointHelpersTable;
  service_point_submissions: ServicePointSubmissionsTable;
}
