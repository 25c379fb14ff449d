/**
 * A citizen's appointment: book a slot for a procedure at a unit, look it up by code and phone, move it, cancel it.
 * Each is one transaction. A booking takes one place of the slot's counter row in one statement that inserts the
 * row or updates it only while booked < capacity (the row lock makes concurrent bookings wait for each other and
 * re-check), and the same phone cannot hold two live appointments in one slot (a partial unique index).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { bookingCode, normaliseBookingCode } from '../../domain/appointments/code.js';
import type { AppointmentFacts } from '../../domain/appointments/notices.js';
import { findEpochDay, formatEpochDay, isoWeekday } from '../../domain/calendar/civil-date.js';
import { findClockMinutes, formatClockMinutes } from '../../domain/calendar/time-zone.js';
import { formatDate } from '../../domain/checklist/checklist.js';
import { normalisePhone } from '../../domain/contact/contact.js';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { getProcedure } from '../catalogue/queries.js';
import { answersFor } from '../checklist/answers.js';
import { checkedAnswers } from '../checklist/answered.js';
import { fieldName } from '../service-hours/service-hours.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { daySlots, slotContext, unitsFor } from './availability.js';
import { cancelReminder, queueBookingMessages, queueCancellation } from './messages.js';
import { appointmentView, type AppointmentRow, type AppointmentView } from './view.js';
import { unitByAgencyId } from '../org/units.js';

export interface BookingInput {
  unit: string;
  procedure: string;
  date: string;
  start: string;
  fullName: string;
  phone: string;
  /** The citizen's answers to the procedure's checklist questions (kept for the desk; they shape the SMS list). */
  answers?: Readonly<Record<string, string>> | undefined;
}

export function phoneOf(text: string): string {
  const phone = normalisePhone(text);
  if (!phone) {
    const message = 'Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 03, 05, 07, 08 hoặc 09).';
    throw invalid('PHONE_INVALID', message, [{ field: 'phone', message }]);
  }
  return phone;
}

interface ChosenSlot {
  day: number;
  date: string;
  start: string;
  end: string;
  startsAt: number;
  endsAt: number;
  capacity: number;
}

/** The slot a citizen asks for, checked against the unit's hours, modes, settings and now. */
async function chooseSlot(
  db: Reader,
  unit: UnitRow,
  field: string,
  date: string,
  start: string,
  now: number,
): Promise<ChosenSlot> {
  const day = findEpochDay(date);
  const minute = findClockMinutes(start);
  if (day === undefined || minute === undefined) {
    const message = 'Ngày hoặc giờ hẹn không hợp lệ.';
    throw invalid('SLOT_INVALID', message, [{ field: day === undefined ? 'date' : 'start', message }]);
  }
  const ctx = await slotContext(db, unit, field, now);
  const slot = daySlots(ctx, field, day).find((s) => s.start === minute);
  if (day < ctx.today || (slot && slot.startsAt <= now)) {
    throw invalid(
      'APPOINTMENT_IN_PAST',
      'Không thể đặt lịch hẹn vào thời điểm đã qua. Vui lòng chọn giờ khác.',
      [{ field: 'date', message: 'Thời điểm đã qua.' }],
    );
  }
  if (day > ctx.lastDay) {
    throw invalid(
      'APPOINTMENT_TOO_FAR',
      `Chỉ đặt được lịch hẹn trong ${ctx.settings.daysAhead} ngày tới (đến ngày ${formatDate(
        formatEpochDay(ctx.lastDay),
      )}).`,
      [{ field: 'date', message: 'Quá xa.' }],
    );
  }
  if (!slot) {
    const noAppointment = ctx.noAppointment.includes(isoWeekday(day));
    if (noAppointment) {
      throw invalid(
        'NO_APPOINTMENT_DAY',
        'Ngày này là ngày không hẹn: đơn vị giải quyết trong ngày, không nhận đặt lịch. Vui lòng chọn ngày khác.',
        [{ field: 'date', message: 'Ngày không hẹn.' }],
      );
    }
    throw invalid(
      'SLOT_NOT_OFFERED',
      `Không có giờ hẹn ${start} ngày ${formatDate(date)}: ngoài giờ phục vụ của lĩnh vực này. Vui lòng chọn một giờ trong danh sách.`,
      [{ field: 'start', message: 'Ngoài giờ phục vụ.' }],
    );
  }
  return {
    day,
    date,
    start: formatClockMinutes(slot.start),
    end: formatClockMinutes(slot.end),
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    capacity: ctx.settings.capacity,
  };
}

const SLOT_FULL = () => conflict('SLOT_FULL', 'Giờ hẹn này vừa hết chỗ. Vui lòng chọn giờ khác.');

