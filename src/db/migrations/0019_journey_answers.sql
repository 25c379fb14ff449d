-- One linked journey: the citizen's answers to a procedure's checklist questions ({"uy_quyen":"no"}, see
-- src/domain/checklist/conditions.ts) are kept with the checklist sent to a caller, the appointment and the dossier,
-- so that they are asked once; and a dossier keeps where it came from (the appointment checked in, the ticket called,
-- the hotline call and the checklist sent during it). The tracking page's thread reads these links.

alter table hotline_checklists
  add column answers jsonb not null default '{}'::jsonb check (jsonb_typeof(answers) = 'object');

alter table appointments
  add column answers jsonb not null default '{}'::jsonb check (jsonb_typeof(answers) = 'object');

alter table dossiers
  add column answers jsonb not null default '{}'::jsonb check (jsonb_typeof(answers) = 'object'),
  add column appointment_id uuid references appointments(id),
  add column ticket_id uuid references queue_tickets(id),
  add column hotline_call_id uuid references hotline_calls(id),
  add column hotline_checklist_id uuid references hotline_checklists(id);

create index dossiers_appointment_idx on dossiers (appointment_id) where appointment_id is not null;
create index dossiers_ticket_idx on dossiers (ticket_id) where ticket_id is not null;
create index dossiers_hotline_call_idx on dossiers (hotline_call_id) where hotline_call_id is not null;
