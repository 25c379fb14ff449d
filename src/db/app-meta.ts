/**
 * The database's own facts (app_meta): whether the demo data was loaded into it. The demo loader sets the mark; the
 * portal says the catalogue is a sample while it is there, and production refuses to start with it.
 */
import type { Reader } from './transaction.js';

const DEMO_LOADED = 'demo_loaded';

/** Whether the demo data was ever loaded into this database (whose accounts share the published password). */
export async function demoDataPresent(db: Reader): Promise<boolean> {
  const row = await db.selectFrom('app_meta').select('key').where('key', '=', DEMO_LOADED).executeTakeFirst();
  return row !== undefined;
}

/** Marks the database as loaded with the demo data. */
export async function markDemoDataLoaded(db: Reader): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key: DEMO_LOADED, value: JSON.stringify({ at: new Date().toISOString() }) })
    .execute();
}
