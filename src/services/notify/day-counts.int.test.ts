/**
 * The unit's daily SMS count (migration 0016) that the daily cap reads: kept by the statement that queues a
 * message, so it counts exactly the committed non-urgent SMS of the unit's local day — not a retried message (same
 * dedupe key), not a rolled-back one, not a one-time code, not an email, not a message of no unit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { withNotify } from '../../db/with-notify.js';
import { notify, type NotifyRequest } from './notify.js';

let t: TestApp;
let unitId = '';
beforeAll(async () => {
  t = await openTestApp({ demo: true });
  const unit = await t.database.db
    .selectFrom('units')
    .select('id')
    .where('agency_id', '=', 'H56.10.03')
    .executeTakeFirstOrThrow();
  unitId = unit.id;
});
afterAll(() => t.close());

// 20:30 on 14 December 2026 in Vietnam (outside quiet hours); twelve hours later is 08:30 on the 15th.
const LATE = Date.parse('2026-12-14T13:30:00Z');
const send = (req: Partial<NotifyRequest> & { dedupeKey: string }) =>
  t.database.db.transaction().execute((trx) =>
    notify(trx, {
      event: 'appointment_booked',
      unitId,
      recipient: { phone: '0913200001' },
      params: { maLichHen: 'K7M2-QX9P', thoiGian: '08:30 15/12/2026', diaDiem: 'UBND xã' },
      now: LATE,
      ...req,
    }),
  );
const counted = async (day: string) => {
  const r = await withNotify(t.database.db)
    .selectFrom('notification_unit_day_counts')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('sms'), eb.lit(0)).as('n'))
    .where('unit_id', '=', unitId)
    .where('day', '=', day)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

describe("the unit's daily SMS count", () => {
  it('counts each committed non-urgent SMS once, on the local day', async () => {
    await send({ dedupeKey: 'day-count:1' });
    await send({ dedupeKey: 'day-count:2', recipient: { phone: '0913200002' } });
    await send({ dedupeKey: 'day-count:1' }); // the same message again: not counted again
    expect(await counted('2026-12-14')).toBe(2);
    expect(await counted('2026-12-15')).toBe(0);
  });

  it('does not count a rolled-back message, a one-time code, an email or a message of no unit', async () => {
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await notify(trx, {
          event: 'appointment_booked',
          unitId,
          recipient: { phone: '0913200003' },
          params: {},
          dedupeKey: 'day-count:rolled-back',
          now: LATE,
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await send({
      dedupeKey: 'day-count:otp',
      event: 'one_time_code',
      urgent: true,
      params: { maXacNhan: '123456' },
    });
    await send({ dedupeKey: 'day-count:mail', recipient: { email: 'lan@example.vn' } });
    await send({ dedupeKey: 'day-count:no-unit', unitId: null, recipient: { phone: '0913200004' } });
    expect(await counted('2026-12-14')).toBe(2);
  });

  it('holds the message past the cap, counting what was queued before it that day', async () => {
    await withNotify(t.database.db)
      .insertInto('notification_unit_caps')
      .values({ unit_id: unitId, daily_sms_cap: 3 })
      .execute();
    const third = await send({ dedupeKey: 'day-count:3', recipient: { phone: '0913200005' } });
    expect(third).toMatchObject({ queued: true, heldUntil: null });
    // The cap holds reminders and bulk messages (a booking's confirmation is transactional and never held by it).
    const fourth = await send({
      dedupeKey: 'day-count:4',
      event: 'appointment_reminder',
      recipient: { phone: '0913200006' },
    });
    // 07:00 on the 15th in Vietnam.
    expect(fourth).toMatchObject({ queued: true, heldUntil: '2026-12-15T00:00:00.000Z' });
    // Held messages count too (they go out tomorrow, but were queued today).
    expect(await counted('2026-12-14')).toBe(4);
    // Another day starts from nothing.
    const tomorrow = await send({
      dedupeKey: 'day-count:5',
      recipient: { phone: '0913200007' },
      now: LATE + 12 * 3_600_000,
    });
    expect(tomorrow).toMatchObject({ queued: true, heldUntil: null });
  });
});
