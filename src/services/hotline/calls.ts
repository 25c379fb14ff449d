/**
 * Calls as the consoles read them (CallView), and the re-fold of a call from all its events and routings inside
 * the transaction that changed it (the only writer of hotline_calls' folded columns).
 */
import { sql, type Selectable } from 'kysely';
import { notFound } from '../../domain/errors.js';
import {
  callState,
  foldCall,
  type Routing,
  type StaffRef,
  type StoredEvent,
} from '../../domain/hotline/fold.js';
import { displayPhone } from '../../domain/hotline/phone.js';
import type { CallView } from '../../domain/hotline/views.js';
import type { HotlineCallsTable } from '../../db/tables/hotline.js';
import type { Reader, Trx } from '../../db/transaction.js';

export type CallRow = Selectable<HotlineCallsTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The caller's name: the first person registered with the number of the call `c`; null when none is. */
export const callerName = sql<string | null>`(select p.full_name from persons p where p.phone = c.phone
  order by p.created_at limit 1)`.as('caller_name');

/** Calls with the caller's name (the first person with the number) and the checklists sent. */
export function selectCalls(db: Reader) {
  return db
    .selectFrom('hotline_calls as c')
    .selectAll('c')
    .select([
      callerName,
      sql<string[]>`coalesce((select array_agg(distinct k.procedure_code) from hotline_checklists k
        where k.call_id = c.id), '{}')`.as('checklists'),
    ]);
}

export function toCallView(row: CallRow & { caller_name: string | null; checklists: string[] }): CallView {
  return {
    id: row.id,
    reference: row.reference,
    unitId: row.unit_id,
    phone: row.phone,
    phoneDisplay: displayPhone(row.phone),
    callerName: row.caller_name,
    status: row.status,
    fieldCode: row.field_code,
    startedAt: row.started_at.toISOString(),
    answeredAt: iso(row.answered_at),
    endedAt: iso(row.ended_at),
    waitSeconds: row.wait_seconds,
    legs: row.legs,
    outcome: row.outcome,
    outcomeNote: row.outcome_note,
    checklistsSent: [...row.checklists].sort(),
  };
}

