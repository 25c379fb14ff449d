/**
 * Migration runner: plain SQL files in ./migrations named NNNN_name.sql, applied in order, all pending ones inside
 * one transaction holding an advisory lock, so that several instances starting at once apply each file exactly once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Arbitrary constant identifying motcua's migration lock. */
const LOCK_KEY = 7_140_2025;

export interface Migration {
  id: string;
  sql: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.sql$/, ''), sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/** Applies pending migrations; returns the ids applied by this call. */
export async function migrate(db: Kysely<Database>, migrations = readMigrations()): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
    await sql`create table if not exists schema_migrations (
      id text primary key,
      applied_at timestamptz not null default now()
    )`.execute(trx);
    const done = new Set(
      (await sql<{ id: string }>`select id from schema_migrations`.execute(trx)).rows.map((r) => r.id),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await sql.raw(m.sql).execute(trx);
      await sql`insert into schema_migrations (id) values (${m.id})`.execute(trx);
      applied.push(m.id);
    }
    return applied;
  });
}
