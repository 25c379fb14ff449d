/**
 * Announces a change of a unit's queue with NOTIFY inside the caller's transaction: PostgreSQL (and PGlite)
 * deliver it on commit only, so displays never hear of a call that was rolled back. The hub (hub.ts) of every
 * instance listens on the channel and fans the change out to its displays.
 */
import { sql } from 'kysely';
import type { CallEvent } from '../../contracts/queue.js';
import type { Reader, Trx } from '../../db/transaction.js';

export const QUEUE_CHANNEL = 'motcua_queue';

export interface QueueChange {
  unitId: string;
  kind: 'issued' | 'called' | 'updated';
  /** For `called`: what the display announces. */
  call?: CallEvent;
}

export async function announce(db: Trx | Reader, change: QueueChange): Promise<void> {
  await sql`select pg_notify(${QUEUE_CHANNEL}, ${JSON.stringify(change)})`.execute(db);
}
