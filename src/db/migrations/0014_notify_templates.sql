-- Notifications, the citizen's side: templates per event and channel (a row replaces the built-in wording),
-- per-phone preferences (channel, opt-out of non-urgent SMS), daily caps per unit, and the unit a message is
-- counted against.

create table notification_templates (
  event text not null check (length(event) between 1 and 60),
  channel text not null check (channel in ('sms', 'email', 'zalo')),
  body text not null check (length(body) between 1 and 2000),
  updated_by uuid references staff(id),
  updated_at timestamptz not null default now(),
  primary key (event, channel)
);

-- One row per phone that asked for something other than the default (SMS, all notices).
create table notification_preferences (
  phone text primary key check (phone ~ '^\+84[35789][0-9]{8}$'),
  channel text not null default 'sms' check (channel in ('sms', 'email', 'zalo')),
  email text check (email is null or length(email) between 3 and 254),
  -- No non-urgent SMS at all (one-time codes still go out).
  sms_opt_out boolean not null default false,
  updated_by uuid references staff(id),
  updated_at timestamptz not null default now()
);

-- At most this many non-urgent SMS a day counted against the unit; more wait for the next morning.
create table notification_unit_caps (
  unit_id uuid primary key references units(id),
  daily_sms_cap integer not null check (daily_sms_cap between 0 and 1000000),
  updated_by uuid references staff(id),
  updated_at timestamptz not null default now()
);

alter table notifications add column unit_id uuid references units(id);
create index notifications_unit_day_idx on notifications (unit_id, created_at) where unit_id is not null;
create index notifications_dossier_idx on notifications (dossier_id) where dossier_id is not null;
