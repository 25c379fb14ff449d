-- The queue at a unit's desk (src/domain/queue/): counters that serve some fields, the officer signed in at each,
-- and the day's tickets, numbered per unit, field and day (HT-012). Live changes are announced with
-- NOTIFY motcua_queue (src/services/queue/live.ts) so every instance's lobby displays hear them.

create table queue_counters (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references units(id),
  -- The number shown above the counter and spoken on the display ("quầy 3").
  number integer not null check (number between 1 and 999),
  label text check (label is null or length(label) between 1 and 100),
  -- Fields (lĩnh vực) served at this counter.
  field_codes text[] not null default '{}',
  active boolean not null default true,
  -- The officer signed in at the counter; an officer is at one counter at a time.
  officer_id uuid unique references staff(id),
  officer_since timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (unit_id, number)
);

-- Last number given per unit, field and day; incremented in the issuing transaction, so numbers are unique and
-- gap-free (a rolled-back issue gives its number back).
create table queue_number_counters (
  unit_id uuid not null references units(id),
  field_code text not null references fields(code),
  day date not null,
  last_number integer not null check (last_number >= 1),
  primary key (unit_id, field_code, day)
);

create table queue_tickets (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references units(id),
  day date not null,
  -- The field the number was issued in (its prefix) and the queue it waits in now (differs after a transfer).
  issued_field_code text not null references fields(code),
  field_code text not null references fields(code),
  seq integer not null check (seq between 1 and 999),
  number text not null check (number ~ '^[A-Z0-9_]{1,20}-[0-9]{3}$'),
  source text not null check (source in ('kiosk', 'reception', 'appointment')),
  priority boolean not null default false,
  -- The appointment checked in (appointments live in their own area; no foreign key across areas' migrations).
  appointment_id uuid,
  phone text,
  status text not null default 'waiting'
    check (status in ('waiting', 'called', 'serving', 'done', 'no_show')),
  counter_id uuid references queue_counters(id),
  officer_id uuid references staff(id),
  -- Place in the queue: issue time, kept through a transfer (the citizen already waited).
  queued_at timestamptz not null,
  issued_at timestamptz not null,
  called_at timestamptz,
  call_count integer not null default 0 check (call_count >= 0),
  serving_at timestamptz,
  finished_at timestamptz,
  transferred_from text references fields(code),
  dossier_id uuid references dossiers(id),
  near_notified boolean not null default false,
  unique (unit_id, issued_field_code, day, seq)
);
create index queue_tickets_waiting_idx on queue_tickets (unit_id, day, field_code, status);
create index queue_tickets_counter_idx on queue_tickets (counter_id) where status in ('called', 'serving');
create unique index queue_tickets_appointment_idx on queue_tickets (appointment_id) where appointment_id is not null;
