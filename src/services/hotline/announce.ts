/**
 * Announces a hotline change with NOTIFY inside the caller's transaction (delivered on commit only), on one
 * channel for every instance; the hub (hub.ts) of each instance sends it to the consoles of the unit. The frame's
 * data travels in the payload when it fits (NOTIFY payloads stop at 8000 bytes); otherwise only its id does and
 * the hub reads it.
 */
import { sql } from 'kysely';
import type { HotlineLiveFrames } from '../../domain/hotline/views.js';
import type { Reader, Trx } from '../org/context.js';

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

export async function announceHotline(db: Trx | Reader, change: HotlineChange): Promise<void> {
  let payload = JSON.stringify(change);
  if (Buffer.byteLength(payload) > MAX_PAYLOAD) payload = JSON.stringify({ ...change, data: undefined });
  await sql`select pg_notify(${HOTLINE_CHANNEL}, ${payload})`.execute(db);
}
