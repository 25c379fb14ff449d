/**
 * The PBX's call events in: checked (numbers, the line, the extensions), stored once (a repeat is a duplicate and
 * stores nothing), and folded into the call with everything else it has received, in one transaction serialised
 * per call (an advisory lock on the PBX's call id), so two events of one call arriving together never fold
 * without each other. Events that arrive before the call's `ringing` wait in hotline_events until it comes: only
 * the `ringing` names the line, hence the unit.
 */
import { sql } from 'kysely';
import { invalid, type FieldIssue } from '../../domain/errors.js';
import { parseHotlinePhone } from '../../domain/hotline/phone.js';
import { newCallReference } from '../../domain/hotline/reference.js';
import type { CallEvent, CallStatus } from '../../domain/hotline/views.js';
import type { Trx } from '../org/context.js';
import { announceHotline } from './announce.js';
import { findCallback, queueCallback, withdrawMissedCallback } from './callbacks.js';
import { findCallView, refoldCall, type CallRow } from './calls.js';
import { directoryEntries } from './directory.js';

export type IngestResult =
  | { duplicate: true }
  | { duplicate: false; call: { id: string; reference: string; status: CallStatus } | null };

const required: Record<CallEvent['event'], (keyof CallEvent)[]> = {
  ringing: ['caller', 'called'],
  answered: ['extension'],
  transferred: ['toExtension'],
  hangup: [],
};

function fail(code: string, message: string, field: string): never {
  throw invalid(code, message, [{ field, message }]);
}

function checkShape(e: CallEvent): Date {
  const missing: FieldIssue[] = required[e.event]
    .filter((k) => e[k] === undefined || e[k] === '')
    .map((k) => ({ field: k, message: `Sự kiện ${e.event} cần trường ${k}.` }));
  if (missing.length) {
    throw invalid(
      'HOTLINE_EVENT_INVALID',
      `Sự kiện thiếu: ${missing.map((m) => m.field).join(', ')}.`,
      missing,
    );
  }
  const at = new Date(e.at);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(e.at) || Number.isNaN(at.getTime())) {
    fail('HOTLINE_EVENT_INVALID', 'Thời điểm phải theo ISO 8601 kèm múi giờ.', 'at');
  }
  return at;
}

async function unitOfLine(trx: Trx, called: string): Promise<{ unitId: string; number: string }> {
  const parsed = parseHotlinePhone(called);
  if (!parsed) fail('HOTLINE_PHONE_INVALID', `Số được gọi "${called.slice(0, 30)}" không hợp lệ.`, 'called');
  const line = await trx
    .selectFrom('hotline_lines')
    .select(['unit_id', 'number'])
    .where('number', '=', parsed.normalised)
    .executeTakeFirst();
  if (!line)
    fail('HOTLINE_LINE_UNKNOWN', `Số ${parsed.display} không phải đường dây nóng của đơn vị nào.`, 'called');
  return { unitId: line.unit_id, number: line.number };
}

/** The extension must belong to an active staff member of the unit (of any unit while the unit is unknown). */
async function checkExtension(trx: Trx, field: string, extension: string, unitId: string | undefined) {
  let q = trx.selectFrom('staff').select('id').where('extension', '=', extension).where('active', '=', true);
  if (unitId) q = q.where('unit_id', '=', unitId);
  if (!(await q.executeTakeFirst())) {
    fail(
      'HOTLINE_EXTENSION_UNKNOWN',
      `Máy lẻ ${extension.slice(0, 20)} không thuộc cán bộ nào của đơn vị.`,
      field,
    );
  }
}

async function createCall(
  trx: Trx,
  e: CallEvent,
  at: Date,
  line: { unitId: string; number: string },
  phone: string,
): Promise<CallRow> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await trx
      .insertInto('hotline_calls')
      .values({
        pbx_call_id: e.callId,
        reference: newCallReference(),
        unit_id: line.unitId,
        line_number: line.number,
        phone,
        status: 'ringing',
        started_at: at,
      })
      .onConflict((oc) => oc.column('reference').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return row;
  }
  throw new Error('no free call reference after 5 attempts');
}

export async function ingestEvent(trx: Trx, e: CallEvent): Promise<IngestResult> {
  const at = checkShape(e);
  let phone: string | undefined;
  let line: { unitId: string; number: string } | undefined;
  if (e.event === 'ringing') {
    const caller = parseHotlinePhone(e.caller!);
    if (!caller || caller.kind === 'service') {
      fail('HOTLINE_PHONE_INVALID', `Số gọi đến "${e.caller!.slice(0, 30)}" không hợp lệ.`, 'caller');
    }
    phone = caller.normalised;
    line = await unitOfLine(trx, e.called!);
  }
  await sql`select pg_advisory_xact_lock(hashtextextended(${'hotline:' + e.callId}, 0))`.execute(trx);
  let call = await trx
    .selectFrom('hotline_calls')
    .selectAll()
    .where('pbx_call_id', '=', e.callId)
    .forUpdate()
    .executeTakeFirst();
  const unitId = call?.unit_id ?? line?.unitId;
  if (e.extension) await checkExtension(trx, 'extension', e.extension, unitId);
  if (e.toExtension) await checkExtension(trx, 'toExtension', e.toExtension, unitId);

  const stored = await trx
    .insertInto('hotline_events')
    .values({
      pbx_call_id: e.callId,
      event: e.event,
      at,
      caller: e.caller ?? null,
      called: e.called ?? null,
      extension: e.extension ?? null,
      to_extension: e.toExtension ?? null,
      duration_seconds: e.durationSeconds ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!stored) return { duplicate: true };
  if (!call) {
    if (!line || !phone) return { duplicate: false, call: null };
    call = await createCall(trx, e, at, line, phone);
  }
  const { before, after } = await refoldCall(trx, call);
  await announceChanges(trx, before, after);
  return { duplicate: false, call: { id: after.id, reference: after.reference, status: after.status } };
}

/** After a fold: the missed call's callback, and the frames for the unit's consoles. */
export async function announceChanges(trx: Trx, before: CallRow, after: CallRow): Promise<void> {
  const now = Date.now();
  let callbackId: string | undefined;
  if (after.status === 'missed' && before.status !== 'missed') {
    callbackId = await queueCallback(trx, after, 'missed', after.ended_at ?? new Date(now));
  } else if (before.status === 'missed' && after.status !== 'missed') {
    await withdrawMissedCallback(trx, after.id);
  }
  const view = await findCallView(trx, after.id);
  if (view)
    await announceHotline(trx, { unitId: after.unit_id, frame: 'call', id: after.id, data: view, at: now });
  if (callbackId) {
    const callback = await findCallback(trx, callbackId, now);
    if (callback) {
      await announceHotline(trx, {
        unitId: after.unit_id,
        frame: 'callback',
        id: callbackId,
        data: callback,
        at: now,
      });
    }
  }
  const moved =
    before.current_staff_id === after.current_staff_id
      ? []
      : [before.current_staff_id, after.current_staff_id].filter((s): s is string => s !== null);
  for (const entry of await directoryEntries(trx, { staffIds: moved })) {
    await announceHotline(trx, {
      unitId: after.unit_id,
      frame: 'presence',
      id: entry.staffId,
      data: entry,
      at: now,
    });
  }
}
