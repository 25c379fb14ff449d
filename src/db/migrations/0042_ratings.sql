-- Ratings of a returned dossier (docs/DECISIONS.md, "Ratings"): one per dossier, changeable once within 7 days, with
-- the unit that received it and the officer who returned the result (for averages per unit and officer), and what
-- channel it came from. "Không hài lòng" opens a follow-up for the unit's leaders with a deadline on the unit's
-- working calendar; the leader's answer is sent to the citizen.

create table dossier_ratings (
  dossier_id uuid primary key references dossiers(id),
  unit_id uuid not null references units(id),
  officer_id uuid references staff(id),
  level text not null check (level in ('very_satisfied', 'satisfied', 'not_satisfied')),
  reasons text[] not null default '{}' check (cardinality(reasons) <= 10),
  comment text check (comment is null or length(comment) <= 1000),
  source text not null check (source in ('link', 'tracking', 'citizen')),
  rated_at timestamptz not null,
  changed_at timestamptz,
  check (changed_at is null or changed_at >= rated_at)
);
create index dossier_ratings_unit_idx on dossier_ratings (unit_id, rated_at);

create table rating_follow_ups (
  dossier_id uuid primary key references dossiers(id),
  unit_id uuid not null references units(id),
  opened_at timestamptz not null,
  due_at timestamptz not null,
  answer text check (answer is null or length(answer) between 10 and 2000),
  answered_by uuid references staff(id),
  answered_at timestamptz,
  check ((answer is null) = (answered_at is null))
);
create index rating_follow_ups_open_idx on rating_follow_ups (unit_id, due_at) where answered_at is null;
