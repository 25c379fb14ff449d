import { describe, expect, it } from 'vitest';
import { parseHousekeepingArgs } from './housekeeping.js';
import { runCli, usage } from './main.js';

describe('motcua housekeeping', () => {
  it('reads --at as Vietnam time unless an offset is given', () => {
    expect(parseHousekeepingArgs(['--at', '2027-03-17T07:00'])).toEqual({
      now: Date.parse('2027-03-17T07:00:00+07:00'),
    });
    expect(parseHousekeepingArgs(['--at=2027-03-17T07:00Z']).now).toBe(Date.parse('2027-03-17T07:00:00Z'));
    expect(parseHousekeepingArgs([])).toEqual({ now: undefined });
  });

  it('answers bad options with exit code 2 and one line on stderr', async () => {
    for (const args of [['--at', 'hôm qua'], ['--at'], ['--all'], ['sessions']]) {
      const err: string[] = [];
      const code = await runCli(['housekeeping', ...args], { out: () => {}, err: (l) => err.push(l) });
      expect(code, args.join(' ')).toBe(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/^motcua housekeeping: /);
    }
  });

  it('is listed in the usage, whose summaries start in one column', () => {
    const lines = usage().split('\n').slice(1);
    expect(lines.some((l) => /^ {2}motcua housekeeping +\[--at ISO8601\]/.test(l))).toBe(true);
    const starts = lines.map((l) => {
      const summary = /^ {2}motcua \S+ +(\S.*)$/.exec(l)![1]!;
      return l.length - summary.length;
    });
    expect(lines.length).toBeGreaterThan(1);
    expect(new Set(starts).size).toBe(1);
  });
});
