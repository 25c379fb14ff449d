/** Ids of demo rows by their natural keys (agency id, username), for integration tests that address rows by id. */
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';

/** Every unit's id by its agency id. */
export async function unitIdsByAgency(db: Kysely<Database>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('units').select(['id', 'agency_id']).execute();
  return Object.fromEntries(rows.map((u) => [u.agency_id, u.id]));
}

/** Every staff member's id by username. */
export async function staffIdsByUsername(db: Kysely<Database>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('staff').select(['id', 'username']).execute();
  return Object.fromEntries(rows.map((s) => [s.username, s.id]));
}

/** The id of one staff member (throws when there is no such username). */
export async function staffIdOf(db: Kysely<Database>, username: string): Promise<string> {
  const row = await db
    .selectFrom('staff')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}
