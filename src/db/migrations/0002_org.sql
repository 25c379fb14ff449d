-- Organisation: the unit tree and the fields (lĩnh vực). Staff, roles and sessions are added below by the
-- org/auth area.

create table units (
  id uuid primary key default gen_random_uuid(),
  parent_id uuid references units(id),
  -- province | service_centre | commune | sector_agency
  type text not null check (type in ('province', 'service_centre', 'commune', 'sector_agency')),
  -- National agency id, e.g. 000.00.00.H56 (mã định danh cơ quan).
  agency_id text not null unique check (agency_id ~ '^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,3}$'),
  name text not null check (length(name) between 2 and 300),
  short_name text,
  address text,
  phone text,
  -- Ids of the ancestors and the unit itself, root first (materialised path for subtree checks).
  path uuid[] not null,
  -- Demo units are marked so the UI can say so.
  is_sample boolean not null default false,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index units_parent_idx on units (parent_id);
create index units_path_idx on units using gin (path);

create table fields (
  -- Short stable code, e.g. HT (hộ tịch), CT (chứng thực), DD (đất đai).
  code text primary key check (code ~ '^[A-Z0-9_]{1,20}$'),
  name text not null check (length(name) between 1 and 300),
  description text,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
