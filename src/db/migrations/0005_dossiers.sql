-- Dossiers (hồ sơ): the applicant as a person, the dossier, its append-only action log, the documents received,
-- and the daily code counters. The status of a dossier is derived from its log by the application
-- (src/domain/dossier/lifecycle.ts); the row keeps the folded result and a version for optimistic concurrency.

-- The citizen or representative, matched by normalised mobile number (+84…) and, when given, ID number.
create table persons (
  id uuid primary key default gen_random_uuid(),
  full_name text not null check (length(full_name) between 1 and 200),
  phone text check (phone is null or phone ~ '^\+84[35789][0-9]{8}$'),
  id_number text unique check (id_number is null or id_number ~ '^[0-9]{12}$'),
  address text check (address is null or length(address) <= 500),
  email text check (email is null or length(email) <= 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index persons_phone_idx on persons (phone);

create table dossiers (
  id uuid primary key default gen_random_uuid(),
  -- <agency id>-<YYMMDD>-<NNNN>
  code text not null unique check (code ~ '^[0-9A-Z]{2,3}(\.[0-9A-Z]{2,3}){2,3}-[0-9]{6}-[0-9]{4}$'),
  procedure_version_id uuid not null references procedure_versions(id),
  procedure_code text not null,
  procedure_name text not null,
  case_name text,
  receiving_unit_id uuid not null references units(id),
  -- The unit that holds the dossier now (another agency while transferred).
  handling_unit_id uuid not null references units(id),
  -- Where a transferred dossier goes back to.
  previous_unit_id uuid references units(id),
  applicant_id uuid not null references persons(id),
  channel text not null check (channel in ('desk', 'online', 'post')),
  status text not null check (status in ('submitted', 'received', 'supplement_requested', 'in_appraisal',
    'awaiting_approval', 'transferred', 'approved', 'awaiting_payment', 'result_ready', 'posting', 'returned',
    'refused', 'withdrawn', 'stopped')),
  -- The state folded from the log (DossierState); `status` and `version` repeat its fields for queries.
  state jsonb not null check (jsonb_typeof(state) = 'object'),
  -- Number of entries in dossier_actions; every action must name it (optimistic concurrency).
  version integer not null check (version >= 1),
  assignee_id uuid references staff(id),
  submitted_at timestamptz not null default now(),
  received_at timestamptz,
  due_at timestamptz,
  finished_at timestamptz,
  -- The legal clock (src/domain/calendar/clock.ts), null before the dossier is received.
  clock jsonb check (clock is null or jsonb_typeof(clock) = 'object'),
  -- What the applicant declared (assisted mode records who entered it).
  declaration jsonb not null default '{}'::jsonb,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (status = state->>'status' and version = (state->>'version')::int)
);
create index dossiers_handling_idx on dossiers (handling_unit_id, due_at);
create index dossiers_receiving_idx on dossiers (receiving_unit_id, due_at);
create index dossiers_applicant_idx on dossiers (applicant_id);

-- The history of a dossier: append-only (the trigger below refuses UPDATE and DELETE).
create table dossier_actions (
  id bigint generated always as identity primary key,
  dossier_id uuid not null references dossiers(id),
  -- The dossier's version after this entry: 1, 2, 3… without gaps.
  seq integer not null check (seq >= 1),
  action text not null check (action in ('submit_online', 'receive', 'request_supplement', 'receive_supplement',
    'refuse', 'assign', 'appraise', 'send_back', 'approve', 'transfer', 'transfer_back', 'request_payment',
    'record_payment', 'extend', 'stop', 'withdraw', 'record_result', 'notify_result', 'send_by_post',
    'return_result')),
  status_after text not null,
  -- Null for the applicant's own online submission.
  actor_id uuid references staff(id),
  actor_name text,
  unit_id uuid references units(id),
  role text,
  at timestamptz not null default now(),
  note text check (note is null or length(note) <= 4000),
  data jsonb not null default '{}'::jsonb check (jsonb_typeof(data) = 'object'),
  idempotency_key text unique check (idempotency_key is null or length(idempotency_key) between 8 and 100),
  unique (dossier_id, seq)
);

create function dossier_actions_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'dossier_actions is append-only';
end $$;
create trigger dossier_actions_no_change before update or delete on dossier_actions
  for each statement execute function dossier_actions_immutable();

-- The documents of a dossier, one row per required document of the procedure version (and any extra).
create table dossier_documents (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers(id),
  position integer not null check (position >= 0),
  -- The catalogue document's name, copied so that it reads the same forever.
  name text not null check (length(name) between 1 and 2000),
  kind text not null check (kind in ('submit', 'present')),
  originals_required integer not null default 0 check (originals_required >= 0),
  copies_required integer not null default 0 check (copies_required >= 0),
  originals integer not null default 0 check (originals >= 0),
  copies integer not null default 0 check (copies >= 0),
  -- received | missing | not_applicable
  state text not null check (state in ('received', 'missing', 'not_applicable')),
  -- Provenance: who entered it (null when the applicant did, online).
  entered_by uuid references staff(id),
  entered_by_name text,
  created_at timestamptz not null default now(),
  unique (dossier_id, position)
);

-- Last daily sequence number per agency and day; incremented inside the receiving transaction, so codes are
-- unique and without gaps (a rolled-back receipt gives its number back).
create table dossier_code_counters (
  agency_id text not null,
  day date not null,
  last_number integer not null check (last_number between 1 and 9999),
  primary key (agency_id, day)
);
