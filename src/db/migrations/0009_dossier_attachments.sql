-- Scans attached to a dossier (a document of its checklist, or the dossier as a whole). Kept in the database so
-- that several instances on one PostgreSQL see the same files; the size is capped by the application (10 MB).
create table dossier_attachments (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers(id),
  -- Position of the checklist document it scans; null for the dossier as a whole.
  position integer check (position is null or position >= 0),
  file_name text not null check (length(file_name) between 1 and 200),
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size integer not null check (size between 1 and 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  data bytea not null,
  uploaded_by uuid not null references staff(id),
  uploaded_by_name text not null,
  created_at timestamptz not null default now()
);
create index dossier_attachments_dossier_idx on dossier_attachments (dossier_id, created_at);
