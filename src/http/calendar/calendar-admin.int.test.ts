import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { unitIdsByAgency } from '../../../test/demo-ids.js';

let t: TestApp;
let tinh: LoggedIn;
let dongtien: LoggedIn;
let dongkhe: LoggedIn;
let reception: LoggedIn;
const unit: Record<string, string> = {};

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  [tinh, dongtien, dongkhe, reception] = await Promise.all([
    loginAs(t.app, 'admin.tinh'),
    loginAs(t.app, 'admin.dongtien'),
    loginAs(t.app, 'admin.dongkhe'),
    loginAs(t.app, 'tiepnhan.dongtien'),
  ]);
  Object.assign(unit, await unitIdsByAgency(t.database.db));
});
afterAll(() => t.close());

const PROVINCE = '000.00.00.H56';
const DONG_TIEN = 'H56.10.01';
const audit = (action: string) =>
  t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
const errorOf = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; fields?: { field: string }[] } }>().error;

const override = (extra: Record<string, unknown> = {}) => ({
  expectedVersion: 0,
  timezone: null,
  workweek: null,
  sessions: [
    ['07:30', '11:30'],
    ['13:30', '17:30'],
  ],
  seasons: null,
  hoursPerDay: null,
  daysOff: [{ date: '2026-06-05', reason: 'Hội làng (mẫu)' }],
  workdays: [{ date: '2026-02-20', reason: 'Trực Tết' }],
  ...extra,
});

