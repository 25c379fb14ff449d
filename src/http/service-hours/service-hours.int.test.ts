/**
 * Service hours over HTTP, the public answer at a given instant: Đông Khê's 9th hour in winter and summer and the
 * provincial centre and another commune without it, the volunteer Saturday at the Land Registration Office, a
 * public holiday, bad input. The administration is in service-hours-admin.int.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { findEpochDay, formatEpochDay } from '../../domain/calendar/civil-date.js';
import { SUMMER, WINTER } from '../../domain/service-hours/sample.js';
import { DEMO_HOURS_SINCE, volunteerSaturday } from '../../services/demo-data/service-hours.js';
import type { PublicServiceHours } from '../../contracts/service-hours.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: true });
});
afterAll(() => t.close());

const publicAt = async (agencyId: string, query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/units/${agencyId}/service-hours?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PublicServiceHours>();
};

describe('public service hours', () => {
  const status = (body: PublicServiceHours, code: string | null) => body.fields.find((f) => f.code === code);

  it('Đông Khê on a winter Monday: justice has its 9th hour 16:30–17:30, land on Fridays; not in force elsewhere', async () => {
    const at = encodeURIComponent('2026-12-07T16:45:00+07:00');
    const body = await publicAt('H56.10.02', `at=${at}`);
    expect(body.unit.agencyId).toBe('H56.10.02');
    expect(body.today).toBe('2026-12-07');
    expect(status(body, 'HT')).toMatchObject({
      name: 'Hộ tịch',
      openNow: true,
      next: { start: '16:45', end: '17:30' },
    });
    expect(status(body, 'VHXH')?.openNow).toBe(true);
    expect(status(body, 'DD')).toMatchObject({
      openNow: false,
      next: { date: '2026-12-08', start: '07:00' },
    });
    expect(status(body, null)?.openNow).toBe(false);
    const monday = body.week[0]!;
    expect(monday.date).toBe('2026-12-07');
    expect(monday.openings).toEqual([
      { fields: null, start: '07:00', end: '11:30', kind: 'regular', label: null },
      { fields: null, start: '13:00', end: '16:30', kind: 'regular', label: null },
      { fields: ['HT', 'VHXH'], start: '16:30', end: '17:30', kind: 'extra', label: 'Giờ thứ 9' },
    ]);
    expect(body.week[4]!.openings.at(-1)).toMatchObject({ fields: ['DD'], start: '16:30', end: '17:30' });
    expect(body).toMatchObject({
      effectiveFrom: DEMO_HOURS_SINCE,
      nextChange: null,
      regular: { season: 'winter', weekly: [{ days: [1, 2, 3, 4, 5], sessions: WINTER }] },
    });

    // In summer, 17:00–18:00; one field asked for → only that field.
    const summer = await publicAt(
      'H56.10.02',
      `field=HT&at=${encodeURIComponent('2026-06-08T08:00:00+07:00')}`,
    );
    expect(summer.fields.map((f) => f.code)).toEqual(['HT']);
    expect(summer.week[0]!.openings.at(-1)).toMatchObject({ fields: ['HT'], start: '17:00', end: '18:00' });
    expect(summer.regular).toEqual({
      season: 'summer',
      weekly: [{ days: [1, 2, 3, 4, 5], sessions: SUMMER }],
    });
  });

  it('the provincial centre and another commune have the province’s hours without the 9th hour, summer and winter', async () => {
    for (const agencyId of ['000.00.01.H56', 'H56.10.01']) {
      for (const iso of ['2026-12-07T16:45:00+07:00', '2026-06-08T17:15:00+07:00']) {
        const body = await publicAt(agencyId, `at=${encodeURIComponent(iso)}`);
        expect(
          body.fields.map((f) => f.code),
          agencyId,
        ).toEqual([null]);
        expect(body.week.flatMap((d) => d.openings).every((o) => o.kind === 'regular')).toBe(true);
        const justice = await publicAt(agencyId, `field=HT&at=${encodeURIComponent(iso)}`);
        expect(justice.fields[0]!.openNow, `${agencyId} ${iso}`).toBe(false);
      }
    }
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
    // The special names land; there is no 9th hour at the land office (Đông Khê's is Đông Khê's).
    expect(land.fields.map((f) => f.code)).toEqual([null, 'DD']);
    expect(land.week.flatMap((d) => d.openings).some((o) => o.kind === 'extra')).toBe(false);
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
    expect(bad.json<{ error: unknown }>().error).toMatchObject({
      code: 'INSTANT_INVALID',
      fields: [{ field: 'at' }],
    });
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
