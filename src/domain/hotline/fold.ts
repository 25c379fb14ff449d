/**
 * A call's state, folded from all its PBX events ordered by their instant (`at`), whatever order they arrived in,
 * then merged with the operator's routings. Pure: the same events (in any order) and routings give the same state.
 *
 * Rules: the first `answered` is the answer (a repeat for the extension that has the call is ignored, another
 * extension's opens a leg); a `transferred` closes the open leg and opens one for `toExtension` (when no answer was
 * seen, the transfer counts as one, at its instant); the first `hangup` ends the call and every open leg — a call
 * with no answer before its hang-up is `missed`; events after the hang-up are ignored.
 */
import { callEventKinds, type CallEventKind, type CallLeg, type CallStatus } from './views.js';

export interface StoredEvent {
  event: CallEventKind;
  /** Epoch milliseconds. */
  at: number;
  caller?: string | null;
  called?: string | null;
  extension?: string | null;
  toExtension?: string | null;
  durationSeconds?: number | null;
}

export interface PbxLeg {
  extension: string;
  startedAt: number;
  endedAt: number | null;
  via: 'answer' | 'transfer';
}

export interface FoldedCall {
  status: CallStatus;
  caller: string | null;
  called: string | null;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
  waitSeconds: number | null;
  durationSeconds: number | null;
  legs: PbxLeg[];
}

const rank = Object.fromEntries(callEventKinds.map((k, i) => [k, i])) as Record<CallEventKind, number>;

const text = (v: string | null | undefined) => v ?? '';

/** A total order on events: by instant, then kind, then every other field (so the fold never depends on arrival). */
export function compareEvents(a: StoredEvent, b: StoredEvent): number {
  return (
    a.at - b.at ||
    rank[a.event] - rank[b.event] ||
    text(a.extension).localeCompare(text(b.extension)) ||
    text(a.toExtension).localeCompare(text(b.toExtension)) ||
    text(a.caller).localeCompare(text(b.caller)) ||
    text(a.called).localeCompare(text(b.called)) ||
    (a.durationSeconds ?? -1) - (b.durationSeconds ?? -1)
  );
}

export function foldCall(events: readonly StoredEvent[]): FoldedCall {
  if (events.length === 0) throw new Error('foldCall needs at least one event');
  const sorted = [...events].sort(compareEvents);
  let ringingAt: number | null = null;
  let caller: string | null = null;
  let called: string | null = null;
  let answeredAt: number | null = null;
  let endedAt: number | null = null;
  let durationSeconds: number | null = null;
  const legs: PbxLeg[] = [];
  const openLeg = () => {
    const last = legs[legs.length - 1];
    return last && last.endedAt === null ? last : undefined;
  };
  for (const e of sorted) {
    if (endedAt !== null) break;
    switch (e.event) {
      case 'ringing':
        ringingAt ??= e.at;
        caller ??= e.caller ?? null;
        called ??= e.called ?? null;
        break;
      case 'answered': {
        if (!e.extension) break;
        answeredAt ??= e.at;
        const open = openLeg();
        if (open?.extension === e.extension) break;
        if (open) open.endedAt = e.at;
        legs.push({
          extension: e.extension,
          startedAt: e.at,
          endedAt: null,
          via: legs.length ? 'transfer' : 'answer',
        });
        break;
      }
      case 'transferred': {
        if (!e.toExtension) break;
        const open = openLeg();
        if (open) open.endedAt = e.at;
        else if (legs.length === 0 && e.extension) {
          legs.push({ extension: e.extension, startedAt: e.at, endedAt: e.at, via: 'answer' });
        }
        answeredAt ??= e.at;
        legs.push({ extension: e.toExtension, startedAt: e.at, endedAt: null, via: 'transfer' });
        break;
      }
      case 'hangup': {
        endedAt = e.at;
        durationSeconds = e.durationSeconds ?? null;
        const open = openLeg();
        if (open) open.endedAt = e.at;
        break;
      }
    }
  }
  const startedAt = ringingAt ?? sorted[0]!.at;
  const status: CallStatus =
    endedAt !== null
      ? answeredAt !== null
        ? 'ended'
        : 'missed'
      : legs.some((l) => l.via === 'transfer')
        ? 'transferred'
        : answeredAt !== null
          ? 'answered'
          : 'ringing';
  const waitUntil = answeredAt ?? endedAt;
  return {
    status,
    caller,
    called,
    startedAt,
    answeredAt,
    endedAt,
    waitSeconds: waitUntil === null ? null : Math.max(0, Math.round((waitUntil - startedAt) / 1000)),
    durationSeconds,
    legs,
  };
}

