-- Service hours of a unit: when its desk is open to the public, per field (src/domain/service-hours/). Kept apart
-- from the legal working calendar (unit_calendars), which alone decides deadlines. One JSON document per unit; a
-- key it leaves out (weekly, seasons, extras, specials, closures) is inherited from the nearest ancestor that sets it.
create table unit_service_hours (
  unit_id uuid primary key references units(id),
  document jsonb not null check (jsonb_typeof(document) = 'object'),
  updated_by uuid references staff(id),
  updated_at timestamptz not null default now()
);
