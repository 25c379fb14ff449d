-- Fee policies as law with dates (docs/DECISIONS.md, "Fee policies"): a provincial decision reducing by a percentage,
-- or exempting, the fees (phí) and/or charges (lệ phí) of some procedures on some channels, from a date (until a date,
-- both inclusive). A policy in force never has its past changed; `version` counts its corrections (audited).

create table fee_policies (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 3 and 300),
  legal_basis text not null check (length(legal_basis) between 3 and 300),
  effective_from date not null,
  effective_to date check (effective_to is null or effective_to >= effective_from),
  effect text not null check (effect in ('reduction', 'exemption')),
  percent integer check ((effect = 'reduction' and percent between 1 and 100) or (effect = 'exemption' and percent is null)),
  channels text[] not null check (cardinality(channels) between 1 and 3 and channels <@ array['desk', 'online', 'post']),
  scope text not null check (scope in ('all', 'fields', 'levels', 'procedures')),
  scope_values text[] not null default '{}',
  fee_kinds text[] not null check (cardinality(fee_kinds) between 1 and 2 and fee_kinds <@ array['fee', 'charge']),
  note text check (note is null or length(note) <= 1000),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by uuid references staff(id),
  updated_at timestamptz not null default now(),
  updated_by uuid references staff(id),
  updated_by_name text
);
create index fee_policies_from_idx on fee_policies (effective_from);

-- What the dossier owed, computed once at submission (online) or receipt (desk) and never recomputed: the channel,
-- the day, each fee's base and payable with the policies applied and their legal basis, the totals.
alter table dossiers add column fee_assessment jsonb;
