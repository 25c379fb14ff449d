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

-- Staff accounts. Usernames are stored lower-case; passwords only as argon2id hashes.
create table staff (
  id uuid primary key default gen_random_uuid(),
  username text not null unique
    check (username = lower(username) and username ~ '^[a-z0-9][a-z0-9._-]{2,49}$'),
  full_name text not null check (length(full_name) between 2 and 200),
  email text,
  phone text,
  -- Home unit (where the person works).
  unit_id uuid not null references units(id),
  password_hash text not null,
  -- Set when an administrator gave a temporary password; the person is asked to choose their own.
  must_change_password boolean not null default false,
  password_changed_at timestamptz,
  active boolean not null default true,
  -- Consecutive failed logins; reset on success and when a lock is applied.
  failed_logins integer not null default 0 check (failed_logins >= 0),
  locked_until timestamptz,
  -- Fields (lĩnh vực) this person handles, e.g. {HT,CT}; the hotline routes calls by it.
  field_codes text[] not null default '{}',
  -- Phone extension at the switchboard, e.g. 205.
  extension text check (extension is null or extension ~ '^[0-9]{2,8}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index staff_unit_idx on staff (unit_id);
create index staff_field_codes_idx on staff using gin (field_codes);

-- Role R held in unit U (see src/domain/org/roles.ts for what each role may do and how far it reaches).
create table staff_roles (
  staff_id uuid not null references staff(id) on delete cascade,
  role text not null check (role in ('reception_officer', 'specialist', 'leader', 'hotline_operator',
    'unit_admin', 'province_admin')),
  unit_id uuid not null references units(id),
  created_at timestamptz not null default now(),
  primary key (staff_id, role, unit_id)
);
create index staff_roles_unit_idx on staff_roles (unit_id);

-- Browser sessions. The cookie holds a random token; only its SHA-256 (hex) is stored here, so a copy of the
-- database does not let anyone log in. The CSRF token is derived from the session id and csrf_secret.
create table sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  staff_id uuid not null references staff(id) on delete cascade,
  csrf_secret text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  ip text,
  user_agent text
);
create index sessions_staff_idx on sessions (staff_id);
create index sessions_expires_idx on sessions (expires_at);
