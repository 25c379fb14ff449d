/**
 * `npm start` with NODE_ENV=production refuses the development secrets of README.md, any secret published in the
 * repository or shorter than 32 characters, and demo data: exit code 2 and one message naming the variable.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEV_HOTLINE_SECRET, loadConfig } from '../src/config.js';
import { kyselyOnPglite, openPglite } from '../src/db/connection.js';
import { migrate } from '../src/db/migrate.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-prod-'));
  dirs.push(d);
  return d;
};

/** Starts the server as `npm start` does; resolves with its exit code and what it wrote on stderr. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: '',
        DATA_DIR: tempDir(),
        LOG_LEVEL: 'warn',
        MOTCUA_SKIP_WEB_BUILD: '1',
        NODE_ENV: 'production',
        SEED_DEMO: '',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the server started instead of refusing: ' + stderr));
    }, 120_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const fresh = () => randomBytes(32).toString('hex');
/** The development values README.md documents (SESSION_SECRET's default, HOTLINE_SECRET's). */
const readmeSession = loadConfig({}).sessionSecret;

describe('production secrets', () => {
  it("exits 2 naming SESSION_SECRET when it is the README's development value", async () => {
    const r = await start({ SESSION_SECRET: readmeSession, HOTLINE_SECRET: DEV_HOTLINE_SECRET });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/configuration error: SESSION_SECRET is a value published/);
  });

  it("exits 2 naming HOTLINE_SECRET when it is the README's development value (33 characters)", async () => {
    expect(DEV_HOTLINE_SECRET.length).toBeGreaterThanOrEqual(32);
    const r = await start({ SESSION_SECRET: fresh(), HOTLINE_SECRET: DEV_HOTLINE_SECRET });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/HOTLINE_SECRET is a value published/);
  });

  it('exits 2 naming the variable for a secret under 32 characters, and for SEED_DEMO', async () => {
    const short = await start({ SESSION_SECRET: fresh(), HOTLINE_SECRET: 'k'.repeat(20) + '0123456789a' });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/HOTLINE_SECRET must be set to at least 32 characters/);
    const demo = await start({ SESSION_SECRET: fresh(), HOTLINE_SECRET: fresh(), SEED_DEMO: 'true' });
    expect(demo.code).toBe(2);
    expect(demo.stderr).toMatch(/SEED_DEMO=true is refused in production/);
  });

  it('exits 2 on a database that holds demo data, even with secrets of its own', async () => {
    const dataDir = tempDir();
    const database = kyselyOnPglite(await openPglite({ dataDir }));
    await migrate(database.db);
    await database.db
      .insertInto('app_meta')
      .values({ key: 'demo_loaded', value: JSON.stringify({ at: new Date().toISOString() }) })
      .execute();
    await database.close();
    const r = await start({ SESSION_SECRET: fresh(), HOTLINE_SECRET: fresh(), DATA_DIR: dataDir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refuses a database holding demo data \(SEED_DEMO\)/);
    // Migrating an embedded database and starting a server on it: 30 s at a load of 12, 60 s at 20.
  }, 180_000);
});