export async function findCallView(db: Reader, id: string): Promise<CallView | undefined> {
  const row = await selectCalls(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCallView(row) : undefined;
}

export async function getCallRow(db: Reader, id: string, forUpdate = false): Promise<CallRow> {
  let q = db.selectFrom('hotline_calls').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('HOTLINE_CALL_NOT_FOUND', 'Không tìm thấy cuộc gọi.');
  return row;
}

/** Staff of the unit who can hold a call (an extension), for naming legs and checking extensions. */
export async function unitStaffRefs(db: Reader, unitId: string): Promise<(StaffRef & { active: boolean })[]> {
  return db
    .selectFrom('staff')
    .select(['id', 'full_name as fullName', 'extension', 'active'])
    .where('unit_id', '=', unitId)
    .where('extension', 'is not', null)
    .orderBy('active', 'desc')
    .orderBy('created_at')
    .execute();
}

const STAFF_CACHE_MS = 10_000;
const staffCache = new Map<string, { at: number; refs: Promise<(StaffRef & { active: boolean })[]> }>();

/**
 * The unit's staff with extensions, kept for 10 s per process: an event names extensions, and reading them for
 * every event of a busy switchboard would double its queries. A name changed in the last 10 s may show late on a
 * leg; an extension not found in the cache is read again before it is refused.
 */
export function cachedStaffRefs(db: Reader, unitId: string, fresh = false) {
  const hit = staffCache.get(unitId);
  if (hit && !fresh && Date.now() - hit.at < STAFF_CACHE_MS) return hit.refs;
  const refs = unitStaffRefs(db, unitId);
  staffCache.set(unitId, { at: Date.now(), refs });
  refs.catch(() => staffCache.delete(unitId));
  return refs;
}

/**
 * Every change of a call (a PBX event or a staff action) takes this lock first and holds it until its commit, so
 * that the next change's statements see it (the fold reads the events and routings of the call).
 */
export async function lockCall(trx: Trx, pbxCallId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${'hotline:' + pbxCallId}, 0))`.execute(trx);
}

/** A call to change: locked (lockCall, then the row) and read after the lock. */
export async function getCallForChange(trx: Trx, id: string): Promise<CallRow> {
  const row = await getCallRow(trx, id);
  await lockCall(trx, row.pbx_call_id);
  return getCallRow(trx, id, true);
}

/** The call with all its events and routings (one statement), locked for the fold. */
export async function findCallForFold(trx: Trx, pbxCallId: string) {
  const row = await trx
    .selectFrom('hotline_calls as c')
    .selectAll('c')
    .select([
      sql<StoredEventJson[]>`coalesce((select json_agg(json_build_object('event', e.event,
        'at', round(extract(epoch from e.at) * 1000), 'caller', e.caller, 'called', e.called,
        'extension', e.extension, 'toExtension', e.to_extension, 'durationSeconds', e.duration_seconds))
        from hotline_events e where e.pbx_call_id = c.pbx_call_id), '[]'::json)`.as('events'),
      sql<Routing[]>`coalesce((select json_agg(json_build_object('id', r.id, 'extension', r.extension,
        'staffId', r.staff_id, 'fieldCode', r.field_code, 'note', r.note,
        'at', round(extract(epoch from r.at) * 1000))) from hotline_routings r where r.call_id = c.id), '[]'::json)`.as(
        'routings',
      ),
    ])
    .where('c.pbx_call_id', '=', pbxCallId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  const { events, routings, ...call } = row;
  return {
    call: call,
    events: events.map(toStoredEvent),
    routings: routings.map((r) => ({ ...r, at: Number(r.at) })),
  };
}

type StoredEventJson = Omit<StoredEvent, 'at'> & { at: number | string };
const toStoredEvent = (e: StoredEventJson): StoredEvent => ({ ...e, at: Number(e.at) });

export async function eventsOf(trx: Trx, pbxCallId: string): Promise<StoredEvent[]> {
  const rows = await trx
    .selectFrom('hotline_events')
    .selectAll()
    .where('pbx_call_id', '=', pbxCallId)
    .execute();
  return rows.map((e) => ({
    event: e.event,
    at: e.at.getTime(),
    caller: e.caller,
    called: e.called,
    extension: e.extension,
    toExtension: e.to_extension,
    durationSeconds: e.duration_seconds,
  }));
}

export interface Refolded {
  before: CallRow;
  after: CallRow;
  view: CallView;
}

/**
 * Folds the call again from every stored event and routing, and writes the result, returning the new view in the
 * same statement. The row must be locked; `loaded` passes what the caller has already read with it.
 */
export async function refoldCall(
  trx: Trx,
  row: CallRow,
  loaded?: { events: StoredEvent[]; routings: Routing[] },
): Promise<Refolded> {
  const { events, routings } = loaded ?? (await findCallForFold(trx, row.pbx_call_id))!;
  const folded = foldCall(events);
  const state = callState(folded, routings, await cachedStaffRefs(trx, row.unit_id));
  const updated = await trx
    .updateTable('hotline_calls as c')
    .set({
      status: state.status,
      field_code: state.fieldCode,
      started_at: new Date(folded.startedAt),
      answered_at: folded.answeredAt === null ? null : new Date(folded.answeredAt),
      ended_at: folded.endedAt === null ? null : new Date(folded.endedAt),
      wait_seconds: folded.waitSeconds,
      duration_seconds: folded.durationSeconds,
      legs: JSON.stringify(state.legs),
      current_staff_id: state.currentStaffId,
      last_staff_id: state.lastStaffId,
      updated_at: new Date(),
    })
    .where('c.id', '=', row.id)
    .returningAll()
    .returning([
      sql<
        string | null
      >`(select p.full_name from persons p where p.phone = c.phone order by p.created_at limit 1)`.as(
        'caller_name',
      ),
      sql<string[]>`coalesce((select array_agg(distinct k.procedure_code) from hotline_checklists k
        where k.call_id = c.id), '{}')`.as('checklists'),
    ])
    .executeTakeFirstOrThrow();
  const { caller_name, checklists, ...after } = updated;
  return { before: row, after, view: toCallView({ ...after, caller_name, checklists }) };
}
