import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrate, readMigrations } from './migrate.js';
import { openEmptyDatabase } from '../../test/db.js';
import type { DatabaseHandle } from './connection.js';

const opened: DatabaseHandle[] = [];
afterEach(async () => {
  for (const h of opened.reverse()) await h.close();
  opened.length = 0;
});

describe('migrate', () => {
  it('applies every migration once and is a no-op the second time', async () => {
    const { handle } = await openEmptyDatabase();
    opened.push(handle);
    const all = readMigrations().map((m) => m.id);
    expect(await migrate(handle.db)).toEqual(all);
    expect(await migrate(handle.db)).toEqual([]);
    const rows = await sql<{ id: string }>`select id from schema_migrations order by id`.execute(handle.db);
    expect(rows.rows.map((r) => r.id)).toEqual(all);
  });

  it('lets several instances start at once without applying a migration twice', async () => {
    const { handle, connectAgain } = await openEmptyDatabase();
    opened.push(handle);
    const others = connectAgain ? [connectAgain(), connectAgain(), connectAgain()] : [];
    const handles = [handle, ...others];
    const results = await Promise.all(handles.map((h) => migrate(h.db)));
    for (const h of others) await h.close();
    // Exactly one instance applied everything; the others found nothing to do.
    const all = readMigrations().map((m) => m.id);
    expect(results.filter((r) => r.length > 0)).toEqual([all]);
    const rows = await sql<{ n: number }>`select count(*)::int as n from schema_migrations`.execute(
      handle.db,
    );
    expect(rows.rows[0]?.n).toBe(all.length);
  });

  it('rolls back a failing migration entirely', async () => {
    const { handle } = await openEmptyDatabase();
    opened.push(handle);
    const broken = [
      { id: '0001_ok', sql: 'create table t_ok (id int);' },
      { id: '0002_bad', sql: 'create table t_bad (id int); select no_such_function();' },
    ];
    await expect(migrate(handle.db, broken)).rejects.toThrow();
    const t = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_tables where tablename in ('t_ok','t_bad')`.execute(handle.db);
    expect(t.rows[0]?.n).toBe(0);
  });
});
