/**
 * What the public sees of a unit's queue: the kiosk's fields, a ticket's page, the lobby display's snapshot.
 * No personal data (phones) ever leaves here.
 */
import { notFound } from '../../domain/errors.js';
import { countedAhead, estimateWaitMs, waitMinutes } from '../../domain/queue/estimate.js';
import { compareQueued, statusLabels, type TicketStatus } from '../../domain/queue/ticket.js';
import type { Reader } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { QUEUE_TIMEZONE } from './tickets.js';
import { findUnitByAgencyId } from '../org/units.js';
import { localDate } from '../../domain/calendar/time-zone.js';

export const publicUnitNotFound = () => notFound('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị.');

export async function publicUnit(db: Reader, agencyId: string): Promise<UnitRow> {
  const unit = await findUnitByAgencyId(db, agencyId);
  if (!unit || !unit.active) throw publicUnitNotFound();
  return unit;
}

interface QueueState {
  counters: { id: string; number: number; label: string | null; fieldCodes: string[]; staffed: boolean }[];
  fields: Map<string, string>;
  /** Today's open tickets (waiting, called, serving), in calling order for the waiting ones. */
  tickets: {
    id: string;
    number: string;
    fieldCode: string;
    status: TicketStatus;
    priority: boolean;
    queuedAt: number;
    kiosk: boolean;
    counterId: string | null;
    calledAt: number | null;
  }[];
  /** Recent service durations per field (ms). */
  serviceMs: Map<string, number[]>;
}

const RECENT_SERVICES = 20;

async function queueState(db: Reader, unitId: string, now: number): Promise<QueueState> {
  const day = localDate(QUEUE_TIMEZONE, now);
  const [counters, tickets, fields, recent] = await Promise.all([
    db
      .selectFrom('queue_counters')
      .select(['id', 'number', 'label', 'field_codes', 'officer_id'])
      .where('unit_id', '=', unitId)
      .where('active', '=', true)
      .orderBy('number')
      .execute(),
    db
      .selectFrom('queue_tickets')
      .select([
        'id',
        'number',
        'field_code',
        'status',
        'priority',
        'queued_at',
        'source',
        'counter_id',
        'called_at',
      ])
      .where('unit_id', '=', unitId)
      .where('day', '=', day)
      .where('status', 'in', ['waiting', 'called', 'serving'])
      .execute(),
    db.selectFrom('fields').select(['code', 'name']).execute(),
    db
      .selectFrom('queue_tickets')
      .select(['field_code', 'serving_at', 'finished_at'])
      .where('unit_id', '=', unitId)
      .where('status', '=', 'done')
      .where('serving_at', 'is not', null)
      .where('finished_at', '>', new Date(now - 7 * 86_400_000))
      .orderBy('finished_at', 'desc')
      .limit(200)
      .execute(),
  ]);
  const serviceMs = new Map<string, number[]>();
  for (const r of recent) {
    const list = serviceMs.get(r.field_code) ?? [];
    if (list.length < RECENT_SERVICES)
      list.push(new Date(r.finished_at!).getTime() - new Date(r.serving_at!).getTime());
    serviceMs.set(r.field_code, list);
  }
  return {
    counters: counters.map((c) => ({
      id: c.id,
      number: c.number,
      label: c.label,
      fieldCodes: c.field_codes,
      staffed: c.officer_id !== null,
    })),
    fields: new Map(fields.map((f) => [f.code, f.name])),
    tickets: tickets
      .map((t) => ({
        id: t.id,
        number: t.number,
        fieldCode: t.field_code,
        status: t.status,
        priority: t.priority,
        queuedAt: new Date(t.queued_at).getTime(),
        kiosk: t.source === 'kiosk',
        counterId: t.counter_id,
        calledAt: t.called_at ? new Date(t.called_at).getTime() : null,
      }))
      .sort(compareQueued),
    serviceMs,
  };
}

