import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';

/** A signed-in citizen (migration 0031); `id` is the SHA-256 of the cookie's token. */
export interface CitizenSessionsTable {
  id: string;
  /** +84 and 9 digits: the phone the one-time code proved. */
  phone: string;
  verified_by: Generated<'phone'>;
  csrf_secret: string;
  created_at: Timestamp;
  /** Slides with use (idle lifetime), never past ends_at. */
  expires_at: Timestamp;
  ends_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface CitizenTables {
  citizen_sessions: CitizenSessionsTable;
}
