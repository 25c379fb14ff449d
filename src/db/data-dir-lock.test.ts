/**
 * One process per embedded data directory: the lock beside it refuses a second process (spawned here: a real
 * second pid), and a lock left by a process that died is replaced.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, lockHolder, lockPathOf } from './data-dir-lock.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const lockModule = new URL('./data-dir-lock.ts', import.meta.url).pathname;

/** Runs `code` in another Node process (tsx) and returns its exit status and output. */
function inAnotherProcess(code: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lockDataDir', () => {
  it('writes the holder next to the data directory and removes it on release', () => {
    const data = path.join(dir, 'data');
    const lock = lockDataDir(data);
    expect(lock.path).toBe(data + '.lock');
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: os.hostname(),
    });
    expect(lockHolder(data)?.pid).toBe(process.pid);
    expect(() => lockDataDir(data)).toThrow(DataDirLockedError);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
    expect(lockHolder(data)).toBeUndefined();
  });

  it('refuses a second process while the first holds it, naming the holder', () => {
    const data = path.join(dir, 'data');
    const lock = lockDataDir(data);
    try {
      const other = inAnotherProcess(`
        const { lockDataDir } = await import(${JSON.stringify(lockModule)});
        try { lockDataDir(${JSON.stringify(data)}); console.log('locked'); }
        catch (e) { console.log(e.constructor.name + ': ' + e.message); process.exit(2); }`);
      expect(other.status, other.stderr).toBe(2);
      expect(other.stdout).toContain('DataDirLockedError');
      expect(other.stdout).toContain(`pid ${process.pid}`);
    } finally {
      lock.release();
    }
  });

  it('replaces the lock of a process that was killed', async () => {
    const data = path.join(dir, 'data');
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
         lockDataDir(${JSON.stringify(data)}); console.log('held'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(lockHolder(data)?.pid).toBe(child.pid);
    expect(() => lockDataDir(data)).toThrow(DataDirLockedError);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(fs.existsSync(lockPathOf(data))).toBe(true);
    expect(lockHolder(data)).toBeUndefined();
    const lock = lockDataDir(data);
    expect((JSON.parse(fs.readFileSync(lock.path, 'utf8')) as { pid: number }).pid).toBe(process.pid);
    lock.release();
  });
});
