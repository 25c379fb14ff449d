import type { RatingLevel, RatingSource } from '../../domain/ratings/ratings.js';
import type { Timestamp } from './core.js';

/** A citizen's rating of a returned dossier (migration 0042). */
export interface DossierRatingsTable {
  dossier_id: string;
  unit_id: string;
  officer_id: string | null;
  level: RatingLevel;
  reasons: string[];
  comment: string | null;
  source: RatingSource;
  rated_at: Timestamp;
  changed_at: Timestamp | null;
}

/** What the unit's leaders owe a citizen who was not satisfied. */
export interface RatingFollowUpsTable {
  dossier_id: string;
  unit_id: string;
  opened_at: Timestamp;
  due_at: Timestamp;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
}

export interface RatingTables {
  dossier_ratings: DossierRatingsTable;
  rating_follow_ups: RatingFollowUpsTable;
}
