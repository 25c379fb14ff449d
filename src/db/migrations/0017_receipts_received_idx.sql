-- Housekeeping deletes delivery receipts older than 90 days every hour (services/housekeeping): without this index
-- each run reads the whole table, which holds one row per SMS sent over those 90 days.
create index notification_receipts_received_idx on notification_receipts (received_at);
