-- The citizen's online submission (docs/DECISIONS.md, "Citizen uploads on disk", "Drafts", "Reuse by reference"):
-- uploaded files are kept on disk under DATA_DIR, named by their SHA-256 (one copy per content); drafts keep what
-- the citizen has entered until they submit or delete it; a dossier's attachments may be such files, uploaded by
-- the applicant instead of an officer.

-- One row per stored content (the file is DATA_DIR/files/ab/cd/<sha256>).
create table stored_files (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size integer not null check (size between 1 and 10485760),
  created_at timestamptz not null default now()
);

-- A submission being prepared by a signed-in citizen (known by the verified phone).
create table citizen_drafts (
  id uuid primary key default gen_random_uuid(),
  phone text not null check (phone ~ '^\+84[35789][0-9]{8}$'),
  procedure_code text not null check (length(procedure_code) between 1 and 40),
  procedure_name text not null,
  unit_agency_id text check (unit_agency_id is null or length(unit_agency_id) <= 40),
  answers jsonb not null default '{}',
  form jsonb not null default '[]',
  applicant jsonb not null default '{}',
  -- Set once submitted: a retried submit answers with the same dossier.
  dossier_code text,
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index citizen_drafts_phone_idx on citizen_drafts (phone, updated_at desc);

-- A paper of the draft: a new upload or a document the citizen submitted before (same stored content).
create table citizen_draft_files (
  id uuid primary key default gen_random_uuid(),
  draft_id uuid not null references citizen_drafts(id) on delete cascade,
  position integer not null check (position between 0 and 99),
  file_name text not null check (length(file_name) between 1 and 200),
  sha256 text not null references stored_files(sha256),
  content_type text not null,
  size integer not null,
  reused_from uuid references dossier_attachments(id),
  created_at timestamptz not null default now()
);
create index citizen_draft_files_draft_idx on citizen_draft_files (draft_id, position);

-- Attachments: the content is in `data` (desk scans) or on disk by its sha256 (citizen uploads); the uploader is a
-- staff member or the applicant (a person).
alter table dossier_attachments alter column data drop not null;
alter table dossier_attachments alter column uploaded_by drop not null;
alter table dossier_attachments add column on_disk boolean not null default false;
alter table dossier_attachments add column uploaded_by_person uuid references persons(id);
alter table dossier_attachments add constraint dossier_attachments_content_check
  check ((data is not null) <> on_disk);
alter table dossier_attachments add constraint dossier_attachments_uploader_check
  check ((uploaded_by is not null) <> (uploaded_by_person is not null));

-- A supplement the citizen uploaded online and marked as sent (the officer then takes receive_supplement).
create table citizen_supplements_sent (
  dossier_id uuid not null references dossiers(id),
  sent_at timestamptz not null default now(),
  files integer not null check (files >= 0),
  primary key (dossier_id, sent_at)
);
