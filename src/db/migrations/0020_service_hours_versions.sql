-- Service hours by effective date (src/domain/service-hours/timeline.ts): each unit keeps versions of its own
-- document, each in force from a local date on; a version in force today or before is never rewritten (a change is
-- a new version with a later date). The documents kept so far become versions in force since always.
create table unit_service_hours_versions (
  unit_id uuid not null references units(id),
  effective_from date not null,
  document jsonb not null check (jsonb_typeof(document) = 'object'),
  created_by uuid references staff(id),
  created_at timestamptz not null default now(),
  primary key (unit_id, effective_from)
);

insert into unit_service_hours_versions (unit_id, effective_from, document, created_by, created_at)
  select unit_id, date '2000-01-01', document, updated_by, updated_at from unit_service_hours;

drop table unit_service_hours;

-- Procedures a unit marks eligible for its no-appointment (same-day) days besides those the law marks same-day:
-- on such a day a dossier of one of them received before the cutoff is due at the close of that day. A unit's list
-- adds to the lists of the units above it.
create table unit_same_day_procedures (
  unit_id uuid not null references units(id),
  procedure_code text not null references procedures(code),
  added_by uuid references staff(id),
  added_at timestamptz not null default now(),
  primary key (unit_id, procedure_code)
);
