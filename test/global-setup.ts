/**
 * Integration tier set-up: migrate once into template databases, so each test file starts from a copy
 * (PGlite: a dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE). Two templates: empty (migrated) and
 * demo (migrated + demo data).
 * The tier runs on PGlite by default and on PostgreSQL when MOTCUA_TEST_DB=postgres and TEST_DATABASE_URL is set.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { kyselyOnPglite, kyselyOnPostgres, openPglite } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { loadDemoDataOnce } from '../src/db/seed/index.js';
import { TEMPLATE_DIR, pgDatabaseUrl, templateName, testDatabaseKind } from './db-env.js';

async function pgliteTemplates() {
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  for (const demo of [false, true]) {
    const pglite = await openPglite();
    const handle = kyselyOnPglite(pglite);
    await migrate(handle.db);
    if (demo) await loadDemoDataOnce(handle.db);
    const blob = await pglite.dumpDataDir('gzip');
    fs.writeFileSync(
      path.join(TEMPLATE_DIR, templateName(demo) + '.tar.gz'),
      Buffer.from(await blob.arrayBuffer()),
    );
    await handle.close();
  }
}

async function postgresTemplates() {
  const admin = new pg.Client({ connectionString: pgDatabaseUrl('postgres') });
  await admin.connect();
  try {
    // Drop leftovers of earlier runs.
    const old = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'motcua_t%' and not datistemplate",
    );
    for (const { datname } of old.rows)
      await admin.query(`drop database if exists "${datname}" with (force)`);
    for (const demo of [false, true]) {
      const name = templateName(demo);
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.query(`create database "${name}"`);
      const handle = kyselyOnPostgres(pgDatabaseUrl(name), 2);
      await migrate(handle.db);
      if (demo) await loadDemoDataOnce(handle.db);
      await handle.close();
    }
  } finally {
    await admin.end();
  }
}

export default async function setup(_project: TestProject) {
  if (testDatabaseKind() === 'postgresql') await postgresTemplates();
  else await pgliteTemplates();
}
