/**
 * Logging in from integration tests:
 *   const as = await loginAs(t.app, 'admin.dongtien');
 *   await t.app.inject({ method: 'POST', url: '/api/admin/staff', ...as, payload: {...} });
 * The returned headers carry the session cookie and the CSRF token that writes need.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll } from 'vitest';
import { DEMO_PASSWORD } from '../src/services/demo-data/index.js';

export interface LoggedIn {
  headers: { cookie: string; 'x-csrf-token': string };
}

let clientNumber = 0;

/**
 * A distinct client address per login (198.18.0.0/15 is reserved for tests), so that test files logging in many
 * times never hit the per-address login rate limit, which tests of that limit exercise on purpose.
 */
export function testClientAddress(): string {
  clientNumber += 1;
  return `198.18.${Math.floor(clientNumber / 250) % 250}.${(clientNumber % 250) + 1}`;
}

export async function loginAs(
  app: FastifyInstance,
  username: string,
  password: string = DEMO_PASSWORD,
): Promise<LoggedIn> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': testClientAddress() },
    payload: { username, password },
  });
  if (res.statusCode !== 200) {
    throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
  }
  const jar = new Map<string, string>();
  for (const c of res.cookies) jar.set(c.name, c.value);
  const session = jar.get('motcua_session');
  const csrf = jar.get('motcua_csrf');
  if (!session || !csrf) throw new Error(`login as ${username} set no session cookies`);
  return { headers: { cookie: `motcua_session=${session}; motcua_csrf=${csrf}`, 'x-csrf-token': csrf } };
}

/**
 * Signs the demo accounts in before the file's tests (after the hooks registered before this call, such as
 * useTestApp's); the returned record holds each one's headers by username by then.
 */
export function useLogins(
  t: { app: FastifyInstance },
  usernames: readonly string[],
): Record<string, LoggedIn> {
  const as: Record<string, LoggedIn> = {};
  beforeAll(async () => {
    for (const u of usernames) as[u] = await loginAs(t.app, u);
  });
  return as;
}
