-- The audit trail that holds (Decree 13/2023 on personal data protection):
--  * staff reads of a person's data are recorded too: the purpose of the read and whose data it was (the person
--    record, or the phone number a screen-pop or a preference look-up was asked for);
--  * every row is hash-chained: `seq` numbers the rows without gaps in the order they were inserted, `prev_hash` is
--    the previous row's `hash`, and `hash` is SHA-256 over `prev_hash` and the row's content. A BEFORE INSERT
--    trigger computes them under a transaction-level advisory lock, so every insert path (writeAudit, the intake's
--    one-statement write, the catalogue import) is chained without knowing it, and concurrent inserts queue for
--    the chain's head until the inserting transaction ends (a rolled-back insert leaves no gap);
--  * TRUNCATE of audit_log and dossier_actions is refused like UPDATE and DELETE already are; a database role that
--    does not own the tables cannot disable these triggers (README "PostgreSQL roles").

alter table audit_log
  add column seq bigint,
  add column prev_hash text,
  add column hash text,
  add column purpose text check (purpose is null or length(purpose) <= 200),
  add column subject_person_id uuid,
  add column subject_phone text check (subject_phone is null or length(subject_phone) <= 20);

-- What is hashed: the previous row's hash, then the row as a JSON array (nulls included, jsonb's text output is the
-- same on every PostgreSQL version); the instant in UTC with microseconds, so the session's time zone never
-- changes the text.
create function audit_log_row_hash(r audit_log) returns text language sql stable as $$
  select encode(sha256(convert_to(coalesce(r.prev_hash, '') || jsonb_build_array(
    r.seq, r.id, to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), r.actor_id, r.actor_name,
    r.unit_id, r.action, r.entity, r.entity_id, r.request_id, r.purpose, r.subject_person_id, r.subject_phone,
    r.data)::text, 'UTF8')), 'hex')
$$;

-- Rows written before this migration are chained in the order of their ids.
alter table audit_log disable trigger audit_log_no_update;
do $$
declare
  r audit_log;
  prev text := '';
  n bigint := 0;
begin
  for r in select * from audit_log order by id loop
    n := n + 1;
    r.seq := n;
    r.prev_hash := prev;
    r.hash := audit_log_row_hash(r);
    update audit_log set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    prev := r.hash;
  end loop;
end $$;
alter table audit_log enable trigger audit_log_no_update;

alter table audit_log
  alter column seq set not null,
  alter column prev_hash set not null,
  alter column hash set not null;
create unique index audit_log_seq_idx on audit_log (seq);

create function audit_log_chain() returns trigger language plpgsql as $$
declare
  head record;
begin
  -- (7140, 24): motcua's audit chain. Held until the inserting transaction ends.
  perform pg_advisory_xact_lock(7140, 24);
  select a.seq, a.hash into head from audit_log a order by a.seq desc limit 1;
  new.seq := coalesce(head.seq, 0) + 1;
  new.prev_hash := coalesce(head.hash, '');
  new.hash := audit_log_row_hash(new);
  return new;
end $$;
create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_chain();

create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_immutable();
create trigger dossier_actions_no_truncate before truncate on dossier_actions
  for each statement execute function dossier_actions_immutable();

-- The administrators' audit screen filters by staff member, person, period and action.
create index audit_log_actor_at_idx on audit_log (actor_id, at);
create index audit_log_unit_at_idx on audit_log (unit_id, at);
create index audit_log_subject_person_idx on audit_log (subject_person_id) where subject_person_id is not null;
create index audit_log_subject_phone_idx on audit_log (subject_phone) where subject_phone is not null;
