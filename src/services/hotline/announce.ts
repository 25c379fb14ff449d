/**
 * Announces a hotline change with NOTIFY inside the caller's transaction (delivered on commit only), on one
 * channel for every instance; the hub (hub.ts) of each instance sends it to the consoles of the unit. The frame's
 * data travels in the payload when it fits (NOTIFY payloads stop at 8000 bytes); otherwise only its id does and
 * the hub reads it.
 */
import { sql } from 'kysely';
import type { HotlineLiveFrames } from '../../domain/hotline/views.js';
import type { Reader, Trx } from '../../db/transaction.js';

export const HOTLINE_CHANNEL = 'motcua_hotline';
const MAX_PAYLOAD = 7500;

export type FrameName = keyof HotlineLiveFrames;

export interface HotlineChange {
  unitId: string;
  frame: FrameName;
  /** The call, staff member or callback id. */
  id: string;
  data?: HotlineLiveFrames[FrameName];
  /** When the change was made (epoch ms): the benchmark measures the console's delay from it. */
  at: number;
}

function payloadOf(change: HotlineChange): string {
  const payload = JSON.stringify(change);
  return Buffer.byteLength(payload) > MAX_PAYLOAD ? JSON.stringify({ ...change, data: undefined }) : payload;
}

export async function announceHotline(db: Trx | Reader, change: HotlineChange): Promise<void> {
  await sql`select pg_notify(${HOTLINE_CHANNEL}, ${payloadOf(change)})`.execute(db);
}

/** Announces the new state of one call, callback or staff member, as of now unless `at` says otherwise. */
export async function announceFrame<F extends FrameName>(
  db: Trx | Reader,
  unitId: string,
  frame: F,
  id: string,
  data: HotlineLiveFrames[F],
  at: number = Date.now(),
): Promise<void> {
  await announceHotline(db, { unitId, frame, id, data, at });
}

/** Several changes in one statement, delivered in this order. */
export async function announceAll(db: Trx | Reader, changes: readonly HotlineChange[]): Promise<void> {
  if (changes.length === 0) return;
  const payloads = changes.map(payloadOf);
  await sql`select pg_notify(${HOTLINE_CHANNEL}, p) from unnest(${payloads}::text[]) with ordinality as u(p, n)
    order by n`.execute(db);
}
