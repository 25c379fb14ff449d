/**
 * What every `motcua` sub-command shares: where it writes, the error that means "bad input, exit 2", and the
 * configured database.
 */
import type { Kysely } from 'kysely';
import { loadConfig } from '../config.js';
import { openReadyDatabase } from '../db/setup.js';
import type { Database } from '../db/schema.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** Bad input: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {}

/**
 * Runs a command on the configured database, migrated first, and closes it whatever happens. The embedded database
 * held by a running server is not opened: DataDirLockedError (exit code 2, runCli).
 */
export async function onConfiguredDatabase<T>(run: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const { database } = await openReadyDatabase(loadConfig());
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}
