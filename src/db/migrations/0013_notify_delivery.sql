-- Notification delivery: the provider's own id for a sent message (to match its delivery receipt), when it was
-- delivered and the provider's raw receipt state; receipts as they arrive (a receipt may come before the worker has
-- recorded the send, so it is kept and applied when the send is recorded); a claim index covering expired leases.
alter table notifications add column provider_ref text check (provider_ref is null or length(provider_ref) <= 200);
alter table notifications add column delivered_at timestamptz;
alter table notifications add column receipt_state text check (receipt_state is null or length(receipt_state) <= 60);
create index notifications_provider_ref_idx on notifications (provider, provider_ref) where provider_ref is not null;
-- Claimable rows: new, to retry, or leased ('sending': claimable again once the lease in next_attempt_at ran out).
create index notifications_claim_idx on notifications (next_attempt_at)
  where status in ('created', 'temporary_failure', 'sending');

create table notification_receipts (
  provider text not null check (length(provider) between 1 and 60),
  provider_ref text not null check (length(provider_ref) between 1 and 200),
  status text not null check (status in ('delivered', 'permanent_failure')),
  receipt_state text check (receipt_state is null or length(receipt_state) <= 60),
  received_at timestamptz not null default now(),
  primary key (provider, provider_ref)
);
