import { describe, expect, it } from 'vitest';
import { runCli } from './main.js';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('motcua backup, restore and audit', () => {
  it('explain themselves with --help (exit 0)', async () => {
    const backup = await cli(['backup', '--help']);
    expect(backup.code).toBe(0);
    expect(backup.out.join('\n')).toContain('Cách dùng / Usage: motcua backup --out FILE');
    expect(backup.out.join('\n')).toContain('postgresql-client');
    const restore = await cli(['restore', '--help']);
    expect(restore.code).toBe(0);
    expect(restore.out.join('\n')).toContain('Cách dùng / Usage: motcua restore FILE [--force]');
    expect(restore.out.join('\n')).toContain('trống');
    const audit = await cli(['audit', 'verify', '--help']);
    expect(audit.code).toBe(0);
    expect(audit.out.join('\n')).toContain('Cách dùng / Usage: motcua audit verify');
  });

  it('answer missing or unknown arguments with exit code 2 and one line on stderr', async () => {
    for (const args of [
      ['backup'],
      ['backup', '--out'],
      ['backup', '--out', 'a', 'b'],
      ['restore'],
      ['restore', 'a', 'b'],
      ['restore', 'a', '--clean'],
      ['audit'],
      ['audit', 'repair'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(new RegExp(`^motcua ${args[0]}: `));
    }
  });
});