function fieldSummaries(state: QueueState, now: number) {
  const codes = [...new Set(state.counters.flatMap((c) => c.fieldCodes))];
  return codes.map((code) => {
    const waiting = state.tickets.filter((t) => t.status === 'waiting' && t.fieldCode === code);
    const open = state.counters.filter((c) => c.staffed && c.fieldCodes.includes(code)).length;
    return {
      code,
      name: state.fields.get(code) ?? code,
      waiting: waiting.length,
      next: waiting.slice(0, 5).map((t) => t.number),
      waitMinutes: waitMinutes(
        estimateWaitMs(countedAhead(waiting, now), state.serviceMs.get(code) ?? [], open),
      ),
    };
  });
}

/** The kiosk: the unit and the fields its counters serve, with how many wait. */
export async function kioskView(db: Reader, agencyId: string, now = Date.now()) {
  const unit = await publicUnit(db, agencyId);
  const state = await queueState(db, unit.id, now);
  return { unit: { agencyId: unit.agency_id, name: unit.name }, fields: fieldSummaries(state, now) };
}

/** The lobby display: now serving per counter, the next numbers per field. */
export async function displaySnapshot(db: Reader, unitId: string, now = Date.now()) {
  const unit = await db
    .selectFrom('units')
    .select(['agency_id', 'name'])
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  const state = await queueState(db, unitId, now);
  return {
    unit: { agencyId: unit.agency_id, name: unit.name },
    at: new Date(now).toISOString(),
    counters: state.counters.map((c) => {
      const current = state.tickets.find((t) => t.counterId === c.id && t.status !== 'waiting');
      return {
        number: c.number,
        label: c.label,
        staffed: c.staffed,
        fieldCodes: c.fieldCodes,
        ticket: current ? { number: current.number, status: current.status } : null,
      };
    }),
    fields: fieldSummaries(state, now),
  };
}
export type DisplaySnapshot = Awaited<ReturnType<typeof displaySnapshot>>;

/** A ticket's public page: number, field, status, people ahead and the estimated wait. */
export async function publicTicket(db: Reader, id: string, now = Date.now()) {
  const t = await db
    .selectFrom('queue_tickets as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('fields as f', 'f.code', 't.field_code')
    .leftJoin('queue_counters as c', 'c.id', 't.counter_id')
    .select([
      't.id',
      't.number',
      't.unit_id',
      't.field_code',
      'f.name as field_name',
      't.status',
      't.priority',
      't.issued_at',
      'u.agency_id',
      'u.name as unit_name',
      'c.number as counter_number',
      (eb) => eb.cast<string>('t.day', 'text').as('day'),
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
  if (!t) throw notFound('TICKET_NOT_FOUND', 'Không tìm thấy số thứ tự.');
  let ahead: number | null = null;
  let wait: number | null = null;
  if (t.status === 'waiting' && t.day === localDate(QUEUE_TIMEZONE, now)) {
    const state = await queueState(db, t.unit_id, now);
    const waiting = state.tickets.filter((w) => w.status === 'waiting' && w.fieldCode === t.field_code);
    ahead = waiting.findIndex((w) => w.id === t.id);
    const open = state.counters.filter((c) => c.staffed && c.fieldCodes.includes(t.field_code)).length;
    const counted = countedAhead(waiting.slice(0, Math.max(0, ahead)), now);
    wait = waitMinutes(estimateWaitMs(counted, state.serviceMs.get(t.field_code) ?? [], open));
  }
  return {
    id: t.id,
    number: t.number,
    unit: { agencyId: t.agency_id, name: t.unit_name },
    field: { code: t.field_code, name: t.field_name },
    day: t.day,
    issuedAt: new Date(t.issued_at).toISOString(),
    priority: t.priority,
    status: t.status,
    statusLabel: statusLabels[t.status],
    counterNumber: t.counter_number ?? null,
    ahead,
    waitMinutes: wait,
  };
}
export type PublicTicket = Awaited<ReturnType<typeof publicTicket>>;

/** The fields a unit's counters serve, with their waiting lines (the officer console's overview). */
export async function fieldsOfUnit(db: Reader, unitId: string, now = Date.now()) {
  return fieldSummaries(await queueState(db, unitId, now), now);
}
