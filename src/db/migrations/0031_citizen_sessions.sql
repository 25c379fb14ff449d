-- Citizen identity, first slice: a citizen signs in with a one-time code sent to their phone (docs/DECISIONS.md,
-- "Citizen sessions"). Their sessions are kept apart from the staff's: own table, own cookie, own lifetime.

-- Sign-in codes are one-time codes of their own purpose; the client address that asked for a code is kept so that
-- one address cannot ask for codes to many numbers (the per-number limits are counted by phone, as before).
alter table one_time_codes drop constraint one_time_codes_purpose_check;
alter table one_time_codes add constraint one_time_codes_purpose_check
  check (purpose in ('declaration', 'online_submission', 'citizen_login'));
alter table one_time_codes add column requested_from text
  check (requested_from is null or length(requested_from) <= 100);
create index one_time_codes_address_idx on one_time_codes (requested_from, created_at)
  where requested_from is not null;

-- A signed-in citizen: the verified phone is the identity (persons are found by it when read). The browser holds a
-- random token; only its SHA-256 is stored. A session ends after `idle` without use or at `ends_at`, whichever is
-- first.
create table citizen_sessions (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  phone text not null check (phone ~ '^\+84[35789][0-9]{8}$'),
  verified_by text not null default 'phone' check (verified_by in ('phone')),
  csrf_secret text not null check (length(csrf_secret) between 16 and 64),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  ends_at timestamptz not null,
  last_seen_at timestamptz not null,
  ip text check (ip is null or length(ip) <= 100),
  user_agent text check (user_agent is null or length(user_agent) <= 300)
);
create index citizen_sessions_phone_idx on citizen_sessions (phone);
create index citizen_sessions_expires_idx on citizen_sessions (expires_at);
