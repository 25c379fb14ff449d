-- Assisted intake (ngày không viết), fees and organisations on dossiers, one-time codes, and the notification
-- outbox: messages are written in the same transaction as the event that causes them and delivered afterwards.

-- Fee paid before / after the result, or exempt: {"timing","amount","note"} (amount in VND).
alter table dossiers add column fee jsonb check (fee is null or jsonb_typeof(fee) = 'object');
-- When the applicant is an organisation: {"name","taxCode","address"}; the person is its representative.
alter table dossiers add column organisation jsonb
  check (organisation is null or jsonb_typeof(organisation) = 'object');

-- One-time codes sent to a citizen's phone (e.g. to confirm a declaration read back to them). Only a hash of the
-- code is kept; a code is used once, expires, and allows a few attempts.
create table one_time_codes (
  id uuid primary key default gen_random_uuid(),
  purpose text not null check (purpose in ('declaration')),
  phone text not null check (phone ~ '^\+84[35789][0-9]{8}$'),
  code_hash text not null,
  expires_at timestamptz not null,
  attempts integer not null default 0 check (attempts >= 0),
  used_at timestamptz,
  created_by uuid references staff(id),
  created_at timestamptz not null default now()
);
create index one_time_codes_phone_idx on one_time_codes (phone, created_at);

-- The outbox. Idempotent by event, recipient and channel (dedupe_key); delivered by a worker that claims rows
-- with FOR UPDATE SKIP LOCKED, so several instances never send one message twice at once.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  dedupe_key text not null unique check (length(dedupe_key) between 1 and 300),
  event text not null check (length(event) between 1 and 60),
  channel text not null check (channel in ('sms', 'email', 'zalo')),
  recipient text not null check (length(recipient) between 1 and 200),
  body text not null check (length(body) between 1 and 4000),
  -- Urgent messages (one-time codes) ignore quiet hours and opt-outs.
  urgent boolean not null default false,
  dossier_id uuid references dossiers(id),
  status text not null default 'created' check (status in ('created', 'sending', 'sent', 'delivered',
    'temporary_failure', 'permanent_failure', 'technical_failure')),
  provider text,
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index notifications_due_idx on notifications (next_attempt_at) where status in ('created', 'temporary_failure');
create index notifications_recipient_idx on notifications (recipient, created_at);