/** Takes one place of the slot, or throws SLOT_FULL. One statement: the row lock orders concurrent bookings. */
async function takePlace(trx: Trx, unitId: string, field: string, slot: ChosenSlot): Promise<void> {
  const taken = await sql<{ booked: number }>`
    insert into appointment_slots as s (unit_id, field_code, starts_at, capacity, booked)
    values (${unitId}, ${field}, ${new Date(slot.startsAt)}, ${slot.capacity}, 1)
    on conflict (unit_id, field_code, starts_at) do update
      set capacity = excluded.capacity, booked = s.booked + 1
      where s.booked < excluded.capacity
    returning s.booked`.execute(trx);
  if (taken.rows.length === 0) throw SLOT_FULL();
}

async function releasePlace(trx: Trx, row: Pick<AppointmentRow, 'unit_id' | 'field_code' | 'starts_at'>) {
  await trx
    .updateTable('appointment_slots')
    .set({ booked: sql`booked - 1` })
    .where('unit_id', '=', row.unit_id)
    .where('field_code', '=', row.field_code)
    .where('starts_at', '=', row.starts_at)
    .where('booked', '>', 0)
    .execute();
}

const DUPLICATE_INDEX = 'appointments_slot_phone_idx';
function isDuplicate(err: unknown): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  return (
    !!e &&
    e.code === '23505' &&
    (e.constraint === DUPLICATE_INDEX ||
      (typeof e.message === 'string' && e.message.includes(DUPLICATE_INDEX)))
  );
}
const DUPLICATE = () =>
  conflict(
    'APPOINTMENT_DUPLICATE',
    'Số điện thoại này đã có lịch hẹn vào giờ này. Mỗi số điện thoại chỉ đặt một lịch cho một giờ hẹn.',
  );

async function facts(db: Reader, row: AppointmentRow, publicUrl: string): Promise<AppointmentFacts> {
  const unit = await db
    .selectFrom('units')
    .select('name')
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  return {
    code: row.code,
    unitName: unit.name,
    fieldName: fieldName(row.field_code),
    procedureName: row.procedure_name,
    date: formatDate(row.local_date),
    start: row.start_time,
    end: row.end_time,
    publicUrl,
  };
}

