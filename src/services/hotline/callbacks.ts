/**
 * Callbacks: a missed call is queued for a callback due two working hours later on the unit's calendar (so a call
 * missed after hours is due the next working morning); a specialist may ask for one (outcome `callback_needed`).
 */
import { sql, type Selectable } from 'kysely';
import { computeDue } from '../../domain/calendar/deadline.js';
import { displayPhone } from '../../domain/hotline/phone.js';
import type { Callback } from '../../domain/hotline/views.js';
import type { HotlineCallbacksTable } from '../../db/tables/hotline.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import { callerName } from './calls.js';
import type { Reader, Trx } from '../../db/transaction.js';

export const CALLBACK_WORKING_HOURS = 2;

export async function callbackDue(db: Reader, unitId: string, from: Date): Promise<Date> {
  const unit = await db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirstOrThrow();
  const { calendar } = await loadEffectiveCalendar(db, unit);
  return new Date(
    computeDue(calendar, from.getTime(), { unit: 'working_hours', value: CALLBACK_WORKING_HOURS }),
  );
}

/** Queues the callback (once per call and reason); returns its id when it was queued now. */
export async function queueCallback(
  trx: Trx,
  call: { id: string; unit_id: string },
  reason: Callback['reason'],
  from: Date,
): Promise<string | undefined> {
  const dueAt = await callbackDue(trx, call.unit_id, from);
  const row = await trx
    .insertInto('hotline_callbacks')
    .values({ call_id: call.id, unit_id: call.unit_id, reason, due_at: dueAt })
    .onConflict((oc) => oc.columns(['call_id', 'reason']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

/** A missed call that turned out answered (its answer arrived late): its open callback is withdrawn. */
export async function withdrawMissedCallback(trx: Trx, callId: string): Promise<boolean> {
  const rows = await trx
    .deleteFrom('hotline_callbacks')
    .where('call_id', '=', callId)
    .where('reason', '=', 'missed')
    .where('done_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}

type CallbackRow = Selectable<HotlineCallbacksTable> & {
  reference: string;
  phone: string;
  caller_name: string | null;
};

export function selectCallbacks(db: Reader) {
  return db
    .selectFrom('hotline_callbacks as b')
    .innerJoin('hotline_calls as c', 'c.id', 'b.call_id')
    .selectAll('b')
    .select(['c.reference', 'c.phone', callerName]);
}

export function toCallback(row: CallbackRow, now: number): Callback {
  return {
    id: row.id,
    callId: row.call_id,
    reference: row.reference,
    phone: row.phone,
    phoneDisplay: displayPhone(row.phone),
    callerName: row.caller_name,
    reason: row.reason,
    dueAt: row.due_at.toISOString(),
    overdue: row.done_at === null && row.due_at.getTime() < now,
    doneAt: row.done_at ? row.done_at.toISOString() : null,
    doneBy: row.done_by_name,
    note: row.note,
  };
}

export async function findCallback(db: Reader, id: string, now = Date.now()): Promise<Callback | undefined> {
  const row = await selectCallbacks(db).where('b.id', '=', id).executeTakeFirst();
  return row ? toCallback(row, now) : undefined;
}

/** The unit's callbacks: open ones first (earliest due first), then the last done ones. */
export async function listCallbacks(db: Reader, unitId: string, now = Date.now()): Promise<Callback[]> {
  const rows = await selectCallbacks(db)
    .where('b.unit_id', '=', unitId)
    .where((eb) =>
      eb.or([eb('b.done_at', 'is', null), eb('b.done_at', '>', sql<Date>`now() - interval '7 days'`)]),
    )
    .orderBy(sql`b.done_at is null`, 'desc')
    .orderBy('b.due_at')
    .limit(500)
    .execute();
  return rows.map((r) => toCallback(r, now));
}
