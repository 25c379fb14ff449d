import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './core.js';

export type NotificationChannel = 'sms' | 'email' | 'zalo';
export type NotificationStatus =
  | 'created'
  | 'sending'
  | 'sent'
  | 'delivered'
  | 'temporary_failure'
  | 'permanent_failure'
  | 'technical_failure'
  /** A queued reminder whose appointment was moved or cancelled (migration 0012). */
  | 'cancelled'
  /** Not sent on purpose: it would have reached the citizen too late to matter (migration 0025). */
  | 'dropped';

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
  /** The provider's id of the sent message, matched by its delivery receipt (migration 0013). */
  provider_ref: string | null;
  delivered_at: Timestamp | null;
  /** The provider's raw final state from its receipt (e.g. SMPP stat DELIVRD, UNDELIV). */
  receipt_state: string | null;
  /** Still unsent at this instant, the message is dropped (too late to matter); null: it always matters. */
  stale_after: Timestamp | null;
  /** Committed just before a provider is called: a crashed send with it is in doubt, without it never left. */
  send_started_at: Timestamp | null;
}

/** Delivery receipts as they arrive, applied to the message with the same provider and provider id. */
export interface NotificationReceiptsTable {
  provider: string;
  provider_ref: string;
  status: 'delivered' | 'permanent_failure';
  receipt_state: string | null;
  received_at: Generated<Timestamp>;
}

export interface OneTimeCodesTable {
  id: Generated<string>;
  purpose: 'declaration' | 'online_submission' | 'citizen_login';
  phone: string;
  code_hash: string;
  expires_at: Timestamp;
  attempts: Generated<number>;
  used_at: Timestamp | null;
  created_by: string | null;
  created_at: Timestamp;
  /** The client address that asked for a citizen's sign-in code (migration 0031). */
  requested_from: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OutboxTables {
  notifications: NotificationsTable;
  one_time_codes: OneTimeCodesTable;
  notification_receipts: NotificationReceiptsTable;
}
