-- National identity sign-in for citizens (OpenID Connect, docs/DECISIONS.md "Citizen national-identity login"): a
-- session opened through the national single sign-on is tied to the person it was linked to, and carries a phone
-- only when the identity provider said the phone was verified. How the citizen proved who they are is a set:
-- 'phone' (a one-time code, or a verified phone claim), 'national-id' (the identity provider).
alter table citizen_sessions alter column phone drop not null;
alter table citizen_sessions add column person_id uuid references persons(id) on delete cascade;
alter table citizen_sessions drop column verified_by;
alter table citizen_sessions add column verified_by text[] not null default '{phone}'
  check (cardinality(verified_by) between 1 and 2 and verified_by <@ array['phone', 'national-id']::text[]);
alter table citizen_sessions add constraint citizen_sessions_identity_check
  check (phone is not null or person_id is not null);
create index citizen_sessions_person_idx on citizen_sessions (person_id) where person_id is not null;
