/**
 * Appointments against a real database: slots from the demo hours (Đông Khê's winter Monday 9th hour for justice,
 * its Friday 9th hour for land the only bookings on its no-appointment Friday), booking
 * with its confirmation and reminder in the outbox, moving and cancelling (the reminder cancelled, the place freed),
 * the errors people get (outside hours, past, twice by one phone, a no-appointment day, a bad phone), and the
 * staff endpoints' authorisation. The booking rules run through the services with a fixed `now` (Thursday
 * 3 December 2026, 09:00 in Vietnam); the HTTP checks pick their dates from the slots the server offers today.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { DomainError } from '../../domain/errors.js';
import {
  bookAppointment,
  cancelAppointment,
  lookupAppointment,
  rescheduleAppointment,
  type BookingInput,
} from '../../services/appointments/booking.js';
import { availability } from '../../services/appointments/availability.js';
import { localDate } from '../../domain/calendar/time-zone.js';

interface Json {
  error: { code: string; message: string };
  displayCode: string;
  appointment: { status: string };
  ticket: { id: string; number: string } | null;
  settings: unknown;
  days: { date: string; slots: { start: string }[] }[];
  fields: { field: { code: string }; own: boolean }[];
}

const t = useTestApp();
const as = useLogins(t, [
  'admin.dongtien',
  'admin.dongkhe',
  'tiepnhan.dongtien',
  'tiepnhan.dongkhe',
  'chuyenvien.dongtien',
]);

const NOW = Date.parse('2026-12-03T09:00:00+07:00');
const opts = { publicUrl: 'https://motcua.example', now: NOW };
const BIRTH = '1.001193';
const base: BookingInput = {
  unit: 'H56.10.02',
  procedure: BIRTH,
  date: '2026-12-07',
  start: '16:30',
  fullName: 'Nguyễn Văn An',
  phone: '0966123678',
};
const book = (input: Partial<BookingInput>, now = NOW) =>
  t.database.db.transaction().execute((trx) => bookAppointment(trx, { ...base, ...input }, { ...opts, now }));
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'OK';
}
const messages = (phone: string) =>
  t.database.db
    .selectFrom('notifications')
    .select(['event', 'body', 'status', 'next_attempt_at', 'id'])
    .where('recipient', '=', phone)
    .orderBy('created_at')
    .orderBy('event')
    .execute();

describe('appointment slots and booking', () => {
  it('offers Đông Khê’s winter Monday 9th hour 16:30–17:30 to justice; on the no-appointment Friday only land’s 9th hour', async () => {
    const week = await availability(
      t.database.db,
      { unit: 'H56.10.02', field: 'HT', from: '2026-12-04', days: 4 },
      NOW,
    );
    const friday = week.days.find((d) => d.date === '2026-12-04')!;
    expect(friday).toMatchObject({ noAppointment: true, slots: [] });
    const landFriday = await availability(
      t.database.db,
      { unit: 'H56.10.02', field: 'DD', from: '2026-12-04', days: 1 },
      NOW,
    );
    expect(landFriday.days[0]).toMatchObject({ noAppointment: true });
    expect(landFriday.days[0]!.slots.map((s) => `${s.start}-${s.end} ${s.kind}`)).toEqual([
      '16:30-17:00 extra',
      '17:00-17:30 extra',
    ]);
    // Another commune has no 9th hour.
    const elsewhere = await availability(
      t.database.db,
      { unit: 'H56.10.01', field: 'HT', from: '2026-12-07', days: 1 },
      NOW,
    );
    expect(elsewhere.days[0]!.slots.at(-1)!.end).toBe('16:30');
    const monday = week.days.find((d) => d.date === '2026-12-07')!;
    expect(monday.slots.slice(-2)).toMatchObject([
      { start: '16:30', end: '17:00', kind: 'extra', label: 'Giờ thứ 9', placesLeft: 2 },
      { start: '17:00', end: '17:30', kind: 'extra', label: 'Giờ thứ 9', placesLeft: 2 },
    ]);
    const land = await availability(
      t.database.db,
      { unit: 'H56.10.01', field: 'DD', from: '2026-12-07', days: 1 },
      NOW,
    );
    expect(land.days[0]!.slots.at(-1)!.end).toBe('16:30');
    // Without settings of its own, a field has as many places as the unit's queue counters serving it.
    expect(land.settings.capacity).toBe(1);
    expect(week.settings.capacity).toBe(2);
  });

  it('books, sends the documents to bring and holds a reminder until the day before; moves and cancels', async () => {
    const phone = '+84966123678';
    const booked = await book({});
    expect(booked).toMatchObject({
      status: 'booked',
      date: '2026-12-07',
      start: '16:30',
      end: '17:00',
      phoneEnding: '678',
    });
    expect(booked.field).toEqual({ code: 'HT', name: 'Hộ tịch' });
    let sms = await messages(phone);
    expect(sms.map((m) => m.event)).toEqual(['appointment_booked', 'appointment_reminder']);
    expect(sms[0]!.body).toContain(`Lich hen ${booked.displayCode}`);
    expect(sms[0]!.body).toContain('Giay to mang theo: 1)');
    expect(sms[0]!.body).toContain(`https://motcua.example/dat-lich/${booked.code}`);
    expect(sms[1]!.next_attempt_at.toISOString()).toBe('2026-12-06T09:30:00.000Z');
    const slotRow = () =>
      t.database.db
        .selectFrom('appointment_slots')
        .select('booked')
        .where('starts_at', '=', new Date('2026-12-07T09:30:00Z'))
        .where('field_code', '=', 'HT')
        .executeTakeFirst();
    expect(await slotRow()).toEqual({ booked: 1 });

    expect(
      await lookupAppointment(t.database.db, booked.displayCode.toLowerCase(), '096 612 3678'),
    ).toMatchObject({
      code: booked.code,
    });
    expect(await codeOf(lookupAppointment(t.database.db, booked.code, '0966123679'))).toBe(
      'APPOINTMENT_NOT_FOUND',
    );

    const moved = await t.database.db
      .transaction()
      .execute((trx) =>
        rescheduleAppointment(
          trx,
          booked.code,
          { phone: '0966123678', date: '2026-12-08', start: '08:00' },
          opts,
        ),
      );
    expect(moved).toMatchObject({ date: '2026-12-08', start: '08:00', end: '08:30', reschedules: 1 });
    expect(await slotRow()).toEqual({ booked: 0 });
    sms = await messages(phone);
    // Created at the same fixed instant: compared as a set.
    expect(sms.map((m) => `${m.event}:${m.status}`).sort()).toEqual([
      'appointment_booked:created',
      'appointment_moved:created',
      'appointment_reminder:cancelled',
      'appointment_reminder:created',
    ]);
    const reminder = sms.find((m) => m.event === 'appointment_reminder' && m.status === 'created');
    expect(reminder!.next_attempt_at.toISOString()).toBe('2026-12-07T01:00:00.000Z');

    const cancelled = await t.database.db
      .transaction()
      .execute((trx) => cancelAppointment(trx, booked.code, '0966123678', opts));
    expect(cancelled.status).toBe('cancelled');
    sms = await messages(phone);
    expect(sms.filter((m) => m.event === 'appointment_reminder').map((m) => m.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
    expect(sms.filter((m) => m.event === 'appointment_cancelled')).toHaveLength(1);
    expect(
      await codeOf(
        t.database.db.transaction().execute((trx) => cancelAppointment(trx, booked.code, '0966123678', opts)),
      ),
    ).toBe('APPOINTMENT_CANCELLED');
  });

  it('refuses a slot outside hours, in the past, too far, on a no-appointment day, twice by one phone, a bad phone', async () => {
    expect(await codeOf(book({ start: '12:00' }))).toBe('SLOT_NOT_OFFERED');
    expect(await codeOf(book({ start: '17:30' }))).toBe('SLOT_NOT_OFFERED');
    expect(await codeOf(book({ date: '2026-12-02', start: '08:00' }))).toBe('APPOINTMENT_IN_PAST');
    expect(await codeOf(book({ date: '2026-12-03', start: '08:00' }))).toBe('APPOINTMENT_IN_PAST');
    expect(await codeOf(book({ date: '2027-02-01', start: '08:00' }))).toBe('APPOINTMENT_TOO_FAR');
    expect(await codeOf(book({ date: '2026-12-04', start: '08:00' }))).toBe('NO_APPOINTMENT_DAY');
    expect(await codeOf(book({ phone: '0123' }))).toBe('PHONE_INVALID');
    expect(await codeOf(book({ unit: '000.00.21.H56' }))).toBe('UNIT_NOT_OFFERING');
    expect(await codeOf(book({ phone: '0987000001', start: '17:00' }))).toBe('OK');
    expect(await codeOf(book({ phone: '+84 987 000 001', start: '17:00' }))).toBe('APPOINTMENT_DUPLICATE');
    expect(await codeOf(book({ phone: '0987000002', start: '17:00' }))).toBe('OK');
    expect(await codeOf(book({ phone: '0987000003', start: '17:00' }))).toBe('SLOT_FULL');
    const rows = await t.database.db
      .selectFrom('appointments')
      .select('phone')
      .where('starts_at', '=', new Date('2026-12-07T10:00:00Z'))
      .execute();
    expect(rows.map((r) => r.phone).sort()).toEqual(['+84987000001', '+84987000002']);
  });

  it('takes exactly 10 of 100 parallel bookings for a slot with 10 places', async () => {
    await t.database.db
      .insertInto('appointment_settings')
      .values({
        unit_id: await unitId('H56.10.02'),
        field_code: 'HT',
        slot_minutes: 30,
        capacity: 10,
        days_ahead: 30,
      })
      .execute();
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        book({ unit: 'H56.10.02', date: '2026-12-14', start: '08:00', phone: `09${String(10_000_000 + i)}` }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(10);
    expect(new Set(failed.map((e) => (e instanceof DomainError ? e.code : String(e))))).toEqual(
      new Set(['SLOT_FULL']),
    );
    const count = await t.database.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('unit_id', '=', await unitId('H56.10.02'))
      .where('starts_at', '=', new Date('2026-12-14T01:00:00Z'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(10);
  }, 120_000);
});

async function unitId(agencyId: string): Promise<string> {
  const u = await t.database.db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return u.id;
}

describe('appointments over HTTP', () => {
  it('answers bad input with a Vietnamese message and a stable code, and books nothing', async () => {
    const slots = await t.app.inject({
      method: 'GET',
      url: '/api/appointments/slots?unit=H56.10.01&field=HT&days=14',
    });
    expect(slots.statusCode, slots.body).toBe(200);
    const day = slots.json<Json>().days.find((d) => d.slots.length > 0)!;
    const post = (payload: Partial<BookingInput>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/appointments',
        payload: { ...base, date: day.date, start: day.slots[0]!.start, ...payload },
      });
    const bad = [
      [await post({ start: '03:00' }), 400, 'SLOT_NOT_OFFERED', 'ngoài giờ phục vụ'],
      [await post({ date: '2020-01-06' }), 400, 'APPOINTMENT_IN_PAST', 'đã qua'],
      [await post({ phone: '12345' }), 400, 'PHONE_INVALID', 'Số điện thoại'],
    ] as const;
    for (const [res, status, code, words] of bad) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json<Json>().error.code).toBe(code);
      expect(res.json<Json>().error.message).toContain(words);
    }
    const first = await post({ phone: '0388000111' });
    expect(first.statusCode, first.body).toBe(201);
    const twice = await post({ phone: '0388000111' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<Json>().error).toMatchObject({ code: 'APPOINTMENT_DUPLICATE' });
    expect(twice.json<Json>().error.message).toContain('đã có lịch hẹn');
    const n = await t.database.db
      .selectFrom('appointments')
      .select('id')
      .where('phone', '=', '+84388000111')
      .execute();
    expect(n).toHaveLength(1);
    const found = await t.app.inject({
      method: 'POST',
      url: '/api/appointments/lookup',
      payload: { code: first.json<Json>().displayCode, phone: '0388000111' },
    });
    expect(found.statusCode).toBe(200);
  });

  it('lets only the unit’s desk see the day and check in (401 anonymous, 403 other unit or role)', async () => {
    const today = localDate('Asia/Ho_Chi_Minh', Date.now());
    const dongtien = await unitId('H56.10.01');
    const startsAt = new Date(Date.now() + 3_600_000);
    await t.database.db
      .insertInto('appointment_slots')
      .values({ unit_id: dongtien, field_code: 'CT', starts_at: startsAt, capacity: 2, booked: 1 })
      .execute();
    const version = await t.database.db
      .selectFrom('procedure_versions')
      .select('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.database.db
      .insertInto('appointments')
      .values({
        code: 'DESK2345',
        unit_id: dongtien,
        field_code: 'CT',
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 1_800_000),
        local_date: today,
        start_time: '08:00',
        end_time: '08:30',
        procedure_version_id: version.id,
        procedure_code: 'X',
        procedure_name: 'Chứng thực bản sao',
        full_name: 'Trần Thị Bình',
        phone: '+84911222333',
      })
      .execute();
    const list = (user?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/appointments/desk?unit=H56.10.01&date=${today}`,
        ...(user ? as[user] : {}),
      });
    expect((await list()).statusCode).toBe(401);
    for (const user of ['tiepnhan.dongkhe', 'chuyenvien.dongtien', 'admin.dongkhe'])
      expect((await list(user)).statusCode, user).toBe(403);
    const seen = await list('tiepnhan.dongtien');
    expect(seen.statusCode, seen.body).toBe(200);
    expect(JSON.stringify(seen.json())).toContain('DESK-2345');
    expect(JSON.stringify(seen.json())).not.toContain('911222333');

    const checkIn = (user?: string) =>
      t.app.inject({ method: 'POST', url: '/api/appointments/DESK2345/check-in', ...(user ? as[user] : {}) });
    expect((await checkIn()).statusCode).toBe(401);
    for (const user of ['tiepnhan.dongkhe', 'chuyenvien.dongtien', 'admin.dongtien'])
      expect((await checkIn(user)).statusCode, user).toBe(403);
    const ok = await checkIn('tiepnhan.dongtien');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<Json>().appointment).toMatchObject({ status: 'arrived' });
    // The check-in is a priority ticket of the appointment's field in the unit's queue.
    expect(ok.json<Json>().ticket!.number).toMatch(/^CT-\d{3}$/);
    const ticket = await t.database.db
      .selectFrom('queue_tickets')
      .select(['number', 'priority', 'source', 'field_code'])
      .where(
        'appointment_id',
        '=',
        (
          await t.database.db
            .selectFrom('appointments')
            .select('id')
            .where('code', '=', 'DESK2345')
            .executeTakeFirstOrThrow()
        ).id,
      )
      .executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({
      priority: true,
      source: 'appointment',
      field_code: 'CT',
      number: ok.json<Json>().ticket!.number,
    });
    expect((await checkIn('tiepnhan.dongtien')).json<Json>().error.code).toBe('APPOINTMENT_ARRIVED');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'appointment.check_in')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('lets only the unit admin change its settings (401, 403, 400) and audits it', async () => {
    const url = '/api/admin/units/H56.10.01/appointment-settings';
    const put = (user: string | undefined, payload: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: url + '/HT',
        ...(user ? as[user] : {}),
        payload: payload as object,
      });
    const good = { settings: { slotMinutes: 20, capacity: 4, daysAhead: 21 } };
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await put(undefined, good)).statusCode).toBe(401);
    for (const user of ['admin.dongkhe', 'tiepnhan.dongtien', 'chuyenvien.dongtien']) {
      expect((await put(user, good)).statusCode, user).toBe(403);
      expect((await t.app.inject({ method: 'GET', url, ...as[user] })).statusCode, user).toBe(403);
    }
    expect(
      (await put('admin.dongtien', { settings: { slotMinutes: 1, capacity: 4, daysAhead: 21 } })).statusCode,
    ).toBe(400);
    const ok = await put('admin.dongtien', good);
    expect(ok.statusCode, ok.body).toBe(200);
    const ht = ok.json<Json>().fields.find((f) => f.field.code === 'HT');
    expect(ht).toMatchObject({ own: true, slotMinutes: 20, capacity: 4, daysAhead: 21 });
    const slots = await t.app.inject({
      method: 'GET',
      url: '/api/appointments/slots?unit=H56.10.01&field=HT',
    });
    expect(slots.json<Json>().settings).toEqual({ slotMinutes: 20, capacity: 4 });
    const back = await put('admin.dongtien', { settings: null });
    expect(back.json<Json>().fields.find((f) => f.field.code === 'HT')!.own).toBe(false);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'unit.appointment_settings')
      .execute();
    expect(audit).toHaveLength(2);
  });
});
