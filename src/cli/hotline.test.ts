import { describe, expect, it } from 'vitest';
import { DEV_HOTLINE_SECRET } from '../config.js';
import { foldCall } from '../domain/hotline/fold.js';
import { runCli } from './main.js';
import { generateCalls, parseSimulateArgs, postingOrder } from './hotline.js';

describe('motcua hotline simulate: options', () => {
  it('has defaults for a local demo server', () => {
    expect(parseSimulateArgs(['--seed', '5'], {})).toEqual({
      url: 'http://127.0.0.1:3000',
      secret: DEV_HOTLINE_SECRET,
      line: '0237 3899 001',
      calls: 10,
      rate: 5,
      seed: 5,
      operator: '200',
      specialists: ['211', '212', '213'],
    });
    expect(parseSimulateArgs([], { HOTLINE_SECRET: 'from-env' }).secret).toBe('from-env');
    const o = parseSimulateArgs(
      [
        '--url=http://10.0.0.2:8080/',
        '--secret',
        's',
        '--line',
        '+842373899002',
        '--calls',
        '3',
        '--rate',
        '0.5',
      ],
      {},
    );
    expect(o).toMatchObject({
      url: 'http://10.0.0.2:8080',
      secret: 's',
      line: '+842373899002',
      calls: 3,
      rate: 0.5,
    });
  });

  it('follows PORT and PUBLIC_URL, as the server does; --url still wins', () => {
    const url = (env: NodeJS.ProcessEnv, args: string[] = []) => parseSimulateArgs(args, env).url;
    expect(url({ PORT: '4123' })).toBe('http://127.0.0.1:4123');
    expect(url({ PUBLIC_URL: 'https://motcua.thanhhoa.gov.vn/', PORT: '4123' })).toBe(
      'https://motcua.thanhhoa.gov.vn',
    );
    expect(url({ PUBLIC_URL: '', PORT: '' })).toBe('http://127.0.0.1:3000');
    expect(url({ PUBLIC_URL: 'https://a.example', PORT: '4123' }, ['--url', 'http://b.example:81'])).toBe(
      'http://b.example:81',
    );
    expect(() => url({ PORT: 'http' })).toThrow(/PORT phải là số cổng/);
    expect(() => url({ PUBLIC_URL: 'motcua.local' })).toThrow(/^PUBLIC_URL phải là địa chỉ http/);
  });

  it('answers bad usage with exit code 2 and one line on stderr', async () => {
    for (const args of [
      [],
      ['call'],
      ['simulate', '--calls', '0'],
      ['simulate', '--rate', 'fast'],
      ['simulate', '--line', 'abc'],
      ['simulate', '--url', 'localhost'],
      ['simulate', '--specialists', '211,x'],
      ['simulate', '--loud'],
    ]) {
      const err: string[] = [];
      const code = await runCli(['hotline', ...args], { out: () => {}, err: (l) => err.push(l) });
      expect(code, args.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^motcua hotline: /);
    }
  });
});

describe('motcua hotline simulate: calls', () => {
  const opts = { calls: 200, seed: 42, line: '0237 3899 001', operator: '200', specialists: ['211', '212'] };
  const now = Date.parse('2026-12-03T02:00:00Z');

  it('plays the same calls for the same seed, and other calls for another', () => {
    expect(generateCalls(opts, now)).toEqual(generateCalls(opts, now));
    expect(generateCalls({ ...opts, seed: 43 }, now)).not.toEqual(generateCalls(opts, now));
  });

  it('mixes routed, operator-only and missed calls, some posted out of order, each folding to its kind', () => {
    const calls = generateCalls(opts, now);
    const kinds = new Set(calls.map((c) => c.kind));
    expect(kinds).toEqual(new Set(['routed', 'operator_only', 'missed']));
    expect(calls.some((c) => c.shuffled)).toBe(true);
    for (const c of calls) {
      const stored = c.events.map((e) => ({ ...e, at: Date.parse(e.at) }));
      const folded = foldCall(stored);
      expect(folded.status).toBe(c.kind === 'missed' ? 'missed' : 'ended');
      if (c.kind === 'routed') {
        expect(folded.legs.map((l) => l.extension)[0]).toBe('200');
        expect(['211', '212']).toContain(folded.legs[1]!.extension);
      }
      const ringing = c.events.find((e) => e.event === 'ringing')!;
      expect(ringing.caller).toMatch(/^0(\d{9}|237\d{7})$/);
      expect(ringing.called).toBe('0237 3899 001');
    }
    expect(postingOrder(calls)).toHaveLength(calls.reduce((n, c) => n + c.events.length, 0));
  });
});
