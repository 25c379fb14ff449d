/**
 * Counters of a unit (managed with unit.manage, audited) and officers signing in and out of them. An officer is at
 * one counter at a time: signing in elsewhere leaves the previous counter.
 */
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { canManageCounters, canWorkQueue } from '../../domain/queue/access.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import { getUnit } from '../org/queries.js';
import { announce } from './notify.js';
import { unitByAgencyId } from '../org/units.js';
import type { Counter } from '../../contracts/queue.js';

export interface CounterInput {
  number: number;
  label?: string | null | undefined;
  fieldCodes: string[];
  active?: boolean | undefined;
}

/** What an administrator sets on a counter (the audit names them). */
const counterFields = ['number', 'label', 'fieldCodes', 'active'];

/** Logs a change of a counter and tells the unit's consoles and display to refresh. */
async function counterChanged(
  trx: Trx,
  ctx: ActingContext,
  action: string,
  counterId: string,
  unitId: string,
  fields?: string[],
): Promise<void> {
  await writeAudit(trx, ctx, {
    action,
    entity: 'queue_counter',
    entityId: counterId,
    unitId,
    ...(fields ? { fields } : {}),
  });
  await announce(trx, { unitId, kind: 'updated' });
}

export const counterNotFound = () => notFound('COUNTER_NOT_FOUND', 'Không tìm thấy quầy.');

function counterRows(db: Reader) {
  return db
    .selectFrom('queue_counters as c')
    .leftJoin('staff as s', 's.id', 'c.officer_id')
    .select([
      'c.id',
      'c.unit_id',
      'c.number',
      'c.label',
      'c.field_codes',
      'c.active',
      'c.officer_id',
      's.full_name as officer_name',
    ]);
}
type CounterRow = Awaited<ReturnType<ReturnType<typeof counterRows>['executeTakeFirstOrThrow']>>;

export function toCounter(r: CounterRow): Counter {
  return {
    id: r.id,
    number: r.number,
    label: r.label,
    fieldCodes: r.field_codes,
    active: r.active,
    officer: r.officer_id ? { id: r.officer_id, fullName: r.officer_name ?? '' } : null,
  };
}

export async function countersOfUnit(db: Reader, unitId: string): Promise<Counter[]> {
  const rows = await counterRows(db).where('c.unit_id', '=', unitId).orderBy('c.number').execute();
  return rows.map(toCounter);
}

export async function getCounterRow(db: Reader, id: string, lock = false): Promise<CounterRow> {
  let q = counterRows(db).where('c.id', '=', id);
  if (lock) q = q.forUpdate('c');
  const row = await q.executeTakeFirst();
  if (!row) throw counterNotFound();
  return row;
}

/** The counters of a unit, for its administrators and its officers. */
export async function listCounters(db: Reader, ctx: ActingContext, agencyId: string): Promise<Counter[]> {
  const unit = await unitByAgencyId(db, agencyId, { field: 'unit' });
  if (!canManageCounters(ctx.actor, unit.path) && !canWorkQueue(ctx.actor, unit.id)) throw forbidden();
  return countersOfUnit(db, unit.id);
}

async function checkInput(trx: Trx, input: CounterInput): Promise<string[]> {
  const codes = [...new Set(input.fieldCodes.map((c) => c.trim().toUpperCase()))];
  if (codes.length === 0) {
    const message = 'Quầy phải phục vụ ít nhất một lĩnh vực.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'fieldCodes', message }]);
  }
  const known = await trx.selectFrom('fields').select('code').where('code', 'in', codes).execute();
  const unknown = codes.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length) {
    const message = `Không có lĩnh vực mã ${unknown.join(', ')}.`;
    throw invalid('FIELD_NOT_FOUND', message, [{ field: 'fieldCodes', message }]);
  }
  return codes;
}

async function numberTaken(trx: Trx, unitId: string, number: number, except?: string): Promise<void> {
  let q = trx
    .selectFrom('queue_counters')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('number', '=', number);
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) {
    const message = `Đơn vị đã có quầy số ${number}.`;
    throw conflict('COUNTER_NUMBER_TAKEN', message, { fields: [{ field: 'number', message }] });
  }
}

