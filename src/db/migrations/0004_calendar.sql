-- Working calendars. Each unit may override the calendar it inherits from the units above it (ultimately the
-- province's, and the built-in default: 07:00–11:30, 13:30–17:00, Monday–Friday, Asia/Ho_Chi_Minh). Holiday
-- decisions are published per year by a province administrator and kept as versions.

create table unit_calendars (
  unit_id uuid primary key references units(id),
  -- Overrides; null inherits. The application validates the unit's whole effective calendar on every write.
  timezone text check (timezone is null or length(timezone) between 1 and 64),
  workweek smallint[] check (workweek is null or workweek <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]),
  -- [["HH:MM","HH:MM"], ...]
  sessions jsonb check (sessions is null or jsonb_typeof(sessions) = 'array'),
  -- [{"from":"MM-DD","to":"MM-DD","sessions":[...]}, ...]
  seasons jsonb check (seasons is null or jsonb_typeof(seasons) = 'array'),
  hours_per_day numeric(4, 2) check (hours_per_day is null or (hours_per_day > 0 and hours_per_day <= 24)),
  -- The unit's own dates, [{"date":"YYYY-MM-DD","reason":"…"|null}]; they win over inherited ones.
  days_off jsonb not null default '[]'::jsonb check (jsonb_typeof(days_off) = 'array'),
  workdays jsonb not null default '[]'::jsonb check (jsonb_typeof(workdays) = 'array'),
  -- Optimistic concurrency: a write names the version it was based on.
  version integer not null default 1 check (version >= 1),
  updated_at timestamptz not null default now(),
  updated_by uuid references staff(id)
);

create table holiday_decisions (
  id uuid primary key default gen_random_uuid(),
  -- The unit that published it (a province); it applies to that unit's whole subtree.
  unit_id uuid not null references units(id),
  year integer not null check (year between 1900 and 2100),
  version integer not null check (version >= 1),
  decision_number text not null check (length(decision_number) between 1 and 100),
  decision_date date not null,
  -- [{"date":"YYYY-MM-DD","reason":"…"}]
  days_off jsonb not null check (jsonb_typeof(days_off) = 'array'),
  -- Swapped working days (e.g. a Saturday worked to bridge a holiday), same shape.
  workdays jsonb not null check (jsonb_typeof(workdays) = 'array'),
  note text check (note is null or length(note) <= 2000),
  -- A client-chosen key, so that a retried publication is not published twice.
  request_key uuid,
  published_at timestamptz not null default now(),
  published_by uuid not null references staff(id),
  published_by_name text not null,
  unique (unit_id, year, version),
  unique (unit_id, year, request_key)
);
create index holiday_decisions_unit_year_idx on holiday_decisions (unit_id, year, version desc);

-- A publication is history: a correction is a new version, never an edit.
create function holiday_decisions_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'holiday_decisions are append-only: publish a new version instead';
end $$;
create trigger holiday_decisions_no_update before update or delete on holiday_decisions
  for each statement execute function holiday_decisions_immutable();
