-- The audit chain is sealed after commit instead of inside each inserting transaction. Migration 0024 chained every
-- row in a BEFORE INSERT trigger under one advisory lock held until the inserting transaction ended: every intake,
-- action and login queued behind the previous one's commit (intake fell from 418–498 to 343–357 dossiers/s).
-- Now rows are inserted unsealed (seq, prev_hash and hash null) and `audit_log_seal` chains them in id order, in
-- batches, under the same lock: the server calls it every few seconds and `motcua audit verify` before checking.
-- Until it is sealed a row is still protected by the append-only rules (no UPDATE but the sealing one, no DELETE,
-- no TRUNCATE); the chain adds what the owner of the tables could otherwise hide, a few seconds later.

drop trigger audit_log_chain on audit_log;
drop function audit_log_chain();

alter table audit_log
  alter column seq drop not null,
  alter column prev_hash drop not null,
  alter column hash drop not null;
create index audit_log_unsealed_idx on audit_log (id) where seq is null;

-- UPDATE is refused except the sealing one: a row without seq receives its seq, prev_hash and the hash of its
-- content, and nothing else changes. DELETE stays refused for the whole statement.
drop trigger audit_log_no_update on audit_log;
create trigger audit_log_no_delete before delete on audit_log
  for each statement execute function audit_log_immutable();
create function audit_log_seal_only() returns trigger language plpgsql as $$
begin
  if old.seq is null and new.seq is not null and new.prev_hash is not null
     and new.hash = audit_log_row_hash(new)
     and (new.id, new.at, new.actor_id, new.actor_name, new.unit_id, new.action, new.entity, new.entity_id,
          new.request_id, new.data, new.purpose, new.subject_person_id, new.subject_phone)
         is not distinct from
         (old.id, old.at, old.actor_id, old.actor_name, old.unit_id, old.action, old.entity, old.entity_id,
          old.request_id, old.data, old.purpose, old.subject_person_id, old.subject_phone)
  then
    return new;
  end if;
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update on audit_log
  for each row execute function audit_log_seal_only();

-- Seals up to `max_rows` unsealed rows, oldest id first, after the chain's head; returns how many. One sealer at a
-- time across instances: another caller holding the lock makes this one return 0 at once. SECURITY DEFINER: the
-- application's role may not UPDATE the audit log (src/db/roles.ts), only call this.
create function audit_log_seal(max_rows integer) returns integer
  language plpgsql security definer set search_path = public, pg_temp as $$
declare
  head_seq bigint;
  head_hash text;
  r audit_log;
  n integer := 0;
begin
  if not pg_try_advisory_xact_lock(7140, 24) then
    return 0;
  end if;
  select a.seq, a.hash into head_seq, head_hash from audit_log a where a.seq is not null
    order by a.seq desc limit 1;
  head_seq := coalesce(head_seq, 0);
  head_hash := coalesce(head_hash, '');
  for r in select * from audit_log a where a.seq is null order by a.id limit max_rows for update loop
    r.seq := head_seq + 1;
    r.prev_hash := head_hash;
    r.hash := audit_log_row_hash(r);
    update audit_log set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
    head_seq := r.seq;
    head_hash := r.hash;
    n := n + 1;
  end loop;
  return n;
end $$;