describe('a unit calendar', () => {
  it('shows what a commune inherits from the province', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/admin/calendar/units/${unit[DONG_TIEN]}`,
      ...dongtien,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ version: number; manageable: boolean; inherited: { seasons: unknown[] } }>();
    expect(body).toMatchObject({ version: 0, manageable: true });
    expect(body.inherited.seasons).toHaveLength(1);
  });

  it('lets the commune administrator override sessions and days, audited, and the month view follows', async () => {
    const url = `/api/admin/calendar/units/${unit[DONG_TIEN]}`;
    const res = await t.app.inject({ method: 'PUT', url, ...dongtien, payload: override() });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: 1,
      effective: {
        sessions: [
          ['07:30', '11:30'],
          ['13:30', '17:30'],
        ],
        hoursPerDay: 8,
      },
    });
    const rows = await audit('calendar.update');
    expect(rows.at(-1)).toMatchObject({
      entity: 'unit_calendar',
      entity_id: unit[DONG_TIEN],
      unit_id: unit[DONG_TIEN],
    });
    expect(rows.at(-1)!.data).toMatchObject({ fields: ['sessions', 'daysOff', 'workdays'], version: 1 });

    const june = await t.app.inject({ method: 'GET', url: `/api/calendar/${DONG_TIEN}/month/2026-06` });
    const day = june.json<{ days: { date: string; kind: string; reason: string | null }[] }>().days;
    expect(day.find((d) => d.date === '2026-06-05')).toMatchObject({
      kind: 'day_off',
      reason: 'Hội làng (mẫu)',
    });
    const feb = await t.app.inject({ method: 'GET', url: `/api/calendar/${DONG_TIEN}/month/2026-02` });
    const tet = feb.json<{ days: { date: string; kind: string; working: boolean }[] }>().days;
    expect(tet.find((d) => d.date === '2026-02-20')).toMatchObject({ kind: 'working', working: true });
    // The province itself is unchanged.
    const due = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { unit: PROVINCE, received: '2026-06-02T07:00', workingHours: 1 },
    });
    expect(due.json()).toMatchObject({ due: '2026-06-02T08:00:00+07:00' });
  });

  it('refuses a write based on a stale version, with 409', async () => {
    const url = `/api/admin/calendar/units/${unit[DONG_TIEN]}`;
    const res = await t.app.inject({
      method: 'PUT',
      url,
      ...dongtien,
      payload: override({ expectedVersion: 0 }),
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res)).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
  });

  it('refuses an invalid calendar naming the fields', async () => {
    const url = `/api/admin/calendar/units/${unit[DONG_TIEN]}`;
    const cases: [Record<string, unknown>, string, string][] = [
      [
        {
          sessions: [
            ['07:00', '12:00'],
            ['11:00', '17:00'],
          ],
        },
        'CALENDAR_INVALID',
        'sessions[1]',
      ],
      [{ timezone: 'Mars/Olympus' }, 'CALENDAR_INVALID', 'timezone'],
      [{ workweek: [], workdays: [] }, 'CALENDAR_INVALID', 'workweek'],
      [{ daysOff: [{ date: '2026-02-30', reason: null }] }, 'VALIDATION_FAILED', 'daysOff[0].date'],
      [{ daysOff: [{ date: '2026-02-20', reason: null }] }, 'VALIDATION_FAILED', 'workdays[0].date'],
    ];
    for (const [extra, code, field] of cases) {
      const res = await t.app.inject({
        method: 'PUT',
        url,
        ...dongtien,
        payload: override({ expectedVersion: 1, ...extra }),
      });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(errorOf(res).code, JSON.stringify(extra)).toBe(code);
      expect(
        errorOf(res).fields?.map((f) => f.field),
        JSON.stringify(extra),
      ).toContain(field);
    }
  });

  it('is refused to other units’ administrators, to other roles and to anonymous callers', async () => {
    const url = `/api/admin/calendar/units/${unit[DONG_TIEN]}`;
    const payload = override({ expectedVersion: 1 });
    expect((await t.app.inject({ method: 'PUT', url, ...dongkhe, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url, ...reception, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PUT', url, payload })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url, ...dongkhe })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    const provinceUrl = `/api/admin/calendar/units/${unit[PROVINCE]}`;
    expect((await t.app.inject({ method: 'PUT', url: provinceUrl, ...dongtien, payload })).statusCode).toBe(
      403,
    );
  });
});

describe('yearly holiday decisions', () => {
  const url = () => `/api/admin/calendar/units/${unit[PROVINCE]}/holidays/2027`;
  const decision = (extra: Record<string, unknown> = {}) => ({
    expectedVersion: 0,
    decisionNumber: '123/QĐ-UBND',
    decisionDate: '2026-12-01',
    daysOff: [
      { date: '2027-01-01', reason: 'Tết Dương lịch (01/01)' },
      { date: '2027-02-05', reason: 'Tết Nguyên đán' },
    ],
    workdays: [{ date: '2027-02-13', reason: 'Làm bù cho ngày 05/02' }],
    ...extra,
  });

  it('offers the statutory suggestions before the first publication', async () => {
    const res = await t.app.inject({ method: 'GET', url: url(), ...tinh });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      publishable: boolean;
      current: unknown;
      suggestions: { date: string; reason: string }[];
    }>();
    expect(body).toMatchObject({ publishable: true, current: null });
    expect(body.suggestions.map((s) => s.date)).toContain('2027-02-06'); // Tết 2027
    const commune = `/api/admin/calendar/units/${unit[DONG_TIEN]}/holidays/2027`;
    const asCommune = await t.app.inject({ method: 'GET', url: commune, ...dongtien });
    expect(asCommune.json()).toMatchObject({ publishable: false, current: null });
    expect((await t.app.inject({ method: 'GET', url: url(), ...dongtien })).statusCode).toBe(403);
  });

  it('publishes versions, safely on retry, audited', async () => {
    const requestKey = randomUUID();
    const first = await t.app.inject({
      method: 'POST',
      url: url(),
      ...tinh,
      payload: decision({ requestKey }),
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      replayed: false,
      decision: {
        version: 1,
        decisionNumber: '123/QĐ-UBND',
        decisionDate: '2026-12-01',
        publishedBy: { name: 'Nguyễn Văn Hùng' },
      },
    });
    const retry = await t.app.inject({
      method: 'POST',
      url: url(),
      ...tinh,
      payload: decision({ requestKey }),
    });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ replayed: true, decision: { version: 1 } });
    const stale = await t.app.inject({ method: 'POST', url: url(), ...tinh, payload: decision() });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('VERSION_CONFLICT');
    const second = await t.app.inject({
      method: 'POST',
      url: url(),
      ...tinh,
      payload: decision({ expectedVersion: 1, decisionNumber: '130/QĐ-UBND', workdays: [] }),
    });
    expect(second.statusCode).toBe(201);
    const year = (await t.app.inject({ method: 'GET', url: url(), ...tinh })).json<{
      current: { version: number; workdays: unknown[] };
      versions: { version: number; decisionNumber: string }[];
    }>();
    expect(year.current).toMatchObject({ version: 2, workdays: [] });
    expect(year.versions.map((v) => [v.version, v.decisionNumber])).toEqual([
      [2, '130/QĐ-UBND'],
      [1, '123/QĐ-UBND'],
    ]);
    expect((await audit('holidays.publish')).map((r) => r.data)).toEqual([
      expect.objectContaining({ year: 2027, version: 1, decisionNumber: '123/QĐ-UBND' }),
      expect.objectContaining({ year: 2027, version: 2, decisionNumber: '130/QĐ-UBND' }),
    ]);
    // The latest version applies to every unit of the province.
    const due = await t.app.inject({
      method: 'POST',
      url: '/api/calendar/due',
      payload: { unit: 'H56.10.02', received: '2027-02-04T16:00', workingHours: 1 },
    });
    expect(due.json()).toMatchObject({ due: '2027-02-08T07:30:00+07:00' });
  });

  it('keeps publications immutable in the database', async () => {
    await expect(
      t.database.db.updateTable('holiday_decisions').set({ decision_number: 'x' }).execute(),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses bad decisions naming the fields', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: url(),
      ...tinh,
      payload: decision({
        expectedVersion: 2,
        daysOff: [
          { date: '2028-01-01', reason: 'Sai năm' },
          { date: '2027-04-30', reason: ' ' },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.map((f) => f.field)).toEqual(['daysOff[0].date', 'daysOff[1].reason']);
  });

  it('is for province administrators only', async () => {
    const payload = decision({ expectedVersion: 2 });
    expect((await t.app.inject({ method: 'POST', url: url(), ...dongtien, payload })).statusCode).toBe(403);
    const commune = `/api/admin/calendar/units/${unit[DONG_TIEN]}/holidays/2027`;
    const res = await t.app.inject({ method: 'POST', url: commune, ...dongtien, payload: decision() });
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: url(), ...reception, payload })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: url(), payload })).statusCode).toBe(401);
  });
});
