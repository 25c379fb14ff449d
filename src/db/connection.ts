/**
 * The database connection: PostgreSQL through a `pg` pool when a URL is given, otherwise the embedded PGlite
 * (PostgreSQL in WebAssembly) with its data directory on disk. Both are driven through Kysely's stock
 * PostgresDialect, so every query is the same SQL on both. The few statements marked as prepared (prepared.ts) are
 * sent as named statements on both.
 */
import fs from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import type { Database } from './schema.js';
import { preparingPool } from './prepared.js';
import { lockDataDir } from './data-dir-lock.js';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /**
   * LISTEN on a channel (NOTIFY payloads arrive after the sender commits). On PostgreSQL this holds one dedicated
   * connection per call, outside the pool: callers share one listener per process. Resolves to an unlisten.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * PGlite only: a consistent copy of the data directory as a gzipped tarball, taken while holding the pool's only
   * connection (so between two transactions) after a CHECKPOINT.
   */
  dumpDataDir?(): Promise<Blob>;
}

// Return bigint (int8) and numeric as JS numbers: our counts and money fit in 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export const pgliteExtensions = { pg_trgm, unaccent, pgcrypto };

/**
 * An embedded database, in memory or in a data directory on disk. A data directory is locked for this process
 * (data-dir-lock.ts: a second process gets DataDirLockedError) until the PGlite is closed.
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob | File } = {},
): Promise<PGlite> {
  if (!options.dataDir) {
    return PGlite.create({
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: pgliteExtensions,
    });
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const lock = lockDataDir(options.dataDir);
  try {
    const pglite = await PGlite.create({
      dataDir: options.dataDir,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: pgliteExtensions,
    });
    const close = pglite.close.bind(pglite);
    pglite.close = () => close().finally(() => lock.release());
    return pglite;
  } catch (err) {
    lock.release();
    throw err;
  }
}

/**
 * An idle pooled connection that breaks (the server restarted, an administrator ended the session, a test dropped
 * its database) makes the pool emit 'error'; without a listener Node treats that as an uncaught exception and the
 * whole process dies. The pool already discards the broken client and opens a new one on the next query.
 */
function survivesIdleErrors(pool: pg.Pool): pg.Pool {
  pool.on('error', (err) => {
    process.stderr.write(`motcua: a pooled database connection failed and was discarded: ${err.message}\n`);
  });
  return pool;
}

export function kyselyOnPglite(pglite: PGlite): DatabaseHandle {
  const pool = survivesIdleErrors(new pg.Pool(createPgConfig(pglite)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
    },
    listen: (channel, onPayload) => pglite.listen(channel, onPayload),
    dumpDataDir: () =>
      db.connection().execute(async (conn) => {
        await sql`checkpoint`.execute(conn);
        return pglite.dumpDataDir('gzip');
      }),
  };
}

export function kyselyOnPostgres(url: string, max = 10): DatabaseHandle {
  const pool = survivesIdleErrors(new pg.Pool({ connectionString: url, max }));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    kind: 'postgresql',
    close: () => db.destroy(),
    listen: (c, on) => listenOnPostgres(url, c, on),
  };
}

/**
 * A dedicated client LISTENing on the channel. When its connection breaks it reconnects (after a second, then
 * again on failure) and calls `onPayload('')` once listening again, so the caller can resynchronise.
 */
async function listenOnPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | undefined;
  const open = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('error', (err) => {
      process.stderr.write(`motcua: the database listener on ${channel} failed: ${err.message}\n`);
    });
    c.on('notification', (n) => {
      if (n.channel === channel) onPayload(n.payload ?? '');
    });
    client = c;
    await c.connect();
    c.on('end', () => {
      if (!stopped) setTimeout(() => void reopen(), 1000).unref();
    });
    await c.query(`listen ${pg.escapeIdentifier(channel)}`);
  };
  const reopen = async (): Promise<void> => {
    if (stopped) return;
    try {
      await open();
      onPayload('');
    } catch {
      if (!stopped) setTimeout(() => void reopen(), 1000).unref();
    }
  };
  await open();
  return async () => {
    stopped = true;
    await client?.end();
  };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
  if (opts.databaseUrl) return kyselyOnPostgres(opts.databaseUrl);
  return kyselyOnPglite(await openPglite({ dataDir: opts.dataDir }));
}
