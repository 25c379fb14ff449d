/**
 * The desk's side of appointments: a unit's appointments of a day by slot, and the check-in that welcomes the
 * citizen: in one transaction the queue issues a priority ticket for the appointment's field, the appointment is
 * marked arrived with that ticket, and the check-in is audited.
 */
import { findEpochDay } from '../../domain/calendar/civil-date.js';
import { mayOnAppointments, type AppointmentAction } from '../../domain/appointments/permissions.js';
import { normaliseBookingCode } from '../../domain/appointments/code.js';
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/org/roles.js';
import { writeAudit } from '../org/audit.js';
import { issueTicket } from '../queue/tickets.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { viewOf, type AppointmentView } from './view.js';
import { unitByAgencyId } from '../org/units.js';
import { localDate } from '../../domain/calendar/time-zone.js';

const TZ = 'Asia/Ho_Chi_Minh';

function check(actor: Actor, action: AppointmentAction, unit: UnitRow): void {
  if (!mayOnAppointments(actor, action, unit.path)) {
    throw forbidden(
      action === 'view'
        ? 'Bạn không có quyền xem lịch hẹn của đơn vị này.'
        : 'Bạn không có quyền tiếp đón lịch hẹn của đơn vị này.',
    );
  }
}

export interface DeskDay {
  unit: { agencyId: string; name: string };
  date: string;
  slots: {
    start: string;
    end: string;
    field: { code: string; name: string };
    appointments: AppointmentView[];
  }[];
}

export async function deskAppointments(
  db: Reader,
  actor: Actor,
  query: { unit: string; date?: string },
  now = Date.now(),
): Promise<DeskDay> {
  const unit = await unitByAgencyId(db, query.unit);
  check(actor, 'view', unit);
  const date = query.date ?? localDate(TZ, now);
  if (findEpochDay(date) === undefined) {
    const message = 'Ngày không hợp lệ (YYYY-MM-DD).';
    throw invalid('DATE_INVALID', message, [{ field: 'date', message }]);
  }
  const rows = await db
    .selectFrom('appointments')
    .selectAll()
    .where('unit_id', '=', unit.id)
    .where('local_date', '=', date)
    .where('status', '<>', 'cancelled')
    .orderBy('starts_at')
    .orderBy('created_at')
    .execute();
  const slots: DeskDay['slots'] = [];
  for (const row of rows) {
    const view = viewOf(row, unit);
    let slot = slots.find((s) => s.start === view.start && s.field.code === view.field.code);
    if (!slot) {
      slot = { start: view.start, end: view.end, field: view.field, appointments: [] };
      slots.push(slot);
    }
    slot.appointments.push(view);
  }
  return { unit: { agencyId: unit.agency_id, name: unit.name }, date, slots };
}

export interface CheckInResult {
  appointment: AppointmentView;
  /** The priority ticket issued by the queue. */
  ticket: { id: string; number: string } | null;
}

/** Marks the citizen arrived (today's appointment only); audited. */
export async function checkInAppointment(
  trx: Trx,
  ctx: ActingContext,
  codeText: string,
  now = Date.now(),
): Promise<CheckInResult> {
  const code = normaliseBookingCode(codeText);
  const row = code
    ? await trx.selectFrom('appointments').selectAll().where('code', '=', code).forUpdate().executeTakeFirst()
    : undefined;
  if (!row) throw notFound('APPOINTMENT_NOT_FOUND', 'Không tìm thấy lịch hẹn với mã này.');
  const unit = await trx
    .selectFrom('units')
    .selectAll()
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  check(ctx.actor, 'check_in', unit);
  if (row.status === 'cancelled') throw conflict('APPOINTMENT_CANCELLED', 'Lịch hẹn này đã được hủy.');
  if (row.status === 'arrived') throw conflict('APPOINTMENT_ARRIVED', 'Lịch hẹn này đã được tiếp đón.');
  if (row.local_date !== localDate(TZ, now)) {
    throw conflict('APPOINTMENT_NOT_TODAY', `Lịch hẹn này vào ngày ${row.local_date}, không phải hôm nay.`);
  }
  const ticket = await issueTicket(trx, {
    unitId: unit.id,
    fieldCode: row.field_code,
    source: 'appointment',
    priority: true,
    appointmentId: row.id,
    phone: row.phone,
    now,
  });
  const updated = await trx
    .updateTable('appointments')
    .set({
      status: 'arrived',
      arrived_at: new Date(now),
      arrived_by: ctx.actor.id,
      ticket_id: ticket.id,
      updated_at: new Date(now),
    })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, ctx, {
    action: 'appointment.check_in',
    entity: 'appointment',
    entityId: row.id,
    unitId: unit.id,
    extra: { ticket: ticket.number },
  });
  return { appointment: viewOf(updated, unit), ticket: { id: ticket.id, number: ticket.number } };
}
