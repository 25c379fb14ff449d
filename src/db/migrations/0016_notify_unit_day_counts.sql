-- Non-urgent SMS counted against a unit per local (Vietnam) day, for the unit's daily cap: read by notify() instead
-- of counting the day's messages (which grew with every message of the day). Incremented in the statement that
-- queues a message, so a count exists if and only if its message was committed. Spread over 8 rows per unit and
-- day (shard, picked at random) so that concurrent transactions of one unit rarely wait for each other's row.
create table notification_unit_day_counts (
  unit_id uuid not null references units(id),
  day date not null,
  shard smallint not null check (shard between 0 and 7),
  sms integer not null check (sms >= 0),
  primary key (unit_id, day, shard)
);

insert into notification_unit_day_counts (unit_id, day, shard, sms)
select unit_id, (created_at at time zone 'Asia/Ho_Chi_Minh')::date, 0, count(*)
from notifications
where unit_id is not null and channel = 'sms' and not urgent
group by 1, 2;
