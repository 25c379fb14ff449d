/**
 * The application's database role on PostgreSQL (README "PostgreSQL roles"). With DATABASE_MIGRATION_URL the
 * tables belong to that role (it runs the migrations and restores); the server connects as DATABASE_URL's role and
 * is granted here, after every migration run, what the application needs and nothing more: it reads and writes
 * the tables, but may not UPDATE, DELETE or TRUNCATE the audit log or the dossiers' action log, and, not owning
 * any table, may not ALTER them or disable their triggers. Re-granting is idempotent.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Tables whose rows are never changed or removed by the application. */
export const appendOnlyTables = ['audit_log', 'dossier_actions'] as const;

export async function currentRole(db: Kysely<Database>): Promise<{ name: string; superuser: boolean }> {
  const { rows } = await sql<{ name: string; superuser: boolean }>`
    select current_user as name, rolsuper as superuser from pg_roles where rolname = current_user`.execute(
    db,
  );
  return rows[0]!;
}

/** Grants `role` the application's rights on every table and sequence of the schema (as their owner). */
export async function grantApplicationRole(owner: Kysely<Database>, role: string): Promise<void> {
  const r = sql.id(role);
  await owner.transaction().execute(async (trx) => {
    await sql`grant usage on schema public to ${r}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema public to ${r}`.execute(trx);
    await sql`grant usage, select, update on all sequences in schema public to ${r}`.execute(trx);
    await sql`revoke truncate, references, trigger on all tables in schema public from ${r}`.execute(trx);
    await sql`revoke insert, update, delete on schema_migrations from ${r}`.execute(trx);
    for (const table of appendOnlyTables) {
      await sql`revoke update, delete, truncate on ${sql.table(table)} from ${r}`.execute(trx);
    }
  });
}
