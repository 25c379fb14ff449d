/**
 * Prepared statements for the few statements every request runs (the session check, the desk intake's read, notice
 * plan and write). PostgreSQL plans a statement sent with its text each time; a named statement is planned when it
 * is first prepared on a connection and then, once its generic plan proves as good as the custom ones (after five
 * runs), not planned again. For the intake that planning was about a third of the server's CPU per receipt.
 *
 * A statement asks for it by ending with the PREPARED mark (`prepared(query)` for a Kysely builder, `${PREPARED_SQL}`
 * in a raw `sql` template). The pool's clients then send it under a name derived from its text, so two texts never
 * share a name and the same text is prepared once per connection. Only marked statements are prepared: their texts
 * come from a bounded set of shapes (no literal values, no lists of varying length), so a connection holds a
 * bounded number of them.
 */
import { createHash } from 'node:crypto';
import { sql, type Expression } from 'kysely';
import type pg from 'pg';

export const PREPARED = '/* prepared */';
export const PREPARED_SQL = sql.raw(` ${PREPARED}`);

/** Marks a Kysely query to be sent as a prepared statement. */
export function prepared<Q extends { modifyEnd(modifier: Expression<unknown>): Q }>(query: Q): Q {
  return query.modifyEnd(PREPARED_SQL);
}

const names = new Map<string, string>();
const NAMES_MAX = 1000;

/** The statement's name: a digest of its text (remembered for the texts seen most recently). */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name) return name;
  name = `motcua_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  if (names.size >= NAMES_MAX) names.delete(names.keys().next().value!);
  names.set(text, name);
  return name;
}

const patched = new WeakSet<pg.PoolClient>();

/** Makes a pooled client send marked statements as named (prepared) ones; other queries pass through. */
function preparing(client: pg.PoolClient): pg.PoolClient {
  if (patched.has(client)) return client;
  patched.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (text: unknown, values?: unknown) =>
    typeof text === 'string' && text.endsWith(PREPARED)
      ? query({ name: statementName(text), text, values })
      : query(text, values);
  return client;
}

/** The pool as Kysely's dialect sees it, its clients preparing the marked statements. */
export function preparingPool(pool: pg.Pool) {
  return {
    connect: async () => preparing(await pool.connect()),
    end: () => pool.end(),
  };
}
