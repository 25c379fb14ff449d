/**
 * PostgreSQL roles: with DATABASE_MIGRATION_URL (the tables' owner) and DATABASE_URL (the application's role),
 * the application's role works the product (logs in, reads a dossier: audit rows chained) but is refused TRUNCATE,
 * ALTER TABLE … DISABLE TRIGGER, UPDATE and DELETE on audit_log and dossier_actions.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { buildApp } from '../http/app.js';
import { loginAs } from '../../test/auth.js';
import { adminQuery, pgDatabaseUrl, runContext, templateName, testDatabaseKind } from '../../test/db-env.js';
import { demoTrackingExample } from '../services/demo-data/dossiers.js';
import { verifyAuditChain } from '../services/audit/verify.js';
import { openReadyDatabase, type ReadyDatabase } from './setup.js';

describe.runIf(testDatabaseKind() === 'postgresql')('the application role on PostgreSQL', () => {
  const suffix = randomBytes(4).toString('hex');
  const role = `motcua_app_${suffix}`;
  const password = randomBytes(12).toString('hex');
  let database: string;
  let ready: ReadyDatabase;

  beforeAll(async () => {
    database = `motcua_${runContext().runId}_roles_${suffix}`;
    await adminQuery(`create database "${database}" template "${templateName(true, runContext().runId)}"`);
    await adminQuery(`create role ${role} login password '${password}'`);
    const appUrl = new URL(pgDatabaseUrl(database));
    appUrl.username = role;
    appUrl.password = password;
    ready = await openReadyDatabase({
      databaseUrl: appUrl.toString(),
      databaseMigrationUrl: pgDatabaseUrl(database),
      dataDir: 'unused',
    });
  });

  afterAll(async () => {
    await ready?.database.close();
    await adminQuery(`drop database if exists "${database}" with (force)`);
    await adminQuery(`drop role if exists ${role}`);
  });

  it('grants the application role and reports it', () => {
    expect(ready.appRole).toBe(role);
  });

  it('the application works as that role, and its audit rows are chained', async () => {
    const app = await buildApp(
      { config: loadConfig({ NODE_ENV: 'test', TRUST_PROXY: 'true' }), database: ready.database },
      { logger: false },
    );
    try {
      const officer = await loginAs(app, 'tiepnhan.dongtien');
      const code = (await demoTrackingExample(ready.database.db))!.code;
      expect((await app.inject({ url: `/api/dossiers/${code}`, ...officer })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
    expect(await verifyAuditChain(ready.database.db)).toMatchObject({ ok: true });
  });

  for (const table of ['audit_log', 'dossier_actions']) {
    it(`refuses TRUNCATE, DISABLE TRIGGER, UPDATE and DELETE on ${table}`, async () => {
      const db = ready.database.db;
      const t = sql.table(table);
      const refusals = [
        sql`truncate ${t}`,
        sql`alter table ${t} disable trigger all`,
        sql`alter table ${t} disable trigger ${sql.id(table === 'audit_log' ? 'audit_log_no_update' : 'dossier_actions_no_change')}`,
        sql`update ${t} set at = at`,
        sql`delete from ${t}`,
        sql`drop table ${t}`,
      ];
      for (const statement of refusals) {
        await expect(statement.execute(db), statement.compile(db).sql).rejects.toThrow(
          /permission denied|must be owner/,
        );
      }
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${t}`.execute(db);
      expect(rows[0]!.n).toBeGreaterThan(0);
    });
  }
});
