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
import type { Reader, Trx } from '../org/context.js';

export type CallRow = Selectable<HotlineCallsTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Calls with the caller's name (the first person with the number) and the checklists sent. */
export function selectCalls(db: Reader) {
  return db
    .selectFrom('hotline_calls as c')
    .selectAll('c')
    .select((eb) => [
      eb
        .selectFrom('persons as p')
        .select('p.full_name')
        .whereRef('p.phone', '=', 'c.phone')
        .orderBy('p.created_at')
        .limit(1)
        .as('caller_name'),
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

/** Staff of the unit who can hold a call (an extension), for naming legs. */
export async function unitStaffRefs(db: Reader, unitId: string): Promise<StaffRef[]> {
  return db
    .selectFrom('staff')
    .select(['id', 'full_name as fullName', 'extension'])
    .where('unit_id', '=', unitId)
    .where('extension', 'is not', null)
    .orderBy('active', 'desc')
    .orderBy('created_at')
    .execute();
}

export interface Refolded {
  before: CallRow;
  after: CallRow;
}

/** Folds the call again from every stored event and routing, and writes the result. The row must be locked. */
export async function refoldCall(trx: Trx, row: CallRow): Promise<Refolded> {
  const events = await trx
    .selectFrom('hotline_events')
    .selectAll()
    .where('pbx_call_id', '=', row.pbx_call_id)
    .execute();
  const routings = await trx
    .selectFrom('hotline_routings')
    .select(['id', 'extension', 'staff_id', 'field_code', 'note', 'at'])
    .where('call_id', '=', row.id)
    .execute();
  const stored: StoredEvent[] = events.map((e) => ({
    event: e.event,
    at: e.at.getTime(),
    caller: e.caller,
    called: e.called,
    extension: e.extension,
    toExtension: e.to_extension,
    durationSeconds: e.duration_seconds,
  }));
  const folded = foldCall(stored);
  const routed: Routing[] = routings.map((r) => ({
    id: r.id,
    extension: r.extension,
    staffId: r.staff_id,
    fieldCode: r.field_code,
    note: r.note,
    at: r.at.getTime(),
  }));
  const state = callState(folded, routed, await unitStaffRefs(trx, row.unit_id));
  const after = await trx
    .updateTable('hotline_calls')
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
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { before: row, after };
}
