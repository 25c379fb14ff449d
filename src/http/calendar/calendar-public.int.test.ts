import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const PROVINCE = '000.00.00.H56';
const DONG_TIEN = 'H56.10.01';

const due = (payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/calendar/due', payload });

const fieldsOf = (body: { error: { fields?: { field: string }[] } }) =>
  body.error.fields?.map((f) => f.field);

describe('POST /api/calendar/due', () => {
  it('computes on the province calendar: summer hours', async () => {
    const res = await due({ unit: PROVINCE, received: '2026-06-02T12:15', workingHours: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      due: '2026-06-02T15:30:00+07:00',
      received: '2026-06-02T12:15:00+07:00',
      timezone: 'Asia/Ho_Chi_Minh',
      unit: { agencyId: PROVINCE, name: 'Tỉnh Thanh Hóa' },
      limit: { unit: 'working_hours', value: 2, cutoff: null },
    });
  });

  it('skips the published Tết days and uses winter hours, in a commune inheriting the province', async () => {
    for (const unit of [PROVINCE, DONG_TIEN]) {
      const res = await due({ unit, received: '2026-02-13T09:00:00+07:00', workingDays: 1 });
      expect(res.json()).toMatchObject({ due: '2026-02-23T09:00:00+07:00' });
    }
    const sameDay = await due({ unit: DONG_TIEN, received: '2026-02-13T14:00', sameDay: true });
    expect(sameDay.json()).toMatchObject({ due: '2026-02-13T16:30:00+07:00', limit: { cutoff: '15:00' } });
    const days = await due({ unit: DONG_TIEN, received: '2026-02-13T14:00', days: 3 });
    expect(days.json()).toMatchObject({ due: '2026-02-23T16:30:00+07:00' });
  });

  it('answers bad input with 400 and the fields named', async () => {
    const cases: [Record<string, unknown>, string, string[]][] = [
      [
        { unit: PROVINCE, received: '2026-06-02T12:15' },
        'TIME_LIMIT_REQUIRED',
        ['workingDays', 'workingHours', 'days', 'sameDay'],
      ],
      [
        { unit: PROVINCE, received: '2026-06-02T12:15', days: 1, workingDays: 1 },
        'TIME_LIMIT_REQUIRED',
        ['workingDays', 'days'],
      ],
      [{ unit: PROVINCE, received: 'yesterday', days: 1 }, 'INSTANT_INVALID', ['received']],
      [{ unit: PROVINCE, received: '2026-02-30T09:00', days: 1 }, 'INSTANT_INVALID', ['received']],
      [
        { unit: PROVINCE, received: '2026-06-02T12:15', workingDays: -1 },
        'VALIDATION_FAILED',
        ['workingDays'],
      ],
      [
        { unit: PROVINCE, received: '2026-06-02T12:15', workingDays: 4000 },
        'VALIDATION_FAILED',
        ['workingDays'],
      ],
      [
        { unit: PROVINCE, received: '2026-06-02T12:15', workingHours: 30000 },
        'TIME_LIMIT_INVALID',
        ['workingHours'],
      ],
      [{ unit: PROVINCE, received: '2026-06-02T12:15', days: 1.5 }, 'VALIDATION_FAILED', ['days']],
      [
        { unit: PROVINCE, received: '2026-06-02T12:15', days: 1, cutoff: '15:00' },
        'VALIDATION_FAILED',
        ['cutoff'],
      ],
      [
        { unit: PROVINCE, received: '2026-06-02T12:15', sameDay: true, cutoff: '25:00' },
        'CUTOFF_INVALID',
        ['cutoff'],
      ],
      [{ unit: '000.00.99.H56', received: '2026-06-02T12:15', days: 1 }, 'UNIT_NOT_FOUND', ['unit']],
      [{ unit: PROVINCE, received: '2026-06-02T12:15', days: 1, colour: 'red' }, 'VALIDATION_FAILED', []],
      [{ received: '2026-06-02T12:15', days: 1 }, 'VALIDATION_FAILED', ['unit']],
    ];
    for (const [payload, code, fields] of cases) {
      const res = await due(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const body = res.json<{ error: { code: string; fields?: { field: string }[] } }>();
      expect(body.error.code, JSON.stringify(payload)).toBe(code);
      expect(fieldsOf(body), JSON.stringify(payload)).toEqual(expect.arrayContaining(fields));
    }
  });
});

interface MonthDay {
  date: string;
  kind: string;
  working: boolean;
  reason: string | null;
  lunar: { text: string };
  sessions: { start: string; end: string }[];
}

describe('GET /api/calendar/{agencyId}/month/{YYYY-MM}', () => {
  it('shows working days, days off with reasons, lunar dates and sessions', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/calendar/${DONG_TIEN}/month/2026-02` });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      days: MonthDay[];
      workingDays: number;
      timezone: string;
      unit: { agencyId: string };
    }>();
    expect(body.unit.agencyId).toBe(DONG_TIEN);
    expect(body.days).toHaveLength(28);
    const day = (date: string) => body.days.find((d) => d.date === date)!;
    expect(day('2026-02-17')).toMatchObject({
      kind: 'day_off',
      working: false,
      reason: 'Tết Nguyên đán Bính Ngọ: mùng 1 Tết',
      lunar: { text: '1/1/2026' },
      sessions: [],
    });
    expect(day('2026-02-14')).toMatchObject({
      kind: 'weekly_rest',
      reason: 'Nghỉ hằng tuần',
      working: false,
    });
    expect(day('2026-02-12')).toMatchObject({
      kind: 'working',
      working: true,
      reason: null,
      sessions: [
        { start: '07:00', end: '11:30' },
        { start: '13:00', end: '16:30' },
      ],
    });
    // 20 weekdays in February 2026, 5 of them Tết days off.
    expect(body.workingDays).toBe(15);
  });

  it('answers a bad month or an unknown unit with 400', async () => {
    for (const url of [
      `/api/calendar/${PROVINCE}/month/2026-13`,
      `/api/calendar/${PROVINCE}/month/2101-01`,
      `/api/calendar/${PROVINCE}/month/2026-1`,
      '/api/calendar/000.00.99.H56/month/2026-02',
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code, url).toMatch(/^[A-Z_]+$/);
    }
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: object }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/calendar/due',
        '/api/calendar/{agencyId}/month/{month}',
        '/api/admin/calendar/units/{unitId}',
        '/api/admin/calendar/units/{unitId}/holidays/{year}',
      ]),
    );
  });
});
