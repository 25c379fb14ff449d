import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';

export interface LoginFailuresTable {
  key: string;
  failures: number;
  first_at: Timestamp;
  last_at: Timestamp;
  alerted_at: Timestamp | null;
}

export interface LoginTrustedAddressesTable {
  staff_id: string;
  address: string;
  last_login_at: Timestamp;
}

export interface SecurityAlertsTable {
  id: Generated<string>;
  kind: 'login_burst';
  staff_id: string;
  unit_id: string;
  failures: number;
  addresses: number;
  created_at: Timestamp;
}

export interface TrackingGuessesTable {
  code: string;
  wrong: number;
  window_start: Timestamp;
  notified_at: Timestamp | null;
}

export interface AbuseTables {
  login_failures: LoginFailuresTable;
  login_trusted_addresses: LoginTrustedAddressesTable;
  security_alerts: SecurityAlertsTable;
  tracking_guesses: TrackingGuessesTable;
}
