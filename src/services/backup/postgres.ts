/**
 * Backup and restore of a PostgreSQL database with PostgreSQL's own tools: `pg_dump --format=custom` (one
 * snapshot: consistent while the server runs and writes) and `pg_restore` into an empty database (or, with
 * `force`, over the existing objects: --clean). The connection is handed to them in PG* environment variables so
 * the password never appears in the process list.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { sql } from 'kysely';
import { kyselyOnPostgres } from '../../db/connection.js';
import { BackupRefused, CLIENT_HINT } from './errors.js';

/** libpq's environment for a postgres:// URL, and the database name. */
export function pgEnvironment(url: string): { env: Record<string, string>; database: string } {
  const u = new URL(url);
  const env: Record<string, string> = {};
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  const host = u.searchParams.get('host');
  if (host) env.PGHOST = host;
  const database = decodeURIComponent(u.pathname.replace(/^\//, '')) || env.PGUSER || 'postgres';
  return { env, database };
}

async function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT' ? new BackupRefused(`không tìm thấy lệnh ${command}: ${CLIENT_HINT}`) : err,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new BackupRefused(
            `${command} kết thúc với mã ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

export async function backupPostgres(url: string, out: string): Promise<{ bytes: number }> {
  const { env, database } = pgEnvironment(url);
  const tmp = `${out}.partial-${process.pid}`;
  try {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${tmp}`, `--dbname=${database}`], env);
    fs.renameSync(tmp, out);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  return { bytes: fs.statSync(out).size };
}

/** Tables in the public schema: a database with none is empty. */
export async function countTables(url: string): Promise<number> {
  const handle = kyselyOnPostgres(url, 1);
  try {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(handle.db);
    return rows[0]?.n ?? 0;
  } finally {
    await handle.close();
  }
}

export async function restorePostgres(
  file: string,
  url: string,
  opts: { force?: boolean } = {},
): Promise<{ tablesBefore: number }> {
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.toString('latin1') !== 'PGDMP') {
    throw new BackupRefused(
      `${file} không phải bản sao lưu PostgreSQL (pg_dump --format=custom của motcua backup)`,
    );
  }
  const tablesBefore = await countTables(url);
  if (tablesBefore > 0 && !opts.force) {
    throw new BackupRefused(
      `cơ sở dữ liệu đích đã có ${tablesBefore} bảng: chỉ khôi phục vào cơ sở dữ liệu trống (thêm --force để xóa các đối tượng trùng tên rồi khôi phục)`,
    );
  }
  const { env, database } = pgEnvironment(url);
  const args = [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    `--dbname=${database}`,
  ];
  if (tablesBefore > 0) args.push('--clean', '--if-exists');
  await run('pg_restore', [...args, file], env);
  return { tablesBefore };
}