export async function createCounter(
  trx: Trx,
  ctx: ActingContext,
  agencyId: string,
  input: CounterInput,
): Promise<Counter> {
  const unit = await unitByAgencyId(trx, agencyId, { field: 'unit' });
  if (!canManageCounters(ctx.actor, unit.path)) throw forbidden();
  const fieldCodes = await checkInput(trx, input);
  await numberTaken(trx, unit.id, input.number);
  const row = await trx
    .insertInto('queue_counters')
    .values({
      unit_id: unit.id,
      number: input.number,
      label: input.label?.trim() || null,
      field_codes: fieldCodes,
      active: input.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await counterChanged(trx, ctx, 'queue.counter.create', row.id, unit.id, counterFields);
  return toCounter(await getCounterRow(trx, row.id));
}

export async function updateCounter(
  trx: Trx,
  ctx: ActingContext,
  counterId: string,
  input: CounterInput,
): Promise<Counter> {
  const before = await getCounterRow(trx, counterId, true);
  const unit = await getUnit(trx, before.unit_id);
  if (!canManageCounters(ctx.actor, unit.path)) throw forbidden();
  const fieldCodes = await checkInput(trx, input);
  await numberTaken(trx, unit.id, input.number, counterId);
  const active = input.active ?? before.active;
  await trx
    .updateTable('queue_counters')
    .set({
      number: input.number,
      label: input.label?.trim() || null,
      field_codes: fieldCodes,
      active,
      // A counter closed by its administrator has nobody at it.
      ...(active ? {} : { officer_id: null, officer_since: null }),
      updated_at: new Date(),
    })
    .where('id', '=', counterId)
    .execute();
  await counterChanged(trx, ctx, 'queue.counter.update', counterId, unit.id, counterFields);
  return toCounter(await getCounterRow(trx, counterId));
}

/** Signs the actor in at the counter (leaving any other counter). */
export async function signInToCounter(trx: Trx, ctx: ActingContext, counterId: string): Promise<Counter> {
  const counter = await getCounterRow(trx, counterId, true);
  if (!canWorkQueue(ctx.actor, counter.unit_id)) {
    throw forbidden('Chỉ công chức của đơn vị được làm việc tại quầy này.');
  }
  if (!counter.active) throw conflict('COUNTER_CLOSED', 'Quầy này đang đóng.');
  if (counter.officer_id && counter.officer_id !== ctx.actor.id) {
    throw conflict(
      'COUNTER_OCCUPIED',
      `Quầy ${counter.number} đang có ${counter.officer_name ?? 'người'} làm việc.`,
    );
  }
  await trx
    .updateTable('queue_counters')
    .set({ officer_id: null, officer_since: null })
    .where('officer_id', '=', ctx.actor.id)
    .where('id', '!=', counterId)
    .execute();
  await trx
    .updateTable('queue_counters')
    .set({ officer_id: ctx.actor.id, officer_since: new Date() })
    .where('id', '=', counterId)
    .execute();
  await counterChanged(trx, ctx, 'queue.counter.sign_in', counterId, counter.unit_id);
  return toCounter(await getCounterRow(trx, counterId));
}

export async function signOutOfCounter(trx: Trx, ctx: ActingContext): Promise<void> {
  const left = await trx
    .updateTable('queue_counters')
    .set({ officer_id: null, officer_since: null })
    .where('officer_id', '=', ctx.actor.id)
    .returning(['id', 'unit_id'])
    .executeTakeFirst();
  if (!left) return;
  await counterChanged(trx, ctx, 'queue.counter.sign_out', left.id, left.unit_id);
}

/** The counter the actor is signed in at; 409 when none. */
export async function myCounter(db: Reader, ctx: ActingContext, lock = false) {
  let q = counterRows(db).where('c.officer_id', '=', ctx.actor.id);
  if (lock) q = q.forUpdate('c');
  const row = await q.executeTakeFirst();
  if (!row) throw conflict('NOT_AT_COUNTER', 'Bạn chưa đăng nhập vào quầy nào.');
  if (!canWorkQueue(ctx.actor, row.unit_id))
    throw forbidden('Bạn không còn làm việc tại đơn vị của quầy này.');
  return row;
}