export async function bookAppointment(
  trx: Trx,
  input: BookingInput,
  opts: { publicUrl: string; now?: number },
): Promise<AppointmentView> {
  const now = opts.now ?? Date.now();
  const phone = phoneOf(input.phone);
  const fullName = input.fullName.trim().replace(/\s+/g, ' ');
  if (fullName.length < 2) {
    const message = 'Vui lòng nhập họ và tên.';
    throw invalid('NAME_REQUIRED', message, [{ field: 'fullName', message }]);
  }
  const version = await getProcedure(trx, input.procedure);
  const answers = checkedAnswers(version.record, input.answers);
  const unit = await unitByAgencyId(trx, input.unit);
  const offered = await unitsFor(trx, version.record);
  if (!offered.some((u) => u.agencyId === unit.agency_id)) {
    const message = `${unit.name} không giải quyết thủ tục này. Vui lòng chọn đơn vị khác.`;
    throw invalid('UNIT_NOT_OFFERING', message, [{ field: 'unit', message }]);
  }
  const field = version.record.field.code;
  const slot = await chooseSlot(trx, unit, field, input.date, input.start, now);
  const same = await trx
    .selectFrom('appointments')
    .select('id')
    .where('unit_id', '=', unit.id)
    .where('field_code', '=', field)
    .where('starts_at', '=', new Date(slot.startsAt))
    .where('phone', '=', phone)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  if (same) throw DUPLICATE();
  await takePlace(trx, unit.id, field, slot);
  let row: AppointmentRow | undefined;
  try {
    for (let attempt = 0; !row && attempt < 5; attempt++) {
      row = await trx
        .insertInto('appointments')
        .values({
          code: bookingCode(randomBytes(8)),
          unit_id: unit.id,
          field_code: field,
          starts_at: new Date(slot.startsAt),
          ends_at: new Date(slot.endsAt),
          local_date: slot.date,
          start_time: slot.start,
          end_time: slot.end,
          procedure_version_id: version.id,
          procedure_code: version.record.code,
          procedure_name: version.record.name,
          full_name: fullName,
          phone,
          answers: JSON.stringify(answers),
          created_at: new Date(now),
          updated_at: new Date(now),
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .returningAll()
        .executeTakeFirst();
    }
  } catch (err) {
    if (isDuplicate(err)) throw DUPLICATE();
    throw err;
  }
  if (!row) throw new Error('no free booking code after 5 attempts');
  const reminderId = await queueBookingMessages(
    trx,
    { id: row.id, unitId: row.unit_id, phone, startsAt: slot.startsAt, version: 0 },
    await facts(trx, row, opts.publicUrl),
    // The answers asked at booking (or carried from the hotline's link): the list names what applies to them.
    { versionId: version.id, record: version.record, answers, publicUrl: opts.publicUrl },
    now,
  );
  if (reminderId) {
    await trx.updateTable('appointments').set({ reminder_id: reminderId }).where('id', '=', row.id).execute();
  }
  return appointmentView(trx, { ...row, reminder_id: reminderId });
}

/** The appointment with this code and phone, locked for a change when `forUpdate`; one answer for either wrong. */
async function findByCodeAndPhone(db: Reader, codeText: string, phoneText: string, forUpdate: boolean) {
  const code = normaliseBookingCode(codeText);
  const phone = normalisePhone(phoneText);
  const missing = () =>
    notFound(
      'APPOINTMENT_NOT_FOUND',
      'Không tìm thấy lịch hẹn với mã và số điện thoại này. Vui lòng kiểm tra lại.',
    );
  if (!code || !phone) throw missing();
  let q = db.selectFrom('appointments').selectAll().where('code', '=', code).where('phone', '=', phone);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw missing();
  return row;
}

export async function lookupAppointment(db: Reader, code: string, phone: string): Promise<AppointmentView> {
  return appointmentView(db, await findByCodeAndPhone(db, code, phone, false));
}

function checkChangeable(row: AppointmentRow, now: number): void {
  if (row.status === 'cancelled') throw conflict('APPOINTMENT_CANCELLED', 'Lịch hẹn này đã được hủy.');
  if (row.status === 'arrived')
    throw conflict(
      'APPOINTMENT_ARRIVED',
      'Lịch hẹn này đã được tiếp đón tại quầy, không đổi hoặc hủy được nữa.',
    );
  if (row.starts_at.getTime() <= now)
    throw conflict('APPOINTMENT_STARTED', 'Đã đến hoặc qua giờ hẹn, không đổi hoặc hủy được nữa.');
}

export async function cancelAppointment(
  trx: Trx,
  code: string,
  phoneText: string,
  opts: { publicUrl: string; now?: number },
): Promise<AppointmentView> {
  const now = opts.now ?? Date.now();
  const row = await findByCodeAndPhone(trx, code, phoneText, true);
  checkChangeable(row, now);
  await releasePlace(trx, row);
  await cancelReminder(trx, row.reminder_id);
  const updated = await trx
    .updateTable('appointments')
    .set({ status: 'cancelled', cancelled_at: new Date(now), updated_at: new Date(now) })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await queueCancellation(
    trx,
    { id: row.id, phone: row.phone, unitId: row.unit_id },
    await facts(trx, row, opts.publicUrl),
    now,
  );
  return appointmentView(trx, updated);
}

export async function rescheduleAppointment(
  trx: Trx,
  code: string,
  input: { phone: string; date: string; start: string },
  opts: { publicUrl: string; now?: number },
): Promise<AppointmentView> {
  const now = opts.now ?? Date.now();
  const row = await findByCodeAndPhone(trx, code, input.phone, true);
  checkChangeable(row, now);
  const unit = await trx
    .selectFrom('units')
    .selectAll()
    .where('id', '=', row.unit_id)
    .executeTakeFirstOrThrow();
  const slot = await chooseSlot(trx, unit, row.field_code, input.date, input.start, now);
  if (slot.startsAt === row.starts_at.getTime()) {
    throw invalid('SAME_SLOT', 'Đây đã là giờ hẹn hiện tại. Vui lòng chọn giờ khác.', [
      { field: 'start', message: 'Giờ hẹn hiện tại.' },
    ]);
  }
  // The two slot rows are locked earlier slot first, so two moves in opposite directions never deadlock; a full
  // new slot rolls the whole move back, the old place included.
  if (slot.startsAt > row.starts_at.getTime()) {
    await releasePlace(trx, row);
    await takePlace(trx, row.unit_id, row.field_code, slot);
  } else {
    await takePlace(trx, row.unit_id, row.field_code, slot);
    await releasePlace(trx, row);
  }
  await cancelReminder(trx, row.reminder_id);
  let updated: AppointmentRow;
  try {
    updated = await trx
      .updateTable('appointments')
      .set({
        starts_at: new Date(slot.startsAt),
        ends_at: new Date(slot.endsAt),
        local_date: slot.date,
        start_time: slot.start,
        end_time: slot.end,
        reschedules: row.reschedules + 1,
        updated_at: new Date(now),
      })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (err) {
    if (isDuplicate(err)) throw DUPLICATE();
    throw err;
  }
  const version = await getProcedureVersion(trx, row.procedure_version_id);
  const reminderId = await queueBookingMessages(
    trx,
    {
      id: row.id,
      unitId: row.unit_id,
      phone: row.phone,
      startsAt: slot.startsAt,
      version: updated.reschedules,
    },
    await facts(trx, updated, opts.publicUrl),
    {
      versionId: row.procedure_version_id,
      record: version,
      answers: answersFor(version, row.answers),
      publicUrl: opts.publicUrl,
    },
    now,
  );
  updated = await trx
    .updateTable('appointments')
    .set({ reminder_id: reminderId })
    .where('id', '=', row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return appointmentView(trx, updated);
}

async function getProcedureVersion(db: Reader, id: string) {
  const v = await db
    .selectFrom('procedure_versions')
    .select('record')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return v.record;
}
