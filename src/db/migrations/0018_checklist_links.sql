-- Short links to a citizen's own checklist (issue 12): a checklist message that cannot name every document within
-- its channel's length names the essential ones and links here, to the checklist of that procedure version for the
-- case and the answers the citizen gave. Valid 30 days; an expired link is kept so that its page can say it expired.
create table checklist_links (
  -- 8 characters without 0/O and 1/I, as in /giay-to/K7M2QX9P.
  code text primary key check (code ~ '^[A-HJ-NP-Z2-9]{8}$'),
  procedure_version_id uuid not null references procedure_versions(id),
  case_name text check (case_name is null or length(case_name) between 1 and 300),
  -- The answers in their text form (uy_quyen:yes,tre_bo_roi:no), '' for none.
  answers text not null default '' check (length(answers) <= 2000),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  check (expires_at > created_at)
);
