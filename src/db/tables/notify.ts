import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';
import type { NotificationChannel } from './outbox.js';

export interface NotificationTemplatesTable {
  event: string;
  channel: NotificationChannel;
  body: string;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface NotificationPreferencesTable {
  phone: string;
  channel: Generated<NotificationChannel>;
  email: string | null;
  sms_opt_out: Generated<boolean>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface NotificationUnitCapsTable {
  unit_id: string;
  daily_sms_cap: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** Non-urgent SMS per unit and local day (migration 0016), in up to 8 rows (shards) summed when read. */
export interface NotificationUnitDayCountsTable {
  unit_id: string;
  day: string;
  shard: number;
  sms: number;
}

/**
 * Tables of migration 0014 (and 0016's day counts), and the column it adds to the outbox's notifications table. Services see them through
 * `withNotify(db)` (Kysely's withTables), so the shared Database type does not need to change.
 */
export type NotifyTables = {
  notification_templates: NotificationTemplatesTable;
  notification_preferences: NotificationPreferencesTable;
  notification_unit_caps: NotificationUnitCapsTable;
  notification_unit_day_counts: NotificationUnitDayCountsTable;
  notifications: {
    /** The unit the message is counted against for daily caps. */
    unit_id: string | null;
  };
};
