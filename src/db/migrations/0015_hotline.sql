-- The hotline: the unit's public numbers, every PBX call event as received (append-only), the calls folded from
-- them, the operator's routings, checklists sent during a call, callbacks, and the staff's presence.

-- A public number of a unit's hotline (the number callers dial names the unit).
create table hotline_lines (
  -- Normalised: +84… for a landline or mobile, or a 1800/1900 service number as dialled.
  number text primary key check (number ~ '^(\+84[0-9]{9,10}|1[89]00[0-9]{4,6})$'),
  unit_id uuid not null references units(id),
  label text check (label is null or length(label) <= 200),
  created_at timestamptz not null default now()
);
create index hotline_lines_unit_idx on hotline_lines (unit_id);

-- Every event the PBX posted, as received. A repeat (same call, event, instant and target extension) is refused by
-- the unique index below and answered as a duplicate; events of a call whose `ringing` has not arrived yet wait
-- here until it does.
create table hotline_events (
  id bigint generated always as identity primary key,
  pbx_call_id text not null check (length(pbx_call_id) between 1 and 100),
  event text not null check (event in ('ringing', 'answered', 'transferred', 'hangup')),
  at timestamptz not null,
  caller text,
  called text,
  extension text,
  to_extension text,
  duration_seconds integer check (duration_seconds is null or duration_seconds >= 0),
  received_at timestamptz not null default now()
);
create unique index hotline_events_once_idx
  on hotline_events (pbx_call_id, event, at, (coalesce(to_extension, '')));

-- A call as folded from its events (src/domain/hotline/fold.ts) and the operator's routings; `legs` holds the
-- merged legs (CallLeg[]) so that the log reads one row per call.
create table hotline_calls (
  id uuid primary key default gen_random_uuid(),
  pbx_call_id text not null unique,
  -- Read over the phone: XXXX-XX without 0/O/1/I.
  reference text not null unique check (reference ~ '^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{2}$'),
  unit_id uuid not null references units(id),
  line_number text not null,
  -- The caller: +84… (normalised).
  phone text not null,
  status text not null check (status in ('ringing', 'answered', 'transferred', 'ended', 'missed')),
  field_code text references fields(code),
  started_at timestamptz not null,
  answered_at timestamptz,
  ended_at timestamptz,
  wait_seconds integer check (wait_seconds is null or wait_seconds >= 0),
  duration_seconds integer check (duration_seconds is null or duration_seconds >= 0),
  legs jsonb not null default '[]'::jsonb check (jsonb_typeof(legs) = 'array'),
  -- Who has the call now (the last leg's staff), while it is open.
  current_staff_id uuid references staff(id),
  -- Who had it last (the last leg with a staff member): the specialist of the first-visit statistics.
  last_staff_id uuid references staff(id),
  outcome text check (outcome is null or outcome in ('guided', 'callback_needed', 'complaint', 'other')),
  outcome_note text check (outcome_note is null or length(outcome_note) <= 2000),
  outcome_by uuid references staff(id),
  outcome_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index hotline_calls_unit_idx on hotline_calls (unit_id, started_at desc);
create index hotline_calls_phone_idx on hotline_calls (phone, started_at desc);
create index hotline_calls_current_idx on hotline_calls (current_staff_id) where current_staff_id is not null;
create index hotline_calls_legs_idx on hotline_calls using gin (legs jsonb_path_ops);

-- The operator's routing of a call to a specialist (with the field and a note); merged with the PBX's transfer
-- to the same extension into one leg.
create table hotline_routings (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references hotline_calls(id),
  extension text not null,
  staff_id uuid not null references staff(id),
  field_code text not null references fields(code),
  note text check (note is null or length(note) <= 1000),
  by_staff_id uuid not null references staff(id),
  at timestamptz not null default now(),
  idempotency_key text unique check (idempotency_key is null or length(idempotency_key) between 8 and 100)
);
create index hotline_routings_call_idx on hotline_routings (call_id, at);

-- A checklist sent to the caller during a call (the message itself is in the outbox: notifications).
create table hotline_checklists (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references hotline_calls(id),
  procedure_code text not null,
  procedure_version_id uuid not null references procedure_versions(id),
  case_name text,
  channel_requested text not null check (channel_requested in ('sms', 'zalo')),
  notification_id uuid references notifications(id),
  sent_by uuid not null references staff(id),
  sent_at timestamptz not null default now(),
  idempotency_key text unique check (idempotency_key is null or length(idempotency_key) between 8 and 100)
);
create index hotline_checklists_call_idx on hotline_checklists (call_id);

-- A call to return: a missed call (queued by the event that made it missed) or one the specialist asked for.
create table hotline_callbacks (
  id uuid primary key default gen_random_uuid(),
  call_id uuid not null references hotline_calls(id),
  unit_id uuid not null references units(id),
  reason text not null check (reason in ('missed', 'requested')),
  due_at timestamptz not null,
  done_at timestamptz,
  done_by uuid references staff(id),
  done_by_name text,
  note text check (note is null or length(note) <= 1000),
  created_at timestamptz not null default now(),
  unique (call_id, reason)
);
create index hotline_callbacks_open_idx on hotline_callbacks (unit_id, due_at) where done_at is null;

-- Presence at the switchboard, set by each person (absent row: away).
create table staff_presence (
  staff_id uuid primary key references staff(id) on delete cascade,
  presence text not null check (presence in ('available', 'busy', 'away')),
  updated_at timestamptz not null default now()
);
