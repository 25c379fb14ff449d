import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../config.js';
import type { DatabaseHandle } from '../../db/connection.js';
import { DEMO_PASSWORD } from '../../services/demo-data/index.js';
import { openTestDatabase } from '../../../test/db.js';
import { buildApp } from '../app.js';

let database: DatabaseHandle;
let app: FastifyInstance;
const lines: string[] = [];

beforeAll(async () => {
  database = await openTestDatabase({ demo: true });
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: '.tmp/unused', LOG_LEVEL: 'trace' });
  app = await buildApp({ config, database }, { logStream: { write: (line) => void lines.push(line) } });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

describe('logs', () => {
  it('never contain passwords, session tokens or CSRF tokens, even at trace level', async () => {
    const secretTry = 'Wrong-Secret-Password-123';
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin.tinh', password: secretTry },
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin.tinh', password: DEMO_PASSWORD },
    });
    const token = ok.cookies.find((c) => c.name === 'motcua_session')!.value;
    const csrf = ok.cookies.find((c) => c.name === 'motcua_csrf')!.value;
    const cookie = `motcua_session=${token}; motcua_csrf=${csrf}`;
    await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Another-New-Password-2026' },
    });
    const created = await app.inject({
      method: 'POST',
      url: '/api/admin/staff/' + '00000000-0000-4000-8000-000000000000' + '/reset-password',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(created.statusCode).toBe(404);

    const log = lines.join('');
    expect(log).toContain('/api/auth/login'); // the requests were logged at all
    for (const secret of [secretTry, DEMO_PASSWORD, 'Another-New-Password-2026', token, csrf]) {
      expect(log).not.toContain(secret);
    }
  });
});
