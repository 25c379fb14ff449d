/**
 * Integration tier set-up: migrate once into template databases, so each test file starts from a copy
 * (PGlite: a dumped data directory; PostgreSQL: CREATE DATABASE … TEMPLATE). Two templates: empty (migrated) and
 * demo (migrated + demo data). Names and folders are unique per run, and removed at the end.
 * The tier runs on PGlite by default and on PostgreSQL when MOTCUA_TEST_DB=postgres and TEST_DATABASE_URL is set.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { kyselyOnPglite, kyselyOnPostgres, openPglite } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';
import { loadDemoDataOnce } from '../src/services/demo-data/index.js';
import { pgDatabaseUrl, templateName, testDatabaseKind } from './db-env.js';

async function pgliteTemplates(dir: string, runId: string) {
  for (const demo of [false, true]) {
    const pglite = await openPglite();
    const handle = kyselyOnPglite(pglite);
    await migrate(handle.db);
    if (demo) await loadDemoDataOnce(handle.db);
    const blob = await pglite.dumpDataDir('gzip');
    fs.writeFileSync(
      path.join(dir, templateName(demo, runId) + '.tar.gz'),
      Buffer.from(await blob.arrayBuffer()),
    );
    await handle.close();
  }
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: pgDatabaseUrl('postgres') });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function postgresTemplates(runId: string) {
  for (const demo of [false, true]) {
    const name = templateName(demo, runId);
    await withAdmin((admin) => admin.query(`create database "${name}"`));
    const handle = kyselyOnPostgres(pgDatabaseUrl(name), 2);
    await migrate(handle.db);
    if (demo) await loadDemoDataOnce(handle.db);
    await handle.close();
  }
}

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-templates-'));
  project.provide('motcuaRunId', runId);
  project.provide('motcuaTemplateDir', dir);
  const onPostgres = testDatabaseKind() === 'postgresql';
  if (onPostgres) await postgresTemplates(runId);
  else await pgliteTemplates(dir, runId);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (!onPostgres) return;
    await withAdmin(async (admin) => {
      const rows = await admin.query<{ datname: string }>(
        'select datname from pg_database where datname like $1',
        [`motcua_%${runId}%`],
      );
      for (const { datname } of rows.rows)
        await admin.query(`drop database if exists "${datname}" with (force)`);
    });
  };
}
