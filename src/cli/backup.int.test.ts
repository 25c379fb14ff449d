/**
 * Backup → restore round trip of the demo database on the tier's database (PGlite or PostgreSQL): `motcua backup`
 * and `motcua restore` run as commands, the restored database holds the same number of rows in every table, its
 * audit chain verifies, and the README's demo dossier still tracks with the phone's last four digits. On PGlite the
 * backup is taken while a server holds the data directory (through it), and a second process (`motcua sweep`) is
 * refused with exit code 2.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { kyselyOnPglite, kyselyOnPostgres, openPglite, type DatabaseHandle } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { buildApp } from '../http/app.js';
import { verifyAuditChain } from '../services/audit/verify.js';
import { restoreEmbedded } from '../services/backup/embedded.js';
import { demoTrackingExample } from '../services/demo-data/dossiers.js';
import { adminQuery, pgDatabaseUrl, runContext, templateName, testDatabaseKind } from '../../test/db-env.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const motcua = path.join(root, 'bin/motcua.mjs');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-backup-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [motcua, ...args], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const { rows } = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  const counts: Record<string, number> = {};
  for (const { tablename } of rows) {
    const r = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(tablename)}`.execute(db);
    counts[tablename] = r.rows[0]!.n;
  }
  return counts;
}

/** The restored database answers the README's demo dossier by its code and the phone's last four digits. */
async function tracks(database: DatabaseHandle) {
  const example = await demoTrackingExample(database.db);
  expect(example).toBeDefined();
  const app = await buildApp(
    { config: loadConfig({ NODE_ENV: 'test', DATA_DIR: path.join(dir, 'unused') }), database },
    { logger: false },
  );
  try {
    const res = await app.inject({ url: `/api/track/${example!.code}?phone=5678` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: example!.code });
  } finally {
    await app.close();
  }
}

async function checkRestored(original: Record<string, number>, restored: DatabaseHandle) {
  expect(await rowCounts(restored.db)).toEqual(original);
  expect(original.dossiers).toBeGreaterThan(0);
  expect(original.audit_log).toBeGreaterThan(0);
  expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, count: original.audit_log });
  await tracks(restored);
}

describe.runIf(testDatabaseKind() === 'pglite')('embedded database', () => {
  it('backs up through the running server, refuses a second process, restores into an empty folder', async () => {
    const { runId, templateDir } = runContext();
    const data = path.join(dir, 'data');
    await restoreEmbedded(path.join(templateDir, templateName(true, runId) + '.tar.gz'), data);

    const env = { DATA_DIR: data, MESSAGES_FILE: path.join(dir, 'messages.jsonl') };
    const server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/main.ts')], {
      cwd: root,
      env: { ...process.env, ...env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SWEEP_MINUTES: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('motcua is running')) resolve();
        });
        server.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
      });
      const sweep = await run(['sweep'], env);
      expect(sweep.code).toBe(2);
      expect(sweep.stderr).toMatch(/^motcua sweep: .*đang được một tiến trình motcua khác dùng \(pid \d+\)/);

      const backup = await run(['backup', '--out', path.join(dir, 'demo.tar.gz')], env);
      expect(backup.code, backup.stderr).toBe(0);
      expect(JSON.parse(backup.stdout)).toMatchObject({ database: 'pglite', via: 'server' });
      const busy = await run(['restore', path.join(dir, 'demo.tar.gz')], env);
      expect(busy.code).toBe(2);
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }

    const restoredDir = path.join(dir, 'restored');
    const restore = await run(['restore', path.join(dir, 'demo.tar.gz')], { DATA_DIR: restoredDir });
    expect(restore.code, restore.stderr).toBe(0);
    const again = await run(['restore', path.join(dir, 'demo.tar.gz')], { DATA_DIR: restoredDir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('chỉ khôi phục vào thư mục trống');

    const original = kyselyOnPglite(await openPglite({ dataDir: data }));
    const counts = await rowCounts(original.db);
    await original.close();
    const restored = kyselyOnPglite(await openPglite({ dataDir: restoredDir }));
    try {
      await checkRestored(counts, restored);
    } finally {
      await restored.close();
    }
  }, 600_000);
});

describe.runIf(testDatabaseKind() === 'postgresql')('PostgreSQL', () => {
  const created: string[] = [];
  afterAll(async () => {
    for (const name of created) await adminQuery(`drop database if exists "${name}" with (force)`);
  });

  it('backs up with pg_dump and restores into an empty database only', async () => {
    const { runId } = runContext();
    const suffix = randomBytes(4).toString('hex');
    const source = `motcua_${runId}_bk_${suffix}`;
    const target = `motcua_${runId}_rs_${suffix}`;
    created.push(source, target);
    await adminQuery(`create database "${source}" template "${templateName(true, runId)}"`);
    await adminQuery(`create database "${target}"`);

    const file = path.join(dir, 'demo.dump');
    const backup = await run(['backup', '--out', file], { DATABASE_URL: pgDatabaseUrl(source) });
    expect(backup.code, backup.stderr).toBe(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ database: 'postgresql' });

    const restore = await run(['restore', file], { DATABASE_URL: pgDatabaseUrl(target) });
    expect(restore.code, restore.stderr).toBe(0);
    const again = await run(['restore', file], { DATABASE_URL: pgDatabaseUrl(target) });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('chỉ khôi phục vào cơ sở dữ liệu trống');

    const original = kyselyOnPostgres(pgDatabaseUrl(source), 2);
    const counts = await rowCounts(original.db);
    await original.close();
    const restored = kyselyOnPostgres(pgDatabaseUrl(target), 4);
    try {
      await checkRestored(counts, restored);
    } finally {
      await restored.close();
    }
  }, 600_000);
});