/** The operator's record of a routing (POST /api/hotline/calls/:id/transfer). */
export interface Routing {
  id: string;
  extension: string;
  staffId: string;
  fieldCode: string;
  note: string | null;
  /** Epoch milliseconds. */
  at: number;
}

export interface StaffRef {
  id: string;
  fullName: string;
  extension: string | null;
}

export interface CallState {
  status: CallStatus;
  legs: CallLeg[];
  /** The field of the last routed leg. */
  fieldCode: string | null;
  /** The staff member who has the call now (open calls only). */
  currentStaffId: string | null;
  /** The last leg's staff member. */
  lastStaffId: string | null;
}

/**
 * Merges the routings into the PBX's legs: a routing takes the first unrouted transfer leg to the same extension
 * (the PBX's transfer and the operator's record are one leg, in either order); a routing the PBX has not (yet)
 * reported adds a leg of its own at its instant.
 */
export function callState(
  folded: FoldedCall,
  routings: readonly Routing[],
  staff: readonly StaffRef[],
): CallState {
  const byExtension = new Map<string, StaffRef>();
  for (const s of staff) if (s.extension && !byExtension.has(s.extension)) byExtension.set(s.extension, s);
  const byId = new Map(staff.map((s) => [s.id, s]));
  type Working = PbxLeg & {
    staffId: string | null;
    fieldCode: string | null;
    note: string | null;
    routed: boolean;
  };
  const legs: Working[] = folded.legs.map((l) => ({
    ...l,
    staffId: byExtension.get(l.extension)?.id ?? null,
    fieldCode: null,
    note: null,
    routed: false,
  }));
  const ordered = [...routings].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  for (const r of ordered) {
    const match = legs.find((l) => l.via === 'transfer' && !l.routed && l.extension === r.extension);
    if (match) {
      Object.assign(match, { staffId: r.staffId, fieldCode: r.fieldCode, note: r.note, routed: true });
      continue;
    }
    const ended = folded.endedAt !== null;
    const open = legs.find((l) => l.endedAt === null && l.startedAt <= r.at);
    if (open && !ended) open.endedAt = r.at;
    legs.push({
      extension: r.extension,
      startedAt: r.at,
      endedAt: ended ? Math.max(folded.endedAt!, r.at) : null,
      via: 'transfer',
      staffId: r.staffId,
      fieldCode: r.fieldCode,
      note: r.note,
      routed: true,
    });
  }
  legs.sort((a, b) => a.startedAt - b.startedAt);
  const open = folded.endedAt === null;
  const status: CallStatus =
    open && ordered.length > 0 && folded.status === 'answered' ? 'transferred' : folded.status;
  const last = legs[legs.length - 1];
  return {
    status,
    legs: legs.map((l) => ({
      extension: l.extension,
      staffId: l.staffId,
      staffName: l.staffId ? (byId.get(l.staffId)?.fullName ?? null) : null,
      fieldCode: l.fieldCode,
      note: l.note,
      startedAt: new Date(l.startedAt).toISOString(),
      endedAt: l.endedAt === null ? null : new Date(l.endedAt).toISOString(),
    })),
    fieldCode: [...legs].reverse().find((l) => l.fieldCode)?.fieldCode ?? null,
    currentStaffId: open && last && last.endedAt === null ? last.staffId : null,
    lastStaffId: last?.staffId ?? null,
  };
}
