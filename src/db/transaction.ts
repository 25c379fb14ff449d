/**
 * The database handle that services take, and the one way to open a transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** A database handle for reads: the database itself or a transaction. */
export type Reader = Kysely<Database>;
/**
 * Writes of more than one statement run inside a transaction (the caller's, or one opened by inTransaction). A write
 * that is a single statement may run on the database itself: PostgreSQL makes it atomic on its own, and its locks are
 * then released by the commit inside the server, with no round trip back to the application (the desk intake).
 */
export type Trx = Transaction<Database>;

/** Runs `fn` in the caller's transaction, or in a new one when given the database itself. */
export async function inTransaction<T>(db: Reader, fn: (trx: Trx) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db as Trx);
  return db.transaction().execute(fn);
}
