-- Appointments: a citizen books a slot at a unit's desk for one field (lĩnh vực), computed from the unit's service
-- hours (src/domain/appointments/). Double booking is prevented in SQL: every booking takes one place of a per-slot
-- counter row in one statement (insert, or update only while booked < capacity), which row-locks the slot; the
-- same phone cannot hold two live appointments in one slot (partial unique index).

-- A unit's settings per field: slot length and places per slot; how far ahead slots are offered.
create table appointment_settings (
  unit_id uuid not null references units(id),
  field_code text not null check (field_code ~ '^[A-Z0-9_]{1,16}$'),
  slot_minutes integer not null check (slot_minutes between 5 and 240),
  capacity integer not null check (capacity between 1 and 200),
  days_ahead integer not null default 30 check (days_ahead between 1 and 366),
  updated_by uuid references staff(id),
  updated_at timestamptz not null default now(),
  primary key (unit_id, field_code)
);

-- One counter row per booked slot: the places taken and the capacity in force when the last place was taken.
create table appointment_slots (
  unit_id uuid not null references units(id),
  field_code text not null,
  starts_at timestamptz not null,
  capacity integer not null check (capacity >= 1),
  booked integer not null default 0 check (booked >= 0 and booked <= capacity),
  primary key (unit_id, field_code, starts_at)
);

create table appointments (
  id uuid primary key default gen_random_uuid(),
  -- The booking code people read over the phone: 8 characters without 0/O/1/I.
  code text not null unique check (code ~ '^[A-HJ-NP-Z2-9]{8}$'),
  unit_id uuid not null references units(id),
  field_code text not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null check (ends_at > starts_at),
  -- The local date and times shown to people (the unit's calendar time zone).
  local_date text not null check (local_date ~ '^\d{4}-\d{2}-\d{2}$'),
  start_time text not null check (start_time ~ '^\d{2}:\d{2}$'),
  end_time text not null check (end_time ~ '^\d{2}:\d{2}$'),
  procedure_version_id uuid not null references procedure_versions(id),
  procedure_code text not null,
  procedure_name text not null,
  full_name text not null check (length(full_name) between 1 and 200),
  phone text not null check (phone ~ '^\+84[35789][0-9]{8}$'),
  status text not null default 'booked' check (status in ('booked', 'cancelled', 'arrived')),
  -- The reminder queued in the outbox; cancelled when the appointment is cancelled or moved.
  reminder_id uuid references notifications(id),
  reschedules integer not null default 0 check (reschedules >= 0),
  -- The queue ticket issued at check-in (the queue's table; no foreign key so either side can evolve).
  ticket_id uuid,
  arrived_at timestamptz,
  arrived_by uuid references staff(id),
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (unit_id, field_code, starts_at) references appointment_slots(unit_id, field_code, starts_at)
);
create unique index appointments_slot_phone_idx on appointments (unit_id, field_code, starts_at, phone)
  where status <> 'cancelled';
create index appointments_unit_day_idx on appointments (unit_id, local_date);
create index appointments_phone_idx on appointments (phone, created_at);

-- A queued reminder is cancelled (never sent) when its appointment is cancelled or moved.
alter table notifications drop constraint notifications_status_check;
alter table notifications add constraint notifications_status_check check (status in ('created', 'sending', 'sent',
  'delivered', 'temporary_failure', 'permanent_failure', 'technical_failure', 'cancelled'));
