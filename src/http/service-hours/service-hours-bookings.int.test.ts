/**
 * A change of service hours effective next month, against bookings (services with a fixed `now`: Thursday
 * 10 December 2026, 09:00 in Vietnam): Đông Khê ends its 9th hour from 1 January 2027; the slots offered this month
 * and the hours of today stay exactly as they were, the bookings already made (one this month, one next month in
 * the 9th hour) stay booked, and from 1 January no new 9th-hour slot is offered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { availability } from '../../services/appointments/availability.js';
import { bookAppointment } from '../../services/appointments/booking.js';
import { actorOf } from '../../services/dossier/sweeper-test-utils.js';
import { saveServiceHoursVersion } from '../../services/service-hours/admin.js';
import { publicServiceHours } from '../../services/service-hours/public.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const NOW = Date.parse('2026-12-10T09:00:00+07:00');
const DONG_KHE = 'H56.10.02';
const book = (date: string, phone: string) =>
  t.database.db
    .transaction()
    .execute((trx) =>
      bookAppointment(
        trx,
        { unit: DONG_KHE, procedure: '1.001193', date, start: '16:30', fullName: 'Lê Thị Bích', phone },
        { publicUrl: 'https://motcua.example', now: NOW },
      ),
    );
const slots = (from: string, days: number) =>
  availability(t.database.db, { unit: DONG_KHE, field: 'HT', from, days }, NOW);
const appointments = () =>
  t.database.db
    .selectFrom('appointments')
    .selectAll()
    .where('unit_id', 'in', (eb) => eb.selectFrom('units').select('id').where('agency_id', '=', DONG_KHE))
    .orderBy('starts_at')
    .execute();

describe('a change effective next month', () => {
  it('leaves today’s hours, this month’s slots and the bookings untouched; applies from its date', async () => {
    const december = await book('2026-12-14', '0978341256');
    const january = await book('2027-01-04', '0978341257');
    expect([december.start, january.start]).toEqual(['16:30', '16:30']);
    const decemberSlots = await slots('2026-12-10', 14);
    const hoursToday = await publicServiceHours(t.database.db, DONG_KHE, {}, NOW);
    const booked = await appointments();

    const admin = await actorOf(t.database.db, 'admin.dongkhe');
    await t.database.db
      .transaction()
      .execute((trx) =>
        saveServiceHoursVersion(
          trx,
          { actor: admin, requestId: 't' },
          DONG_KHE,
          { effectiveFrom: '2027-01-01', document: { extras: [] } },
          NOW,
        ),
      );

    expect(await slots('2026-12-10', 14)).toEqual(decemberSlots);
    const after = await publicServiceHours(t.database.db, DONG_KHE, {}, NOW);
    expect({ ...after, nextChange: null }).toEqual(hoursToday);
    expect(after.nextChange).toBe('2027-01-01');
    expect(await appointments()).toEqual(booked);
    expect(booked.map((a) => a.status)).toEqual(['booked', 'booked']);

    // From 1 January: no 9th hour any more (the booking made before stays).
    const monday = (await slots('2027-01-04', 1)).days[0]!;
    expect(monday.slots.at(-1)!.end).toBe('16:30');
    expect(monday.slots.some((s) => s.kind === 'extra')).toBe(false);
    const hoursJanuary = await publicServiceHours(
      t.database.db,
      DONG_KHE,
      { at: '2027-01-04T16:45:00+07:00' },
      NOW,
    );
    expect(hoursJanuary.week.flatMap((d) => d.openings).some((o) => o.kind === 'extra')).toBe(false);
    expect(hoursJanuary.fields.find((f) => f.code === 'HT')?.openNow).toBe(false);
    expect(hoursJanuary.effectiveFrom).toBe('2027-01-01');
  });
});
