-- Messages that matter are never held, held messages that would come too late are dropped, a crash leaves a
-- smaller duplicate window, and online submission needs a one-time code.
-- stale_after: a message still unsent at this instant would come too late to matter (a booking reminder after the
-- slot); it is dropped with a reason (status 'dropped', reason in last_error) instead of being sent.
-- send_started_at: committed just before the provider is called, so that after a crash a leased message that was
-- never handed to a provider is known to be safe to send again (no duplicate), and one that was is "in doubt".
alter table notifications add column stale_after timestamptz;
alter table notifications add column send_started_at timestamptz;
alter table notifications drop constraint notifications_status_check;
alter table notifications add constraint notifications_status_check check (status in ('created', 'sending', 'sent',
  'delivered', 'temporary_failure', 'permanent_failure', 'technical_failure', 'cancelled', 'dropped'));

-- Online submission is verified by a one-time code sent to the applicant's phone (until citizen accounts exist).
alter table one_time_codes drop constraint one_time_codes_purpose_check;
alter table one_time_codes add constraint one_time_codes_purpose_check
  check (purpose in ('declaration', 'online_submission'));
