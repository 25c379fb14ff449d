/**
 * Random text, unicode, broken percent-encodings and huge numbers into every query and path parameter of the
 * public catalogue: the answer is never a 5xx, and every error is the JSON error body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loadCatalogue } from '../../../test/catalogue.js';
import { encoded } from '../../../test/fuzz.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: false });
  await loadCatalogue(t.database.db);
});
afterAll(() => t.close());

const queryKeys = ['q', 'field', 'level', 'unit', 'limit', 'offset', 'at', 'x'];
const query = fc
  .array(fc.tuple(fc.constantFrom(...queryKeys), encoded), { maxLength: 5 })
  .map((pairs) => (pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${v}`).join('&') : ''));

async function expectNoServerError(url: string) {
  const res = await t.app.inject({ method: 'GET', url });
  if (res.statusCode >= 500) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  const body = res.statusCode === 304 ? null : res.json<{ error?: { code?: string } | string }>();
  if (res.statusCode >= 400) {
    // Every refusal, including the router's (bad percent-encoding, over-long parameter), has our error body.
    expect(typeof body?.error === 'object' ? body.error.code : undefined, url).toMatch(/^[A-Z_]+$/);
  }
}

describe('fuzzing the public catalogue', () => {
  it('GET /api/procedures with random query parameters never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(query, (q) => expectNoServerError(`/api/procedures${q}`)),
      { numRuns: 400 },
    );
  });

  it('GET /api/procedures/{code} with random codes and dates never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(encoded, query, (code, q) => expectNoServerError(`/api/procedures/${code}${q}`)),
      { numRuns: 400 },
    );
  });

  it('GET /api/procedures/{code}/versions and /api/fields never answer 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(encoded, query, async (code, q) => {
        await expectNoServerError(`/api/procedures/${code}/versions${q}`);
        await expectNoServerError(`/api/fields${q}`);
      }),
      { numRuns: 300 },
    );
  });

  it('known edge cases', async () => {
    for (const url of [
      '/api/procedures?q=%00',
      '/api/procedures?unit=%00',
      '/api/procedures?unit=00000000-0000-0000-0000-000000000000',
      '/api/procedures?limit=1e308',
      '/api/procedures?offset=99999999999999999999',
      '/api/procedures/1.001193?at=0000-01-01',
      '/api/procedures/1.001193?at=2026-02-30',
      '/api/procedures/%00',
      '/api/procedures/%22%0D%0Ax',
      '/api/procedures/%22%0D%0Ax/versions',
    ]) {
      await expectNoServerError(url);
    }
  });
});
