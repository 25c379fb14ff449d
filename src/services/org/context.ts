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
/** Writes always run inside a transaction passed in by the caller. */
export type Trx = Transaction<Database>;
