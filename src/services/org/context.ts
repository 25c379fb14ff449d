/**
 * What every staff action carries: who acts and the request it belongs to (for the audit trail).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../domain/org/roles.js';
import type { Database } from '../../db/schema.js';

export interface ActingContext {
  actor: Actor;
  requestId: string;
}

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
