-- Core: extensions, key-value metadata, and the audit trail.
create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists pgcrypto;

-- Facts about this installation (e.g. when demo data was loaded).
create table app_meta (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);

-- Who did what to which record. Insert-only: the application never updates or deletes rows here,
-- and the trigger below refuses it even if a bug tries.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  unit_id uuid,
  action text not null,
  entity text not null,
  entity_id text,
  request_id text,
  data jsonb not null default '{}'::jsonb
);
create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_at_idx on audit_log (at);

create function audit_log_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each statement execute function audit_log_immutable();
