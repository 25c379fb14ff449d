-- The procedure catalogue: procedures and their versions by effective date.
-- A version is never changed: an edit inserts a new version effective from a date. The version in force at date D
-- is the one with the highest version_no among those with effective_from <= D. Dossiers, appointments and
-- checklists store a procedure_versions.id, so what someone was told stays readable forever.

create table procedures (
  id uuid primary key default gen_random_uuid(),
  -- National code (mã TTHC), e.g. 1.001193, or a local code such as 2.000123.H56.
  code text not null unique check (code ~ '^[0-9A-Za-z][0-9A-Za-z._-]{2,39}$'),
  -- Field of the latest version.
  field_code text not null references fields(code),
  -- version_no of the latest version (0 only inside the transaction that creates the procedure).
  latest_version_no integer not null default 0 check (latest_version_no >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index procedures_field_idx on procedures (field_code);

create table procedure_versions (
  id uuid primary key default gen_random_uuid(),
  procedure_id uuid not null references procedures(id),
  version_no integer not null check (version_no >= 1),
  effective_from date not null,
  -- The ProcedureRecord (src/domain/catalogue/record.ts), validated by the application before insert.
  record jsonb not null check (jsonb_typeof(record) = 'object'),
  -- Staff member who made the version; null for imports by the system (demo data, command line).
  created_by uuid,
  created_by_name text,
  created_at timestamptz not null default now(),
  note text check (note is null or length(note) <= 2000),
  unique (procedure_id, version_no)
);
create index procedure_versions_in_force_idx on procedure_versions (procedure_id, effective_from, version_no);

create function procedure_versions_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'procedure_versions are immutable: insert a new version instead';
end $$;
create trigger procedure_versions_no_change before update or delete on procedure_versions
  for each statement execute function procedure_versions_immutable();

-- One row. Every catalogue write increments `revision` in its own transaction; each instance's in-memory search
-- index compares it every ~2 seconds and rebuilds when it moved. The row lock also serialises catalogue writes.
create table catalogue_state (
  id boolean primary key default true check (id),
  revision bigint not null default 0,
  changed_at timestamptz not null default now()
);
insert into catalogue_state (id, revision) values (true, 0);
