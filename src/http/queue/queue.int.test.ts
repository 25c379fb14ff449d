/**
 * The queue over HTTP: kiosk ticket → officer signs in, calls (appointments first), recalls, serves, transfers,
 * finishes with a dossier; the public ticket page; the lobby display's SSE stream receives the call; every staff
 * action refused when not signed in (401), with the wrong role or unit (403); bad input → 400 with a code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { openEventStream } from '../../../test/event-stream.js';
import { issueTicket } from '../../services/queue/tickets.js';

type ErrorBody = { error: { code: string; message: string } };
type Console = {
  counters: { id: string; number: number; officer: { id: string } | null }[];
  current: { id: string; number: string; status: string; callCount: number; fieldCode: string } | null;
};

const COMMUNE = 'H56.10.01';
let counterIds: string[] = [];

const t = useTestApp();
const as = useLogins(t, [
  'admin.dongtien',
  'admin.dongkhe',
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'tiepnhan.dongkhe',
  'lanhdao.dongtien',
  'tongdai.dongtien',
]);
beforeAll(async () => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/admin/units/${COMMUNE}/counters`,
    ...as['admin.dongtien'],
  });
  counterIds = res.json<{ id: string }[]>().map((c) => c.id);
});

const post = (url: string, who?: string, payload?: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url,
    headers: who ? as[who]!.headers : {},
    ...(payload !== undefined ? { payload } : {}),
  });
const consoleOf = async (who: string) =>
  (await t.app.inject({ method: 'GET', url: '/api/queue/console', ...as[who] })).json<Console>();

describe('kiosk and public pages', () => {
  it('lists the served fields and issues a ticket; bad input gets a Vietnamese message and a code', async () => {
    const kiosk = await t.app.inject({ method: 'GET', url: `/api/public/queue/${COMMUNE}/kiosk` });
    expect(kiosk.statusCode).toBe(200);
    expect(kiosk.json<{ fields: { code: string }[] }>().fields.map((f) => f.code)).toContain('HT');
    const bad = await post(`/api/public/queue/${COMMUNE}/tickets`, undefined, { fieldCode: 'THUE' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error).toMatchObject({ code: 'FIELD_NOT_SERVED' });
    expect(bad.json<ErrorBody>().error.message).toMatch(/quầy/);
    const badPhone = await post(`/api/public/queue/${COMMUNE}/tickets`, undefined, {
      fieldCode: 'HT',
      phone: 'abc',
    });
    expect(badPhone.json<ErrorBody>().error.code).toBe('PHONE_INVALID');
    const noUnit = await t.app.inject({ method: 'GET', url: '/api/public/queue/H56.99.99/kiosk' });
    expect(noUnit.statusCode).toBe(404);
    const badId = await t.app.inject({ method: 'GET', url: '/api/public/queue/tickets/not-a-uuid' });
    expect(badId.statusCode).toBe(400);
  });
});

describe('the officer console', () => {
  it('calls appointments first, recalls, serves, transfers, finishes; the public page follows', async () => {
    const a = await post(`/api/public/queue/${COMMUNE}/tickets`, undefined, {
      fieldCode: 'HT',
      phone: '0912345678',
    });
    expect(a.statusCode).toBe(201);
    const kioskTicket = a.json<{ id: string; number: string }>();
    const unitId = a.json<{ unitId: string }>().unitId;
    const appt = await issueTicket(t.database.db, {
      unitId,
      fieldCode: 'HT',
      source: 'appointment',
      priority: true,
    });

    const page = await t.app.inject({ method: 'GET', url: `/api/public/queue/tickets/${kioskTicket.id}` });
    expect(page.json()).toMatchObject({ number: kioskTicket.number, status: 'waiting', ahead: 1 });
    expect(JSON.stringify(page.json())).not.toContain('912345678');

    expect((await post(`/api/queue/counters/${counterIds[0]}/sign-in`, 'tiepnhan.dongtien')).statusCode).toBe(
      200,
    );
    // Another officer cannot take an occupied counter.
    const taken = await post(`/api/queue/counters/${counterIds[0]}/sign-in`, 'chuyenvien.dongtien');
    expect(taken.json<ErrorBody>().error.code).toBe('COUNTER_OCCUPIED');

    expect((await post('/api/queue/call-next', 'tiepnhan.dongtien')).statusCode).toBe(200);
    let c = await consoleOf('tiepnhan.dongtien');
    expect(c.current).toMatchObject({ id: appt.id, status: 'called', callCount: 1 });
    // The kiosk ticket is next in line and gave a phone: "your turn is near" is queued once.
    const near = await t.database.db
      .selectFrom('notifications')
      .select(['event', 'body'])
      .where('dedupe_key', '=', `ticket_near:${kioskTicket.id}`)
      .execute();
    expect(near).toHaveLength(1);
    expect(near[0]!.body).toContain(kioskTicket.number);
    const busy = await post('/api/queue/call-next', 'tiepnhan.dongtien');
    expect(busy.json<ErrorBody>().error.code).toBe('COUNTER_BUSY');
    await post(`/api/queue/tickets/${appt.id}/recall`, 'tiepnhan.dongtien');
    await post(`/api/queue/tickets/${appt.id}/no-show`, 'tiepnhan.dongtien');

    await post('/api/queue/call-next', 'tiepnhan.dongtien');
    c = await consoleOf('tiepnhan.dongtien');
    expect(c.current).toMatchObject({ id: kioskTicket.id, status: 'called' });
    const called = await t.app.inject({ method: 'GET', url: `/api/public/queue/tickets/${kioskTicket.id}` });
    expect(called.json()).toMatchObject({ status: 'called', counterNumber: 1 });
    // Called before its "your turn is near" went out: that message no longer matters and is dropped, with why.
    const dropped = await t.database.db
      .selectFrom('notifications')
      .select(['status', 'last_error'])
      .where('dedupe_key', '=', `ticket_near:${kioskTicket.id}`)
      .executeTakeFirstOrThrow();
    expect(dropped).toEqual({
      status: 'dropped',
      last_error: 'TOO_LATE: Không gửi: số thứ tự đã được gọi, tin báo sắp đến lượt không còn cần.',
    });

    // Transfer to land (counter 3's field): back to waiting, then called there.
    expect(
      (await post(`/api/queue/tickets/${kioskTicket.id}/transfer`, 'tiepnhan.dongtien', { fieldCode: 'DD' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await post(`/api/queue/counters/${counterIds[2]}/sign-in`, 'chuyenvien.dongtien')).statusCode,
    ).toBe(200);
    await post('/api/queue/call-next', 'chuyenvien.dongtien');
    expect((await consoleOf('chuyenvien.dongtien')).current).toMatchObject({
      id: kioskTicket.id,
      fieldCode: 'DD',
    });
    const wrongState = await post(`/api/queue/tickets/${kioskTicket.id}/finish`, 'chuyenvien.dongtien', {});
    expect(wrongState.json<ErrorBody>().error.code).toBe('TICKET_STATE');
    await post(`/api/queue/tickets/${kioskTicket.id}/serve`, 'chuyenvien.dongtien');
    const unknownDossier = await post(`/api/queue/tickets/${kioskTicket.id}/finish`, 'chuyenvien.dongtien', {
      dossierCode: 'H56.10.01-261207-0999',
    });
    expect(unknownDossier.statusCode).toBe(400);
    const dossier = await t.database.db
      .selectFrom('dossiers')
      .select('code')
      .where('receiving_unit_id', '=', unitId)
      .executeTakeFirstOrThrow();
    const done = await post(`/api/queue/tickets/${kioskTicket.id}/finish`, 'chuyenvien.dongtien', {
      dossierCode: dossier.code,
    });
    expect(done.statusCode, done.body).toBe(200);
    const row = await t.database.db
      .selectFrom('queue_tickets')
      .select(['status', 'dossier_id'])
      .where('id', '=', kioskTicket.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
    expect(row.dossier_id).not.toBeNull();
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', kioskTicket.id)
      .execute();
    expect(audit.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'queue.ticket.call',
        'queue.ticket.transfer',
        'queue.ticket.serve',
        'queue.ticket.finish',
      ]),
    );
  });
});

describe('authorisation of every staff action', () => {
  it('401 without a session, 403 with the wrong role or unit', async () => {
    const id = counterIds[1]!;
    const ticket = '00000000-0000-4000-8000-000000000000';
    const actions: [string, string, Record<string, unknown>?][] = [
      ['GET', `/api/admin/units/${COMMUNE}/counters`],
      ['POST', `/api/admin/units/${COMMUNE}/counters`, { number: 9, fieldCodes: ['HT'] }],
      ['PUT', `/api/admin/counters/${id}`, { number: 2, fieldCodes: ['HT'] }],
      ['POST', `/api/queue/units/${COMMUNE}/tickets`, { fieldCode: 'HT' }],
      ['GET', '/api/queue/console'],
      ['POST', `/api/queue/counters/${id}/sign-in`],
      ['POST', '/api/queue/sign-out'],
      ['POST', '/api/queue/call-next'],
      ['POST', `/api/queue/tickets/${ticket}/recall`],
      ['POST', `/api/queue/tickets/${ticket}/no-show`],
      ['POST', `/api/queue/tickets/${ticket}/serve`],
      ['POST', `/api/queue/tickets/${ticket}/transfer`, { fieldCode: 'HT' }],
      ['POST', `/api/queue/tickets/${ticket}/finish`, {}],
    ];
    for (const [method, url, payload] of actions) {
      const res = await t.app.inject({ method: method as 'GET', url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const send = (who: string, method: string, url: string, payload?: Record<string, unknown>) =>
      t.app.inject({
        method: method as 'GET',
        url,
        headers: as[who]!.headers,
        ...(payload ? { payload } : {}),
      });
    // Counters: another unit's administrator and an officer cannot manage them.
    for (const who of ['admin.dongkhe', 'tiepnhan.dongtien']) {
      expect(
        (await send(who, 'POST', `/api/admin/units/${COMMUNE}/counters`, { number: 9, fieldCodes: ['HT'] }))
          .statusCode,
      ).toBe(403);
      expect(
        (await send(who, 'PUT', `/api/admin/counters/${id}`, { number: 2, fieldCodes: ['HT'] })).statusCode,
      ).toBe(403);
    }
    expect((await send('admin.dongkhe', 'GET', `/api/admin/units/${COMMUNE}/counters`)).statusCode).toBe(403);
    // Working the queue: an officer of another unit, a leader, an administrator.
    for (const who of ['tiepnhan.dongkhe', 'lanhdao.dongtien', 'admin.dongtien']) {
      expect((await send(who, 'POST', `/api/queue/counters/${id}/sign-in`)).statusCode, who).toBe(403);
      expect(
        (await send(who, 'POST', `/api/queue/units/${COMMUNE}/tickets`, { fieldCode: 'HT' })).statusCode,
        who,
      ).toBe(403);
    }
    expect((await send('lanhdao.dongtien', 'GET', '/api/queue/console')).statusCode).toBe(403);
    // Not at a counter: the console's actions are refused with a clear code.
    for (const [method, url, payload] of actions.slice(7)) {
      const res = await send('tiepnhan.dongkhe', method, url, payload);
      expect(res.statusCode, url).toBe(409);
      expect(res.json<ErrorBody>().error.code).toBe('NOT_AT_COUNTER');
    }
    // The administrator of the unit manages its counters.
    const created = await send('admin.dongtien', 'POST', `/api/admin/units/${COMMUNE}/counters`, {
      number: 9,
      fieldCodes: ['ct'],
    });
    expect(created.statusCode, created.body).toBe(201);
    const dup = await send('admin.dongtien', 'POST', `/api/admin/units/${COMMUNE}/counters`, {
      number: 9,
      fieldCodes: ['HT'],
    });
    expect(dup.json<ErrorBody>().error.code).toBe('COUNTER_NUMBER_TAKEN');
  });
});

describe('lobby display stream', () => {
  it('sends a snapshot, then the call when an officer calls', async () => {
    const { res, text, readUntil, close } = await openEventStream(
      t.app,
      `/api/public/queue/${COMMUNE}/events`,
    );
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    await readUntil('event: snapshot');
    const issued = await post(`/api/public/queue/${COMMUNE}/tickets`, undefined, { fieldCode: 'CT' });
    const number = issued.json<{ number: string }>().number;
    await post(`/api/queue/counters/${counterIds[0]}/sign-in`, 'tiepnhan.dongtien');
    await post('/api/queue/sign-out', 'chuyenvien.dongtien');
    const call = await post('/api/queue/call-next', 'tiepnhan.dongtien');
    expect(call.statusCode, call.body).toBe(200);
    await readUntil(`"number":"${number}"`);
    expect(text()).toContain('event: call');
    expect(text()).toContain(`"counterNumber":1`);
    await close();
  });
});

describe('desk statistics', () => {
  it('counts tickets, no-shows, waits and service times by field, day and counter; refuses others', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const url = `/api/queue/units/${COMMUNE}/stats?from=${today}&to=${today}`;
    const res = await t.app.inject({ method: 'GET', url, headers: as['lanhdao.dongtien']!.headers });
    expect(res.statusCode, res.body).toBe(200);
    const stats = res.json<{
      total: { tickets: number; served: number; noShows: number; waitP50: number | null };
      byField: { fieldCode: string; tickets: number }[];
      byDay: { day: string }[];
      byCounter: { counterNumber: number; served: number; serviceP50: number | null }[];
    }>();
    expect(stats.total.noShows).toBeGreaterThanOrEqual(1);
    expect(stats.total.served).toBeGreaterThanOrEqual(1);
    expect(stats.total.waitP50).not.toBeNull();
    expect(stats.byDay.map((d) => d.day)).toEqual([today]);
    expect(stats.byField.map((f) => f.fieldCode)).toEqual(expect.arrayContaining(['HT', 'DD']));
    expect(stats.byCounter.find((c) => c.counterNumber === 3)).toMatchObject({ served: 1 });
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const other = await t.app.inject({ method: 'GET', url, headers: as['admin.dongkhe']!.headers });
    expect(other.statusCode).toBe(403);
    // The unit's own administrator reads them (the desk menu offers the page); its hotline operator does not.
    const admin = await t.app.inject({ method: 'GET', url, headers: as['admin.dongtien']!.headers });
    expect(admin.statusCode, admin.body).toBe(200);
    const operator = await t.app.inject({ method: 'GET', url, headers: as['tongdai.dongtien']!.headers });
    expect(operator.statusCode).toBe(403);
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/queue/units/${COMMUNE}/stats?from=2026-12-07&to=2026-01-01`,
      headers: as['lanhdao.dongtien']!.headers,
    });
    expect(bad.json<ErrorBody>().error.code).toBe('STATS_RANGE_INVALID');
  });
});
