import { describe, expect, it } from 'vitest';
import { parseHousekeepingArgs } from './housekeeping.js';
import { commands } from './commands.js';
import { helpText } from './help.js';
import { runCli } from './main.js';

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

  it("is listed in the tool's help, whose descriptions start in one column", () => {
    const lines = helpText(commands, []).split('\n');
    const rows = lines.filter((l) => /^ {2}[a-z]/.test(l));
    expect(rows.some((l) => /^ {2}housekeeping +Dọn dẹp một lần/.test(l))).toBe(true);
    const starts = rows.map((l) => /^ {2}\S.*? {2,}(?=\S)/.exec(l)![0].length);
    expect(rows.length).toBeGreaterThan(8);
    expect(new Set(starts).size).toBe(1);
  });
});
