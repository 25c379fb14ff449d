/**
 * The `npm start` contract: a fresh data directory gets migrations and demo data on first start, the URL and demo
 * logins are printed, SIGTERM shuts down cleanly, and a restart keeps the data without loading the demo again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './harness.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-startup-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('npm start', () => {
  it('starts on a fresh data directory, loads demo data once, stops cleanly, and restarts with its data', async () => {
    const first = await startServer({}, { dataDir, keepData: true });
    const health = (await (await fetch(first.url + '/api/health')).json()) as {
      status: string;
      database: string;
    };
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' });
    expect(first.output()).toContain(
      `motcua is running: ${first.url}`.replace('127.0.0.1', 'localhost').split(':')[0],
    );
    expect(first.output()).toContain('Demo data loaded');
    expect(first.output()).toMatch(/Demo logins/);
    expect(await first.stop()).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);

    const second = await startServer({}, { dataDir, keepData: true });
    expect(second.output()).toContain('Demo data present');
    expect(second.output()).not.toContain('Demo data loaded');
    expect(await second.stop()).toBe(0);
  });

  it('refuses to start in production without a session secret', async () => {
    await expect(startServer({ NODE_ENV: 'production', SESSION_SECRET: '' })).rejects.toThrow(
      /SESSION_SECRET/,
    );
  });
});
