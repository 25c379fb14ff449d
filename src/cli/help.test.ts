/**
 * `--help` and `-h` on every command and sub-command of the registry: exit 0, Vietnamese and English, every option
 * explained, and nothing run. A command added without a description cannot be registered (the types), and one
 * whose options are not described refuses them (optionSpec), so this test covers every future command too.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from './commands.js';
import { allPaths, commandAt, leafPaths, type LeafCommand } from './help.js';
import { runCli } from './main.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const commandOf = (path: readonly string[]) => commandAt(commands, path)!;

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i;

/** Replaces every command's run with a spy, so that a help request that ran something would be seen. */
function spyOnRuns() {
  return leafPaths(commands).map((p) => vi.spyOn(commandOf(p) as LeafCommand, 'run'));
}
afterEach(() => vi.restoreAllMocks());

describe('motcua --help', () => {
  const paths = [[], ...allPaths(commands)];

  it('knows the commands and sub-commands of the registry', () => {
    const names = allPaths(commands).map((p) => p.join(' '));
    expect(names).toEqual(
      expect.arrayContaining(['audit verify', 'catalogue from-national', 'hotline simulate']),
    );
    expect(names).toEqual(
      expect.arrayContaining(['backup', 'restore', 'due', 'lunar', 'sweep', 'housekeeping']),
    );
  });

  it.each(
    paths.flatMap((p) => [
      [...p, '--help'],
      [...p, '-h'],
    ]),
  )('%j: exit 0, usage in Vietnamese and English, nothing run', async (...argv) => {
    const runs = spyOnRuns();
    const r = await cli(...argv);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out).toContain('Cách dùng / Usage: motcua');
    expect(r.out).toContain('-h, --help');
    for (const run of runs) expect(run).not.toHaveBeenCalled();
  });

  it.each(leafPaths(commands))(
    '%s %s: every option and argument explained in both languages',
    async (...p) => {
      const command = commandOf(p) as LeafCommand;
      const { out } = await cli(...p, '--help');
      expect(out).toContain(`motcua ${p.join(' ')}`);
      const explained = [command.summary, ...(command.args ?? []), ...(command.options ?? [])];
      for (const text of explained) {
        expect(text.vi, text.en).toMatch(VIETNAMESE);
        expect(text.en, text.vi).not.toMatch(VIETNAMESE);
        expect(out).toContain(text.vi);
        expect(out).toContain(text.en);
      }
      for (const o of command.options ?? []) expect(out).toContain(`--${o.name}`);
      for (const a of command.args ?? []) expect(out).toContain(a.name);
      if (command.notes) {
        expect(command.notes.vi).toMatch(VIETNAMESE);
        expect(command.notes.en).not.toMatch(VIETNAMESE);
      }
    },
  );

  it('lists every command in the top help and every sub-command in its group help', async () => {
    const top = (await cli('--help')).out;
    for (const p of leafPaths(commands)) expect(top).toContain(`  ${p.join(' ')}  `);
    expect((await cli('hotline', '-h')).out).toContain('  hotline simulate  ');
  });

  it('runs the command when no help is asked (the spies see it)', async () => {
    const runs = spyOnRuns();
    expect((await cli('lunar', '2026-02-17')).out).toBe('1/1/2026');
    expect(runs.filter((r) => r.mock.calls.length > 0)).toHaveLength(1);
  });

  it.each([
    [[], /^motcua: thiếu lệnh \/ missing command \(xem \/ see: motcua --help\)$/],
    [['bogus'], /^motcua: không có lệnh "bogus" \/ unknown command "bogus" \(xem \/ see: motcua --help\)$/],
    [['bogus', '--help'], /^motcua: không có lệnh "bogus"/],
    [['hotline'], /^motcua hotline: thiếu lệnh con .*\(xem \/ see: motcua hotline --help\)$/],
    [['audit', 'repair'], /^motcua audit: không có lệnh con "repair" .*motcua audit --help\)$/],
    [['hotline', 'simulate', '--loud'], /--loud .*\(xem \/ see: motcua hotline simulate --help\)$/],
    [['due', '--received'], /thiếu giá trị cho --received .*motcua due --help\)$/],
  ])('%j: exit 2 and one line pointing at the help', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe('the real binary', { timeout: 30_000 }, () => {
  const run = promisify(execFile);
  const bin = path.resolve(import.meta.dirname, '../../bin/motcua.mjs');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-help-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints help and opens no database', async () => {
    const dataDir = path.join(tmp, 'data');
    const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
    const r = await run(process.execPath, [bin, 'sweep', '--help'], { env });
    expect(r.stdout).toContain('Cách dùng / Usage: motcua sweep [--at ISO8601] [--at-risk-days N]');
    expect(r.stderr).toBe('');
    const top = await run(process.execPath, [bin, '-h'], { env });
    expect(top.stdout).toContain('Lệnh / Commands:');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('exits 2 on an unknown command', async () => {
    const failure = await run(process.execPath, [bin, 'sweeep']).then(
      () => undefined,
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect(failure?.stderr).toContain('motcua --help');
  });
});
