import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';

export type NotificationChannel = 'sms' | 'email' | 'zalo';
export type NotificationStatus =
  | 'created'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'temporary_failure'
  | 'permanent_failure'
  | 'technical_failure';

export interface NotificationsTable {
  id: Generated<string>;
  dedupe_key: string;
  event: string;
  channel: NotificationChannel;
  recipient: string;
  body: string;
  urgent: Generated<boolean>;
  dossier_id: string | null;
  status: Generated<NotificationStatus>;
  provider: string | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface OneTimeCodesTable {
  id: Generated<string>;
  purpose: 'declaration';
  phone: string;
  code_hash: string;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface OutboxTables {
  notifications: NotificationsTable;
  one_time_codes: OneTimeCodesTable;
}
