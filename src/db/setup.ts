/**
 * Opening the configured database ready for use: migrated, and on PostgreSQL with a separate owner
 * (DATABASE_MIGRATION_URL) the application's role granted its rights (roles.ts). Used by the server and the
 * commands that work on the configured database.
 */
import type { Config } from '../config.js';
import { kyselyOnPostgres, openDatabase, type DatabaseHandle } from './connection.js';
import { migrate } from './migrate.js';
import { currentRole, grantApplicationRole } from './roles.js';

export interface ReadyDatabase {
  database: DatabaseHandle;
  /** The migrations this start applied. */
  applied: string[];
  /** On PostgreSQL with an owner URL: the application's role, granted. */
  appRole?: string;
}

export async function openReadyDatabase(
  config: Pick<Config, 'databaseUrl' | 'databaseMigrationUrl' | 'dataDir'>,
): Promise<ReadyDatabase> {
  const database = await openDatabase(config);
  try {
    if (!config.databaseMigrationUrl) return { database, applied: await migrate(database.db) };
    const owner = kyselyOnPostgres(config.databaseMigrationUrl, 2);
    try {
      const applied = await migrate(owner.db);
      const app = await currentRole(database.db);
      const ownerRole = await currentRole(owner.db);
      if (app.name === ownerRole.name) return { database, applied };
      await grantApplicationRole(owner.db, app.name);
      return { database, applied, appRole: app.name };
    } finally {
      await owner.close();
    }
  } catch (err) {
    await database.close();
    throw err;
  }
}
