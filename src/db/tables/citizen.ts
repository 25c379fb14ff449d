import type { Generated } from 'kysely';
import type { Timestamp } from './core.js';

/** A signed-in citizen (migrations 0031, 0036); `id` is the SHA-256 of the cookie's token. */
export interface CitizenSessionsTable {
  id: string;
  /** +84 and 9 digits: the phone the one-time code proved, or the identity provider said was verified. */
  phone: string | null;
  /** The person the national identity sign-in linked (never null then; null after a phone sign-in). */
  person_id: string | null;
  /** How the citizen proved who they are: 'phone', 'national-id'. */
  verified_by: Generated<('phone' | 'national-id')[]>;
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
