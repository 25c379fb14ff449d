/**
 * One process per embedded database. PGlite is PostgreSQL in one process without a postmaster: two processes
 * opening one data directory each believe they own its files and can corrupt them. Whoever opens a data directory
 * first creates `<dataDir>.lock` (next to the directory, so a backup of the directory never carries it) holding its
 * pid and host; another process finds it and refuses with DataDirLockedError, unless the holder is gone (its pid no
 * longer runs on this host): such a stale lock is replaced.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    // Read by the operator at the command line, in Vietnamese like the CLI's other messages.
    super(
      `cơ sở dữ liệu nhúng ở ${dataDir} đang được một tiến trình motcua khác dùng (pid ${pid}); ` +
        'hãy dừng tiến trình đó trước (máy chủ đang chạy đã tự quét hạn và dọn dẹp định kỳ)',
    );
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
}

export function lockPathOf(dataDir: string): string {
  return path.resolve(dataDir) + '.lock';
}

/** The live holder of the data directory's lock, if any (a stale lock counts as none). */
export function lockHolder(dataDir: string): Holder | undefined {
  const holder = readHolder(lockPathOf(dataDir));
  return holder && isAlive(holder) ? holder : undefined;
}

export function lockDataDir(dataDir: string): DataDirLock {
  const file = lockPathOf(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const me: Holder = { pid: process.pid, host: os.hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me) + '\n', { flag: 'wx', mode: 0o600 });
      const release = () => {
        process.off('exit', release);
        if (readHolder(file)?.pid === me.pid) fs.rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { path: file, release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    if (holder && isAlive(holder)) throw new DataDirLockedError(path.resolve(dataDir), holder.pid);
    if (!holder && justWritten(file)) throw new DataDirLockedError(path.resolve(dataDir), 0);
    // Stale (its process is gone) or unreadable (a holder killed while writing it): replace it.
    fs.rmSync(file, { force: true });
  }
  throw new DataDirLockedError(path.resolve(dataDir), readHolder(file)?.pid ?? 0);
}

function readHolder(file: string): Holder | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return undefined;
    return { pid: parsed.pid, host: parsed.host };
  } catch {
    return undefined;
  }
}

/** A lock file created a moment ago whose holder has not finished writing it. */
function justWritten(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 2000;
  } catch {
    return false;
  }
}

function isAlive(holder: Holder): boolean {
  // A lock written on another host (a data directory on shared storage) cannot be checked: it counts as held.
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
