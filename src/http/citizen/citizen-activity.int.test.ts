/**
 * "Hồ sơ của tôi" beyond dossiers (GET /api/citizen/activity): the appointment booked, the queue ticket taken, the
 * hotline call made and the messages sent from the citizen's phone — never another phone's, never a one-time code.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import type { CitizenActivity } from '../../contracts/citizen-activity.js';
import { getAs, signInCitizen } from './citizen-test-utils.js';

const t = useTestApp();
const PHONE = '0966 400 001';
const E164 = '+84966400001';

interface Slots {
  days: { date: string; slots: { start: string }[] }[];
}

describe("the citizen's activity", () => {
  it('lists their appointment, ticket, call and messages; not another phone’s; no codes', async () => {
    const db = t.database.db;
    const slots = await t.app.inject({
      method: 'GET',
      url: '/api/appointments/slots?unit=H56.10.01&field=HT&days=14',
    });
    expect(slots.statusCode, slots.body).toBe(200);
    const day = slots.json<Slots>().days.find((d) => d.slots.length > 0)!;
    const booked = await t.app.inject({
      method: 'POST',
      url: '/api/appointments',
      payload: {
        unit: 'H56.10.01',
        procedure: '1.001193',
        date: day.date,
        start: day.slots[0]!.start,
        fullName: 'Đỗ Thị Mai',
        phone: PHONE,
      },
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const unit = await db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('agency_id', '=', 'H56.10.01')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('hotline_calls')
      .values({
        pbx_call_id: 'activity-test-1',
        reference: 'ABCD-EF',
        unit_id: unit.id,
        line_number: '02373900900',
        phone: E164,
        status: 'ended',
        started_at: new Date('2026-12-01T02:00:00Z'),
        answered_at: new Date('2026-12-01T02:00:20Z'),
        outcome: 'guided',
      })
      .execute();
    await db
      .insertInto('hotline_calls')
      .values({
        pbx_call_id: 'activity-test-2',
        reference: 'ABCD-EG',
        unit_id: unit.id,
        line_number: '02373900900',
        phone: '+84966400002',
        status: 'missed',
        started_at: new Date('2026-12-01T03:00:00Z'),
      })
      .execute();

    await db
      .insertInto('queue_tickets')
      .values({
        unit_id: unit.id,
        day: '2026-12-01',
        issued_field_code: 'HT',
        field_code: 'HT',
        seq: 999,
        number: 'HT-999',
        source: 'kiosk',
        phone: E164,
        status: 'done',
        queued_at: new Date('2026-12-01T01:30:00Z'),
        issued_at: new Date('2026-12-01T01:30:00Z'),
      })
      .execute();

    const h = await signInCitizen(t, PHONE);
    const res = await getAs(t, '/api/citizen/activity', h);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json<CitizenActivity>();
    expect(a.appointments).toHaveLength(1);
    expect(a.appointments[0]).toMatchObject({
      procedure: { code: '1.001193' },
      unitName: unit.name,
      date: day.date,
      status: 'booked',
      statusLabel: 'Đã đặt lịch',
    });
    expect(a.tickets).toEqual([
      {
        number: 'HT-999',
        unitName: unit.name,
        issuedAt: '2026-12-01T01:30:00.000Z',
        statusLabel: 'Đã phục vụ xong',
      },
    ]);
    expect(a.calls).toEqual([
      {
        reference: 'ABCD-EF',
        unitName: unit.name,
        startedAt: '2026-12-01T02:00:00.000Z',
        answered: true,
        outcomeLabel: 'Đã hướng dẫn',
      },
    ]);
    // The booking's SMS is listed; the sign-in code's is not.
    expect(a.messages.length).toBeGreaterThan(0);
    expect(a.messages.some((m) => /Lich hen/.test(m.body))).toBe(true);
    expect(a.messages.some((m) => /Ma xac nhan/.test(m.body))).toBe(false);

    // Another phone sees nothing of this; without a session, 401.
    const other = await signInCitizen(t, '0966 400 003');
    const theirs = (await getAs(t, '/api/citizen/activity', other)).json<CitizenActivity>();
    expect(theirs).toEqual({ appointments: [], tickets: [], calls: [], messages: [] });
    expect((await getAs(t, '/api/citizen/activity', {})).statusCode).toBe(401);
  });
});
