-- Payments (docs/DECISIONS.md "Payments: requests, the gateway, receipts"): what a dossier must pay (its fee when
-- paid before or after processing, the land obligations of the Tax office's notice), the orders sent to the payment
-- gateway, the payments received online or at the desk with their electronic receipt numbers, refunds, the alerts a
-- unit's leader sees (a notification with a wrong amount, a reconciliation mismatch) and each day's reconciliation.

-- One request per request_payment action: the lines to pay and their total, frozen when asked.
create table payment_requests (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers(id),
  -- The unit that collects (the unit handling the dossier when the payment was requested).
  unit_id uuid not null references units(id),
  items jsonb not null,
  amount bigint not null check (amount > 0),
  status text not null default 'open' check (status in ('open', 'paid', 'cancelled')),
  requested_at timestamptz not null,
  requested_by uuid references staff(id),
  paid_at timestamptz
);
create unique index payment_requests_open_idx on payment_requests (dossier_id) where status = 'open';

-- An order sent to the gateway (vnp_TxnRef): the amount asked, and what the gateway answered.
create table payment_orders (
  txn_ref text primary key check (txn_ref ~ '^[A-Z0-9]{8,40}$'),
  request_id uuid not null references payment_requests(id),
  amount bigint not null check (amount > 0),
  created_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'paid', 'failed', 'refused')),
  response_code text,
  gateway_txn_no text,
  finished_at timestamptz
);
create index payment_orders_request_idx on payment_orders (request_id);

-- A receipt number per unit and year: BL-<agency id>-<year>-<six digits>.
create table payment_receipt_counters (
  unit_id uuid not null references units(id),
  year integer not null,
  last integer not null,
  primary key (unit_id, year)
);

create table payments (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references payment_requests(id),
  dossier_id uuid not null references dossiers(id),
  unit_id uuid not null references units(id),
  channel text not null check (channel in ('online', 'cash', 'transfer', 'card')),
  amount bigint not null check (amount > 0),
  payer_name text not null check (length(payer_name) between 1 and 200),
  -- Online: the order (unique: the same notification twice is one payment) and the gateway's transaction number.
  txn_ref text unique references payment_orders(txn_ref),
  gateway_txn_no text,
  -- At the desk: the transfer's or the card slip's reference.
  reference text check (reference is null or length(reference) <= 100),
  receipt_no text not null unique,
  recorded_by uuid references staff(id),
  paid_at timestamptz not null,
  check ((channel = 'online') = (txn_ref is not null))
);
create index payments_dossier_idx on payments (dossier_id);
create index payments_paid_at_idx on payments (paid_at);

create table payment_refunds (
  id uuid primary key default gen_random_uuid(),
  payment_id uuid not null references payments(id),
  amount bigint not null check (amount > 0),
  reason text not null check (length(reason) between 1 and 1000),
  refunded_by uuid not null references staff(id),
  refunded_at timestamptz not null
);
create index payment_refunds_payment_idx on payment_refunds (payment_id);

-- What a unit's leader must look at: a notification whose amount was not the one asked, a reconciliation mismatch.
create table payment_alerts (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references units(id),
  dossier_id uuid references dossiers(id),
  kind text not null check (kind in ('wrong_amount', 'reconciliation')),
  txn_ref text,
  detail jsonb not null,
  created_at timestamptz not null,
  read_at timestamptz
);
create index payment_alerts_unit_idx on payment_alerts (unit_id, created_at desc);
-- A reconciliation mismatch is recorded once per day, order and kind of difference, however often it is run.
create unique index payment_alerts_once_idx on payment_alerts (txn_ref, kind, (detail ->> 'day'), (detail ->> 'issue'))
  where kind = 'reconciliation';

-- Each day's reconciliation against the gateway's report (the last run of the day is kept).
create table payment_reconciliations (
  day date primary key,
  ran_at timestamptz not null,
  matched integer not null,
  mismatches integer not null
);
