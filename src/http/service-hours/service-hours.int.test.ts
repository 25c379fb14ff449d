/**
 * Service hours over HTTP: the public answer at a given instant (the 9th hour in winter, the volunteer Saturday at
 * the Land Registration Office, a public holiday), inheritance from the province, and the administration
 * (401, 403, 400 naming the fields, audited).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { findEpochDay, formatEpochDay } from '../../domain/calendar/civil-date.js';
import { volunteerSaturday } from '../../services/demo-data/service-hours.js';
import type { PublicServiceHours } from '../../services/service-hours/service-hours.js';

type ErrorBody = { error: { code: string; fields?: { field: string }[] } };

let t: TestApp;
const as: Record<string, LoggedIn> = {};
beforeAll(async () => {
  t = await openTestApp({ demo: true });
  for (const u of ['admin.tinh', 'admin.dongtien', 'admin.dongkhe', 'tiepnhan.dongtien']) {
    as[u] = await loginAs(t.app, u);
  }
});
afterAll(() => t.close());

const publicAt = async (agencyId: string, query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/units/${agencyId}/service-hours?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PublicServiceHours>();
};

describe('public service hours', () => {
  it('on a winter Monday: justice has the 9th hour 16:30–17:30; land does not; inherited from the province', async () => {
    const at = encodeURIComponent('2026-12-07T16:45:00+07:00');
    const body = await publicAt('H56.10.01', `at=${at}`);
    expect(body.unit.agencyId).toBe('H56.10.01');
    expect(body.today).toBe('2026-12-07');
    const status = (code: string | null) => body.fields.find((f) => f.code === code);
    expect(status('HT')).toMatchObject({
      name: 'Hộ tịch',
      openNow: true,
      next: { start: '16:45', end: '17:30' },
    });
    expect(status('VHXH')?.openNow).toBe(true);
    expect(status('DD')).toMatchObject({ openNow: false, next: { date: '2026-12-08', start: '07:00' } });
    expect(status(null)?.openNow).toBe(false);
    const monday = body.week[0]!;
    expect(monday.date).toBe('2026-12-07');
    expect(monday.openings).toEqual([
      { fields: null, start: '07:00', end: '11:30', kind: 'regular', label: null },
      { fields: null, start: '13:00', end: '16:30', kind: 'regular', label: null },
      { fields: ['HT', 'VHXH'], start: '16:30', end: '17:30', kind: 'extra', label: 'Giờ thứ 9' },
    ]);
    expect(body.week[4]!.openings.at(-1)).toMatchObject({ fields: ['DD'], start: '16:30', end: '17:30' });

    // In summer, 17:00–18:00; one field asked for → only that field.
    const summer = await publicAt(
      'H56.10.01',
      `field=HT&at=${encodeURIComponent('2026-06-08T08:00:00+07:00')}`,
    );
    expect(summer.fields.map((f) => f.code)).toEqual(['HT']);
    expect(summer.week[0]!.openings.at(-1)).toMatchObject({ fields: ['HT'], start: '17:00', end: '18:00' });
  });

  it('the Land Registration Office’s volunteer Saturday is its own, for land, and listed ahead', async () => {
    const saturday = volunteerSaturday(Date.now());
    const friday = formatEpochDay(findEpochDay(saturday)! - 1);
    const at = encodeURIComponent(`${friday}T18:00:00+07:00`);
    const land = await publicAt('000.00.21.H56', `at=${at}`);
    expect(land.fields.find((f) => f.code === 'DD')?.next).toMatchObject({
      date: saturday,
      weekday: 6,
      start: '07:30',
      end: '11:30',
    });
    expect(land.specials).toEqual([
      {
        date: saturday,
        weekday: 6,
        fields: ['DD'],
        start: '07:30',
        end: '11:30',
        label: 'Thứ Bảy tình nguyện',
      },
    ]);
    // Only land has a 9th hour there (its own extras); the rest is the province's.
    expect(land.fields.map((f) => f.code)).toEqual([null, 'DD']);
    // Not at a commune.
    const commune = await publicAt('H56.10.01', `at=${at}`);
    expect(commune.specials).toEqual([]);
    expect(commune.fields.find((f) => f.code === 'DD')?.next?.date).not.toBe(saturday);
  });

  it('a public holiday of the working calendar closes the desk', async () => {
    // 2 September 2026, National Day (a Wednesday).
    const body = await publicAt('H56.10.01', `at=${encodeURIComponent('2026-09-02T09:00:00+07:00')}`);
    expect(body.fields.every((f) => !f.openNow)).toBe(true);
    expect(body.fields[0]!.next!.date > '2026-09-02').toBe(true);
    expect(body.closures[0]).toMatchObject({ date: '2026-09-02', holiday: true, from: null });
    expect(body.week[2]!.openings).toEqual([]);
  });

  it('bad input → 400 naming the field; unknown unit → 404', async () => {
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/units/H56.10.01/service-hours?at=2026-13-01T08:00',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error).toMatchObject({ code: 'INSTANT_INVALID', fields: [{ field: 'at' }] });
    const badField = await t.app.inject({
      method: 'GET',
      url: '/api/units/H56.10.01/service-hours?field=H-T',
    });
    expect(badField.statusCode).toBe(400);
    expect(JSON.stringify(badField.json())).toContain('field');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/units/X99.99.99/service-hours' })).statusCode,
    ).toBe(404);
  });
});

describe('administration', () => {
  const url = '/api/admin/units/H56.10.01/service-hours';
  const put = (user: string | undefined, payload: unknown) =>
    t.app.inject({ method: 'PUT', url, ...(user ? as[user] : {}), payload: payload as object });

  it('is for the unit admin or the province admin only (401, 403)', async () => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    expect((await put(undefined, {})).statusCode).toBe(401);
    for (const user of ['admin.dongkhe', 'tiepnhan.dongtien']) {
      expect((await put(user, {})).statusCode, user).toBe(403);
      expect((await t.app.inject({ method: 'GET', url, ...as[user] })).statusCode, user).toBe(403);
    }
    const view = await t.app.inject({ method: 'GET', url, ...as['admin.dongtien'] });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      own: null,
      from: { weekly: { agencyId: '000.00.00.H56' }, specials: null },
    });
  });

  it('rejects an end before a start, overlapping sessions and an unknown season, naming the fields', async () => {
    const res = await put('admin.dongtien', {
      weekly: [
        {
          days: [1],
          sessions: [
            ['11:00', '08:00'],
            ['13:00', '15:00'],
            ['14:00', '16:00'],
          ],
        },
      ],
      extras: [{ fields: ['HT'], days: [2], season: 'spring', sessions: [['17:00', '18:00']] }],
    });
    expect(res.statusCode).toBe(400);
    const fields = (res.json<ErrorBody>().error.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(['weekly[0].sessions[0]', 'weekly[0].sessions[2]', 'extras[0].season']);
    // Own seasons with other names would leave the province's 9th hours (summer / winter) without a season.
    const orphan = await put('admin.dongtien', {
      seasons: [
        { name: 'all', from: '01-01', to: '12-31', weekly: [{ days: [1], sessions: [['07:00', '11:00']] }] },
      ],
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json<ErrorBody>().error.fields).toEqual([expect.objectContaining({ field: 'seasons' })]);
    const shape = await put('admin.dongtien', { weekly: [{ days: [9], sessions: [] }], colour: 'red' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json<ErrorBody>().error.code).not.toBe('INTERNAL');
  });

  it('saves the unit’s own closures (the rest inherited), audits, and the public answer follows; {} inherits again', async () => {
    const res = await put('admin.dongtien', {
      closures: [{ date: '2026-12-08', from: '13:00', to: '16:30', reason: 'Họp giao ban' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      own: { closures: [{ date: '2026-12-08' }] },
      from: { closures: { agencyId: 'H56.10.01' }, weekly: { agencyId: '000.00.00.H56' } },
    });
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'unit.service_hours')
      .execute();
    expect(audit).toHaveLength(1);
    const body = await publicAt('H56.10.01', `at=${encodeURIComponent('2026-12-08T12:00:00+07:00')}`);
    expect(body.fields[0]).toMatchObject({ openNow: false, next: { date: '2026-12-09', start: '07:00' } });
    expect(body.closures[0]).toMatchObject({
      date: '2026-12-08',
      from: '13:00',
      to: '16:30',
      reason: 'Họp giao ban',
    });
    // A sibling commune is not affected.
    const other = await publicAt('H56.10.02', `at=${encodeURIComponent('2026-12-08T14:00:00+07:00')}`);
    expect(other.fields[0]!.openNow).toBe(true);

    const byProvince = await put('admin.tinh', {});
    expect(byProvince.statusCode).toBe(200);
    expect(byProvince.json()).toMatchObject({ own: null, from: { closures: null } });
  });
});
