/** A national procedure code typed without its dot ("1001193") finds the procedure, in search and by its address. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

describe('a procedure code without its dot', () => {
  it('GET /api/procedures/1001193 answers the procedure 1.001193', async () => {
    const res = await t.app.inject({ url: '/api/procedures/1001193' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ code: string }>().code).toBe('1.001193');
  });

  it('search for "1001193" puts 1.001193 first', async () => {
    const res = await t.app.inject({ url: '/api/procedures?q=1001193' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: { code: string }[] }>().items[0]?.code).toBe('1.001193');
  });
});
