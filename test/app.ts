/**
 * An application on a fresh test database, for integration tests through HTTP (app.inject).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../src/config.js';
import { buildApp } from '../src/http/app.js';
import { openTestDatabase } from './db.js';
import type { DatabaseHandle } from '../src/db/connection.js';

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function openTestApp(
  opts: { demo?: boolean; env?: Record<string, string>; logStream?: { write(line: string): void } } = {},
): Promise<TestApp> {
  const database = await openTestDatabase({ demo: opts.demo ?? true });
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '.tmp/unused',
    // Tests act as a proxy: loginAs sends X-Forwarded-For so that each test client has its own address.
    TRUST_PROXY: 'true',
    ...opts.env,
  });
  // Silent unless a test reads the log (it then sets LOG_LEVEL in env).
  const app = await buildApp(
    { config, database },
    opts.logStream ? { logStream: opts.logStream } : { logger: false },
  );
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * A test file's application in one line: opened before the file's first test, closed after its last. The returned
 * object is filled in by then (read `t.app` and `t.database` inside tests and hooks, not at the top of the file).
 */
export function useTestApp(opts: Parameters<typeof openTestApp>[0] = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await openTestApp(opts));
  });
  afterAll(() => t.close?.());
  return t;
}
