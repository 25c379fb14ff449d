/**
 * Issuing queue tickets: from the kiosk (public), the reception point (staff) or an appointment's check-in.
 * Numbers are per unit, field and day, unique and gap-free: the day's counter row stays locked from the moment a
 * number is taken until the commit (a rolled-back issue gives its number back).
 *
 * `issueTicket` may run inside the caller's transaction (an appointment check-in) or open its own.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import {
  formatTicketNumber,
  MAX_TICKETS_PER_FIELD_DAY,
  type TicketSource,
} from '../../domain/queue/ticket.js';
import { inTransaction, type Trx } from '../../db/transaction.js';
import { announce } from './notify.js';
import { localDate } from '../../domain/calendar/time-zone.js';

export const QUEUE_TIMEZONE = 'Asia/Ho_Chi_Minh';

export interface IssueTicketInput {
  unitId: string;
  fieldCode: string;
  source: TicketSource;
  /** Called before normal tickets (appointments). */
  priority?: boolean;
  appointmentId?: string | null;
  /** For the "your turn is near" SMS; any Vietnamese mobile form. */
  phone?: string | null;
  now?: number;
}

export interface IssuedTicket {
  id: string;
  number: string;
  unitId: string;
  fieldCode: string;
  fieldName: string;
  day: string;
  seq: number;
  priority: boolean;
  source: TicketSource;
  issuedAt: string;
}

/** A ticket's phone in its stored form; null when none is given; 400 PHONE_INVALID when it is not a mobile. */
export function checkPhone(phone: string | null | undefined): string | null {
  if (phone === undefined || phone === null || phone.trim() === '') return null;
  const normal = normalisePhone(phone);
  if (!normal) {
    const message = 'Số điện thoại di động không hợp lệ (ví dụ 0912 345 678).';
    throw invalid('PHONE_INVALID', message, [{ field: 'phone', message }]);
  }
  return normal;
}

async function nextTicketSeq(trx: Trx, unitId: string, fieldCode: string, day: string): Promise<number> {
  const row = await trx
    .insertInto('queue_number_counters')
    .values({ unit_id: unitId, field_code: fieldCode, day, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['unit_id', 'field_code', 'day']).doUpdateSet((eb) => ({
        last_number: eb('queue_number_counters.last_number', '+', 1),
      })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

async function issuedView(trx: Trx, id: string): Promise<IssuedTicket> {
  const t = await trx
    .selectFrom('queue_tickets as t')
    .innerJoin('fields as f', 'f.code', 't.field_code')
    .select([
      't.id',
      't.number',
      't.unit_id',
      't.field_code',
      'f.name as field_name',
      't.seq',
      't.priority',
      't.source',
      't.issued_at',
      (eb) => eb.cast<string>('t.day', 'text').as('day'),
    ])
    .where('t.id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    id: t.id,
    number: t.number,
    unitId: t.unit_id,
    fieldCode: t.field_code,
    fieldName: t.field_name,
    day: t.day,
    seq: t.seq,
    priority: t.priority,
    source: t.source,
    issuedAt: new Date(t.issued_at).toISOString(),
  };
}

/**
 * Issues the next ticket of the field at the unit. An appointment is checked in once: issuing again for the same
 * appointment returns its ticket.
 */
export async function issueTicket(
  db: Kysely<Database> | Transaction<Database>,
  input: IssueTicketInput,
): Promise<IssuedTicket> {
  return inTransaction(db, async (trx) => {
    const now = input.now ?? Date.now();
    const phone = checkPhone(input.phone);
    if (input.appointmentId) {
      const existing = await trx
        .selectFrom('queue_tickets')
        .select('id')
        .where('appointment_id', '=', input.appointmentId)
        .executeTakeFirst();
      if (existing) return issuedView(trx, existing.id);
    }
    const unit = await trx
      .selectFrom('units')
      .select(['id', 'active'])
      .where('id', '=', input.unitId)
      .executeTakeFirst();
    if (!unit || !unit.active) throw notFound('UNIT_NOT_FOUND', 'Không tìm thấy đơn vị.');
    const fieldCode = input.fieldCode.trim().toUpperCase();
    const field = await trx
      .selectFrom('fields')
      .select('code')
      .where('code', '=', fieldCode)
      .executeTakeFirst();
    if (!field) {
      const message = `Không có lĩnh vực mã "${input.fieldCode.slice(0, 20)}".`;
      throw invalid('FIELD_NOT_FOUND', message, [{ field: 'fieldCode', message }]);
    }
    if (input.source === 'kiosk') await requireServedField(trx, unit.id, fieldCode);
    const day = localDate(QUEUE_TIMEZONE, now);
    const seq = await nextTicketSeq(trx, unit.id, fieldCode, day);
    if (seq > MAX_TICKETS_PER_FIELD_DAY) {
      throw conflict('QUEUE_NUMBERS_EXHAUSTED', 'Lĩnh vực này đã hết số thứ tự trong ngày.');
    }
    const at = new Date(now);
    const row = await trx
      .insertInto('queue_tickets')
      .values({
        unit_id: unit.id,
        day,
        issued_field_code: fieldCode,
        field_code: fieldCode,
        seq,
        number: formatTicketNumber(fieldCode, seq),
        source: input.source,
        priority: input.priority ?? false,
        appointment_id: input.appointmentId ?? null,
        phone,
        queued_at: at,
        issued_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await announce(trx, { unitId: unit.id, kind: 'issued' });
    return issuedView(trx, row.id);
  });
}

/** A 400 unless an active counter of the unit serves the field (the kiosk offers only those). */
export async function requireServedField(trx: Trx, unitId: string, fieldCode: string): Promise<void> {
  const served = await trx
    .selectFrom('queue_counters')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .where((eb) => eb(eb.val(fieldCode), '=', eb.fn.any('field_codes')))
    .executeTakeFirst();
  if (!served) {
    const message = 'Lĩnh vực này không có quầy phục vụ tại đơn vị.';
    throw invalid('FIELD_NOT_SERVED', message, [{ field: 'fieldCode', message }]);
  }
}
