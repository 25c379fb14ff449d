-- Tasks of a dossier: a piece of work held by one unit (and optionally one officer) — the handling unit's own
-- processing between transfers, another agency's share of an inter-agency (liên thông) dossier, or a consultation
-- asked of a unit. Each has its own due instant computed on its unit's calendar; the dossier's overall legal clock
-- runs on regardless. Opened and closed by the actions of src/services/dossier/actions.ts (tasks.ts); read by the
-- inbox, the process control slip and the lateness statistics.
create table dossier_tasks (
  id uuid primary key default gen_random_uuid(),
  dossier_id uuid not null references dossiers(id),
  unit_id uuid not null references units(id),
  assignee_id uuid references staff(id),
  kind text not null check (kind in ('process', 'transfer', 'consult')),
  -- Index of the workflow segment (process/transfer) this task carries out; null for consultations.
  segment integer check (segment is null or segment >= 0),
  -- Working minutes of the task's share of the time limit; null when it has none (calendar-day limits, consults).
  share_minutes integer check (share_minutes is null or share_minutes >= 0),
  opened_at timestamptz not null,
  -- Log entry (dossier_actions.seq) that opened it; null when opened for a dossier received before tasks existed.
  opened_seq integer,
  due_at timestamptz,
  closed_at timestamptz,
  closed_seq integer,
  outcome text check (outcome is null or outcome in ('early', 'on_time', 'late')),
  -- Consultation: what was asked, and the answer.
  request text check (request is null or length(request) <= 4000),
  answer text check (answer is null or length(answer) <= 4000),
  created_at timestamptz not null default now(),
  check (closed_at is null or closed_at >= opened_at),
  check ((closed_at is null) = (closed_seq is null))
);
create index dossier_tasks_dossier_idx on dossier_tasks (dossier_id, opened_at);
create index dossier_tasks_open_unit_idx on dossier_tasks (unit_id, due_at) where closed_at is null;
create index dossier_tasks_open_assignee_idx on dossier_tasks (assignee_id) where closed_at is null;

-- Consultations are actions of the log.
alter table dossier_actions drop constraint dossier_actions_action_check;
alter table dossier_actions add constraint dossier_actions_action_check check (action in ('submit_online',
  'receive', 'request_supplement', 'receive_supplement', 'refuse', 'assign', 'appraise', 'send_back', 'approve',
  'transfer', 'transfer_back', 'request_payment', 'record_payment', 'extend', 'stop', 'withdraw', 'record_result',
  'notify_result', 'send_by_post', 'return_result', 'consult', 'answer_consult'));
