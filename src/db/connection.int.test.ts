/**
 * A pooled connection that the server ends while it is idle must not bring the process down: the pool discards
 * it and the next query runs on a new connection. (PostgreSQL only: PGlite runs in this process.)
 */
import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../test/db.js';
import { testDatabaseKind } from '../../test/db-env.js';

describe.runIf(testDatabaseKind() === 'postgresql')('database pool', () => {
  it('survives an idle connection terminated by the server', async () => {
    const h = await openTestDatabase();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      // Two pooled connections, both idle afterwards.
      const pids = await Promise.all(
        [0, 1].map(async () => {
          const r = await sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(0.2)`.execute(h.db);
          return r.rows[0]!.pid;
        }),
      );
      expect(new Set(pids).size).toBe(2);
      // One of them ends the other, which is idle in the pool.
      await h.db.connection().execute(async (conn) => {
        const own = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(conn)).rows[0]!.pid;
        const victim = pids.find((p) => p !== own)!;
        await sql`select pg_terminate_backend(${victim})`.execute(conn);
      });
      await expect
        .poll(() => stderr.mock.calls.some((c) => String(c[0]).includes('pooled database connection failed')))
        .toBe(true);
      const again = await sql<{ one: number }>`select 1 as one`.execute(h.db);
      expect(again.rows[0]!.one).toBe(1);
    } finally {
      stderr.mockRestore();
      await h.close();
    }
  });
});
