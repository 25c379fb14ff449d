/**
 * The PBX's call events in: checked (numbers, the line, the extensions), stored once (a repeat is a duplicate and
 * stores nothing), and folded into the call with everything else it has received, in one transaction serialised
 * per call (an advisory lock on the PBX's call id), so two events of one call arriving together never fold
 * without each other. Events that arrive before the call's `ringing` wait in hotline_events until it comes: only
 * the `ringing` names the line, hence the unit.
 */
import { invalid, type FieldIssue } from '../../domain/errors.js';
import { isWithheld, parseHotlinePhone, WITHHELD } from '../../domain/hotline/phone.js';
import { newCallReference } from '../../domain/hotline/reference.js';
import type { StoredEvent } from '../../domain/hotline/fold.js';
import type { CallEvent, CallStatus } from '../../domain/hotline/views.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { announceAll, type HotlineChange } from './announce.js';
import { findCallback, queueCallback, withdrawMissedCallback } from './callbacks.js';
import {
  cachedStaffRefs,
  eventsOf,
  findCallForFold,
  lockCall,
  refoldCall,
  type CallRow,
  type Refolded,
} from './calls.js';
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

const LINE_CACHE_MS = 10_000;
const lineCache = new Map<string, { at: number; unitId: string }>();

async function unitOfLine(trx: Trx, called: string): Promise<{ unitId: string; number: string }> {
  const parsed = parseHotlinePhone(called);
  if (!parsed) fail('HOTLINE_PHONE_INVALID', `Số được gọi "${called.slice(0, 30)}" không hợp lệ.`, 'called');
  const hit = lineCache.get(parsed.normalised);
  if (hit && Date.now() - hit.at < LINE_CACHE_MS) return { unitId: hit.unitId, number: parsed.normalised };
  const line = await trx
    .selectFrom('hotline_lines')
    .select(['unit_id', 'number'])
    .where('number', '=', parsed.normalised)
    .executeTakeFirst();
  if (!line)
    fail('HOTLINE_LINE_UNKNOWN', `Số ${parsed.display} không phải đường dây nóng của đơn vị nào.`, 'called');
  lineCache.set(line.number, { at: Date.now(), unitId: line.unit_id });
  return { unitId: line.unit_id, number: line.number };
}

/** The extension must belong to an active staff member of the unit (of any unit while the unit is unknown). */
async function checkExtension(trx: Trx, field: string, extension: string, unitId: string | undefined) {
  const known = (refs: { extension: string | null; active: boolean }[]) =>
    refs.some((r) => r.active && r.extension === extension);
  if (unitId) {
    if (known(await cachedStaffRefs(trx, unitId))) return;
    if (known(await cachedStaffRefs(trx, unitId, true))) return;
  } else {
    const any = await trx
      .selectFrom('staff')
      .select('id')
      .where('extension', '=', extension)
      .where('active', '=', true)
      .executeTakeFirst();
    if (any) return;
  }
  fail(
    'HOTLINE_EXTENSION_UNKNOWN',
    `Máy lẻ ${extension.slice(0, 20)} không thuộc cán bộ nào của đơn vị.`,
    field,
  );
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

/**
 * Stores a PBX event as received; nothing (undefined) when the same event of the call is already stored, a repeat.
 * The hotline benchmark's ceiling stores events with it too.
 */
export function storeEventOnce(db: Reader | Trx, e: CallEvent, at: Date | string) {
  return db
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
}

export async function ingestEvent(trx: Trx, e: CallEvent): Promise<IngestResult> {
  const at = checkShape(e);
  let phone: string | undefined;
  let line: { unitId: string; number: string } | undefined;
  if (e.event === 'ringing') {
    // A hidden number is still a call (it counts in the figures), with no history and no callback.
    const caller = isWithheld(e.caller!)
      ? { normalised: WITHHELD, kind: 'hidden' }
      : parseHotlinePhone(e.caller!);
    if (!caller || caller.kind === 'service') {
      fail('HOTLINE_PHONE_INVALID', `Số gọi đến "${e.caller!.slice(0, 30)}" không hợp lệ.`, 'caller');
    }
    phone = caller.normalised;
    line = await unitOfLine(trx, e.called!);
  }
  await lockCall(trx, e.callId);
  const found = await findCallForFold(trx, e.callId);
  const unitId = found?.call.unit_id ?? line?.unitId;
  if (e.extension) await checkExtension(trx, 'extension', e.extension, unitId);
  if (e.toExtension) await checkExtension(trx, 'toExtension', e.toExtension, unitId);

  const stored = await storeEventOnce(trx, e, at);
  if (!stored) return { duplicate: true };
  let refolded: Refolded;
  if (found) {
    const event: StoredEvent = {
      event: e.event,
      at: at.getTime(),
      caller: e.caller ?? null,
      called: e.called ?? null,
      extension: e.extension ?? null,
      toExtension: e.toExtension ?? null,
      durationSeconds: e.durationSeconds ?? null,
    };
    refolded = await refoldCall(trx, found.call, {
      events: [...found.events, event],
      routings: found.routings,
    });
  } else {
    if (!line || !phone) return { duplicate: false, call: null };
    const call = await createCall(trx, e, at, line, phone);
    refolded = await refoldCall(trx, call, { events: await eventsOf(trx, e.callId), routings: [] });
  }
  await announceChanges(trx, refolded);
  const { after } = refolded;
  return { duplicate: false, call: { id: after.id, reference: after.reference, status: after.status } };
}

/** After a fold: the missed call's callback, and the frames for the unit's consoles (one NOTIFY statement). */
export async function announceChanges(trx: Trx, { before, after, view }: Refolded): Promise<void> {
  const now = Date.now();
  const changes: HotlineChange[] = [
    { unitId: after.unit_id, frame: 'call', id: after.id, data: view, at: now },
  ];
  if (after.status === 'missed' && before.status !== 'missed' && after.phone !== WITHHELD) {
    const callbackId = await queueCallback(trx, after, 'missed', after.ended_at ?? new Date(now));
    const callback = callbackId ? await findCallback(trx, callbackId, now) : undefined;
    if (callback)
      changes.push({ unitId: after.unit_id, frame: 'callback', id: callback.id, data: callback, at: now });
  } else if (before.status === 'missed' && after.status !== 'missed') {
    await withdrawMissedCallback(trx, after.id);
  }
  const moved =
    before.current_staff_id === after.current_staff_id
      ? []
      : [before.current_staff_id, after.current_staff_id].filter((s): s is string => s !== null);
  for (const entry of await directoryEntries(trx, { staffIds: moved })) {
    changes.push({ unitId: after.unit_id, frame: 'presence', id: entry.staffId, data: entry, at: now });
  }
  await announceAll(trx, changes);
}
