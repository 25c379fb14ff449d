/**
 * A fresh database per test file, copied from the templates made in global-setup.ts.
 *   const t = await openTestDatabase({ demo: true }); … await t.close();
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { kyselyOnPglite, kyselyOnPostgres, openPglite, type DatabaseHandle } from '../src/db/connection.js';
import { adminQuery, pgDatabaseUrl, runContext, templateName, testDatabaseKind } from './db-env.js';

/**
 * An empty, unmigrated database, plus a way to open more connections to it (PostgreSQL only: PGlite is one
 * process-local instance, so `connectAgain` returns undefined there).
 */
export async function openEmptyDatabase(): Promise<{
  handle: DatabaseHandle;
  connectAgain?: () => DatabaseHandle;
}> {
  if (testDatabaseKind() === 'postgresql') {
    const { runId } = runContext();
    const name = `motcua_${runId}_e_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database "${name}"`);
    const handle = kyselyOnPostgres(pgDatabaseUrl(name), 4);
    return {
      handle: {
        ...handle,
        async close() {
          await handle.close();
          await adminQuery(`drop database if exists "${name}" with (force)`);
        },
      },
      connectAgain: () => kyselyOnPostgres(pgDatabaseUrl(name), 2),
    };
  }
  return { handle: kyselyOnPglite(await openPglite()) };
}

export async function openTestDatabase(opts: { demo?: boolean } = {}): Promise<DatabaseHandle> {
  const { runId, templateDir } = runContext();
  const template = templateName(opts.demo ?? false, runId);
  if (testDatabaseKind() === 'postgresql') {
    const name = `motcua_${runId}_t_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database "${name}" template "${template}"`);
    const handle = kyselyOnPostgres(pgDatabaseUrl(name), 10);
    return {
      ...handle,
      async close() {
        await handle.close();
        await adminQuery(`drop database if exists "${name}" with (force)`);
      },
    };
  }
  const blob = new Blob([fs.readFileSync(path.join(templateDir, template + '.tar.gz'))]);
  return kyselyOnPglite(await openPglite({ loadDataDir: blob }));
}
