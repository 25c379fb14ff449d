-- Abuse limits without lock-outs (docs/DECISIONS.md, "Login throttling", "Tracking budget", "Scoped idempotency").

-- Failed logins within a window, one row per counter: 'a:<address>' (any account from one address),
-- 'p:<username>|<address>' (one account from one address), 'u:<username>' (one account from anywhere). Usernames are
-- counted whether or not they exist, so that an unknown one behaves like a real one.
create table login_failures (
  key text primary key check (length(key) <= 400),
  failures integer not null check (failures >= 1),
  first_at timestamptz not null,
  last_at timestamptz not null,
  -- When this counter last alerted the unit administrator (account counters only), at most once per window.
  alerted_at timestamptz
);
create index login_failures_last_idx on login_failures (last_at);

-- Addresses an account logged in from successfully: its own office. The account-wide counter never slows them.
create table login_trusted_addresses (
  staff_id uuid not null references staff(id) on delete cascade,
  address text not null check (length(address) <= 100),
  last_login_at timestamptz not null,
  primary key (staff_id, address)
);

-- A burst of failed logins on an account, for its unit's administrators to see.
create table security_alerts (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('login_burst')),
  staff_id uuid not null references staff(id) on delete cascade,
  unit_id uuid not null references units(id),
  failures integer not null,
  addresses integer not null,
  created_at timestamptz not null default now()
);
create index security_alerts_unit_idx on security_alerts (unit_id, created_at desc);

-- Wrong phone answers per tracked code (any code asked for, known or not) within a window. Past a few, the code
-- takes only the full phone number until the window ends, and the applicant is told once.
create table tracking_guesses (
  code text primary key check (length(code) <= 60),
  wrong integer not null check (wrong >= 1),
  window_start timestamptz not null,
  notified_at timestamptz
);
create index tracking_guesses_window_idx on tracking_guesses (window_start);

-- The fingerprint of the request that used an idempotency key: the same key with another body is refused.
alter table dossier_actions add column request_hash text check (request_hash is null or length(request_hash) = 64);
