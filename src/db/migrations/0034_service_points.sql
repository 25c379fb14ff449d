-- Online public service points (docs/DECISIONS.md, "Service points"): places a unit opens (a commune office, a post
-- office, a village house) where helpers submit online on a citizen's behalf, and the helpers bound to them.

create table service_points (
  id uuid primary key,
  unit_id uuid not null references units(id),
  name text not null check (length(name) between 2 and 200),
  kind text not null check (kind in ('commune_office', 'post_office', 'village_house', 'other')),
  address text check (address is null or length(address) <= 300),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index service_points_unit_idx on service_points (unit_id);

-- A helper (staff or volunteer) holds the role service_point_helper at a unit and works at one point.
alter table staff_roles drop constraint staff_roles_role_check;
alter table staff_roles add constraint staff_roles_role_check
  check (role in ('reception_officer', 'specialist', 'leader', 'hotline_operator', 'unit_admin', 'province_admin',
    'service_point_helper'));

create table service_point_helpers (
  staff_id uuid primary key references staff(id) on delete cascade,
  point_id uuid not null references service_points(id),
  created_at timestamptz not null default now()
);
create index service_point_helpers_point_idx on service_point_helpers (point_id);

-- A dossier submitted online at a point: the point, the helper who entered it, and how the citizen consented (a
-- one-time code to their phone, or a signature drawn on the helper's device, kept as a PNG).
create table service_point_submissions (
  dossier_id uuid primary key references dossiers(id),
  point_id uuid not null references service_points(id),
  helper_id uuid not null references staff(id),
  consent text not null check (consent in ('otp', 'signature')),
  signature_png bytea check (signature_png is null or length(signature_png) <= 300000),
  submitted_at timestamptz not null,
  check ((consent = 'signature') = (signature_png is not null))
);
create index service_point_submissions_point_idx on service_point_submissions (point_id, submitted_at);
create index service_point_submissions_helper_idx on service_point_submissions (helper_id, submitted_at);
