import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { runCli } from './main.js';
import { parseSweepArgs } from './sweep.js';

describe('motcua sweep', () => {
  it('reads --at as Vietnam time unless an offset is given, and the at-risk threshold', () => {
    expect(parseSweepArgs(['--at', '2027-03-17T07:00'])).toEqual({
      now: Date.parse('2027-03-17T07:00:00+07:00'),
      atRiskWorkingDays: 1,
    });
    expect(parseSweepArgs(['--at-risk-days', '2']).atRiskWorkingDays).toBe(2);
    expect(parseSweepArgs([]).now).toBeUndefined();
  });

  it('answers bad options with exit code 2 and one line on stderr', async () => {
    for (const args of [['--at', 'hôm qua'], ['--at-risk-days', '0'], ['--soon']]) {
      const err: string[] = [];
      const code = await runCli(['sweep', ...args], { out: () => {}, err: (l) => err.push(l) });
      expect(code, args.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^motcua sweep: /);
    }
  });
});

describe('SWEEP_MINUTES', () => {
  it('defaults to 5, accepts 0 (off) and refuses anything else than 0 to 1440', () => {
    expect(loadConfig({}).sweepMinutes).toBe(5);
    expect(loadConfig({ SWEEP_MINUTES: '0' }).sweepMinutes).toBe(0);
    expect(loadConfig({ SWEEP_MINUTES: '15' }).sweepMinutes).toBe(15);
    for (const bad of ['-1', '1.5', 'soon', '1441']) {
      expect(() => loadConfig({ SWEEP_MINUTES: bad }), bad).toThrow(ConfigError);
    }
  });
});
