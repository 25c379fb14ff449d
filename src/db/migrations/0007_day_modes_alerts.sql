-- Day modes of a unit (same-day "no-appointment" days, assisted "no-writing" days), the deadline sweeper's alerts
-- and the apology-and-extension drafts it prepares for a leader to confirm.

-- A unit's weekly day modes: one row per unit and mode, weekdays as ISO numbers (1 = Monday … 7 = Sunday).
-- A unit without a row for a mode inherits its nearest ancestor's; an empty list says "no such day here".
create table unit_day_modes (
  unit_id uuid not null references units(id),
  mode text not null check (mode in ('same_day', 'no_writing')),
  weekdays integer[] not null check (weekdays <@ array[1, 2, 3, 4, 5, 6, 7]),
  updated_by uuid references staff(id),
  updated_at timestamptz not null default now(),
  primary key (unit_id, mode)
);

-- A dossier received on a same-day day for a procedure eligible for it: due at the close of that working day.
alter table dossiers add column same_day boolean not null default false;

-- Alerts raised by the deadline sweeper: one per dossier, due instant, level, escalation step and recipient, so
-- that running the sweeper again never alerts anyone twice for the same thing (a new due instant after an
-- extension is a new thing).
create table dossier_alerts (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers(id),
  due_at timestamptz not null,
  level text not null check (level in ('at_risk', 'overdue')),
  -- 1: the assignee (or the handling unit's specialists); 2: the unit's leaders.
  step integer not null check (step in (1, 2)),
  recipient_id uuid not null references staff(id),
  unit_id uuid not null references units(id),
  created_at timestamptz not null default now(),
  read_at timestamptz,
  unique (dossier_id, due_at, level, step, recipient_id)
);
create index dossier_alerts_recipient_idx on dossier_alerts (recipient_id, created_at desc);

-- An apology and extension drafted by the sweeper for a dossier at risk that may still be extended; a leader
-- confirms it (which takes the `extend` action) or it stays a draft. One per dossier and due instant.
create table dossier_extension_drafts (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers(id),
  current_due timestamptz not null,
  proposed_due timestamptz not null check (proposed_due > current_due),
  apology text not null check (length(apology) between 1 and 4000),
  status text not null default 'draft' check (status in ('draft', 'confirmed')),
  created_at timestamptz not null default now(),
  confirmed_at timestamptz,
  confirmed_by uuid references staff(id),
  unique (dossier_id, current_due)
);
