/**
 * Marked statements are prepared once per connection under a name derived from their text; other statements are
 * not prepared at all (PGlite and PostgreSQL).
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/db.js';
import { PREPARED_SQL, prepared, statementName } from './prepared.js';

describe('prepared statements', () => {
  it('prepares a marked statement once per connection, and leaves the others unprepared', async () => {
    const h = await openTestDatabase();
    try {
      await h.db.connection().execute(async (conn) => {
        const unit = (agencyId: string) =>
          prepared(conn.selectFrom('units').select(['name']).where('agency_id', '=', agencyId));
        const text = unit('x').compile().sql;
        for (const agencyId of ['H56.10.01', 'H56.10.02', 'H56.10.01']) await unit(agencyId).execute();
        const raw = await sql<{ n: number }>`select ${41}::int + 1 as n${PREPARED_SQL}`.execute(conn);
        expect(raw.rows[0]!.n).toBe(42);
        await sql`select 'not marked' as plain`.execute(conn);

        const { rows } = await sql<{ name: string; statement: string }>`
          select name, statement from pg_prepared_statements where name like 'motcua_%' order by name`.execute(
          conn,
        );
        const byName = new Map(rows.map((r) => [r.name, r.statement]));
        expect(byName.get(statementName(text))).toBe(text);
        expect(rows).toHaveLength(2);
        expect(rows.some((r) => r.statement.includes('not marked'))).toBe(false);
      });
    } finally {
      await h.close();
    }
  });

  it('names two texts differently and one text always the same', () => {
    const a = 'select 1 /* prepared */';
    expect(statementName(a)).toBe(statementName(`select 1 ${'/* prepared */'}`));
    expect(statementName(a)).not.toBe(statementName('select 2 /* prepared */'));
    expect(statementName(a)).toMatch(/^motcua_[0-9a-f]{24}$/);
  });
});
