/**
 * A fresh database per test file, copied from the templates made in global-setup.ts.
 *   const t = await openTestDatabase({ demo: true }); … await t.close();
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { kyselyOnPglite, kyselyOnPostgres, openPglite, type DatabaseHandle } from '../src/db/connection.js';
import { TEMPLATE_DIR, pgDatabaseUrl, templateName, testDatabaseKind } from './db-env.js';

export async function openTestDatabase(opts: { demo?: boolean } = {}): Promise<DatabaseHandle> {
  const template = templateName(opts.demo ?? false);
  if (testDatabaseKind() === 'postgresql') {
    const name = 'motcua_t_' + randomBytes(6).toString('hex');
    const admin = new pg.Client({ connectionString: pgDatabaseUrl('postgres') });
    await admin.connect();
    await admin.query(`create database "${name}" template "${template}"`);
    await admin.end();
    const handle = kyselyOnPostgres(pgDatabaseUrl(name), 10);
    return {
      ...handle,
      async close() {
        await handle.close();
        const a = new pg.Client({ connectionString: pgDatabaseUrl('postgres') });
        await a.connect();
        await a.query(`drop database if exists "${name}" with (force)`);
        await a.end();
      },
    };
  }
  const blob = new Blob([fs.readFileSync(path.join(TEMPLATE_DIR, template + '.tar.gz'))]);
  return kyselyOnPglite(await openPglite({ loadDataDir: blob }));
}
