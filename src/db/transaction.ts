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

/**
 * Runs a command — a service function that takes the transaction first, then its own arguments — in a transaction
 * of its own. Routes open every command's transaction this way: `runCommand(db, updateUnit, ctx, id, body)`. (The
 * desk intake is the one command given the database itself: see Trx.)
 */
export function runCommand<A extends unknown[], T>(
  db: Reader,
  command: (trx: Trx, ...args: A) => Promise<T>,
  ...args: A
): Promise<T> {
  return inTransaction(db, (trx) => command(trx, ...args));
}
