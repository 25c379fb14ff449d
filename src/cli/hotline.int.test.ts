/**
 * `motcua hotline simulate` against a running test app: the calls it plays are accepted, stored and folded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/app.js';
import { runCli } from './main.js';

let t: TestApp;
let url = '';
let port = 0;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  url = `http://127.0.0.1:${port}`;
});
afterAll(() => t.close());

describe('motcua hotline simulate', () => {
  it('plays signed calls that the server folds (missed ones queued for a callback)', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ['hotline', 'simulate', '--url', url, '--calls', '12', '--rate', '100', '--seed', '11'],
      {
        out: (l) => out.push(l),
        err: (l) => err.push(l),
      },
    );
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^hotline simulate: 12 calls .* 0 refused in [\d.]+ s, seed 11$/);
    const calls = await t.database.db
      .selectFrom('hotline_calls')
      .select(['status', 'id'])
      .where('pbx_call_id', 'like', 'sim-11-%')
      .execute();
    expect(calls).toHaveLength(12);
    expect(calls.every((c) => c.status === 'ended' || c.status === 'missed')).toBe(true);
    const missed = calls.filter((c) => c.status === 'missed');
    const callbacks = await t.database.db
      .selectFrom('hotline_callbacks')
      .select('call_id')
      .where('reason', '=', 'missed')
      .execute();
    for (const m of missed) expect(callbacks.map((c) => c.call_id)).toContain(m.id);
  });

  it('refuses to play with the wrong secret: every event is refused, exit 1', async () => {
    const out: string[] = [];
    const code = await runCli(
      [
        'hotline',
        'simulate',
        '--url',
        url,
        '--calls',
        '1',
        '--rate',
        '100',
        '--seed',
        '12',
        '--secret',
        'wrong',
      ],
      {
        out: (l) => out.push(l),
        err: () => {},
      },
    );
    expect(code).toBe(1);
    expect(out[0]).toMatch(
      /0 accepted, 0 duplicates, [1-9]\d* refused \(sim-12-1\/ringing: 401 HOTLINE_SIGNATURE_INVALID/,
    );
  });

  it('plays into the server at PORT when neither --url nor PUBLIC_URL is given', async () => {
    const saved = { PORT: process.env.PORT, PUBLIC_URL: process.env.PUBLIC_URL };
    process.env.PORT = String(port);
    delete process.env.PUBLIC_URL;
    try {
      const out: string[] = [];
      const code = await runCli(['hotline', 'simulate', '--calls', '2', '--rate', '100', '--seed', '13'], {
        out: (l) => out.push(l),
        err: (l) => out.push(l),
      });
      expect(out[0]).toMatch(/^hotline simulate: 2 calls .* 0 refused/);
      expect(code).toBe(0);
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
