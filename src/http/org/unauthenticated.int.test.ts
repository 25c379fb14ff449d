/**
 * Every staff endpoint, as listed in the OpenAPI document (all of /api/admin/* and /api/auth/me), answers 401 to a
 * request without a session — whatever its body, and before any validation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
let operations: { method: string; path: string }[] = [];

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, unknown>>;
  }>();
  operations = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/admin/') || path === '/api/auth/me')
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((method) => ({ method: method.toUpperCase(), path })),
    );
});
afterAll(() => t.close());

const fill = (path: string) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) =>
    /id$/i.test(name) ? '6f1c2c55-4d8e-4f57-9a0e-0c7f3b7b2a11' : name === 'code' ? 'HT' : 'x',
  );

describe('staff endpoints without a session', () => {
  it('are found in the OpenAPI document', () => {
    const listed = operations.map((o) => `${o.method} ${o.path}`);
    expect(listed).toEqual(
      expect.arrayContaining([
        'GET /api/auth/me',
        'GET /api/admin/units',
        'POST /api/admin/units',
        'PATCH /api/admin/units/{id}',
        'GET /api/admin/fields',
        'POST /api/admin/fields',
        'PATCH /api/admin/fields/{code}',
        'GET /api/admin/staff',
        'GET /api/admin/staff/{id}',
        'POST /api/admin/staff',
        'PATCH /api/admin/staff/{id}',
        'POST /api/admin/staff/{id}/reset-password',
      ]),
    );
  });

  it('all answer 401 UNAUTHENTICATED, with or without a body, and with a dead session cookie', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const url = fill(op.path);
      const variants = [
        {},
        op.method === 'GET' ? { query: { pageSize: '0' } } : { payload: { unexpected: true } },
        { headers: { cookie: 'motcua_session=' + 'A'.repeat(43) } },
      ];
      for (const v of variants) {
        const res = await t.app.inject({ method: op.method as 'GET', url, ...v });
        const code = res.statusCode === 401 ? res.json<{ error: { code: string } }>().error.code : '';
        if (res.statusCode !== 401 || code !== 'UNAUTHENTICATED') {
          failures.push(
            `${op.method} ${url} ${JSON.stringify(v)} → ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
