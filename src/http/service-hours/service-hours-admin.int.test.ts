/**
 * Administration of service hours over HTTP: who may (401, 403; a commune admin on their commune, the province
 * admin on the province's defaults), validation (400 with codes and Vietnamese messages naming the fields, nothing
 * saved), a version from today or a later date, audited; withdrawing a planned version, never one in force.
 * Dates are relative to the real today: the service refuses an effective date before it.
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { useLogins } from '../../../test/auth.js';
import { epochDay, civilDate, formatEpochDay } from '../../domain/calendar/civil-date.js';
import { instantToLocal } from '../../domain/calendar/time-zone.js';
import type { AdminServiceHours } from '../../contracts/service-hours.js';
import type { PublicServiceHours } from '../../contracts/service-hours.js';

type ErrorBody = { error: { code: string; message: string; fields?: { field: string; message: string }[] } };

const t = useTestApp();
const as = useLogins(t, ['admin.tinh', 'admin.dongtien', 'admin.dongkhe', 'tiepnhan.dongtien']);

const todayDay = instantToLocal('Asia/Ho_Chi_Minh', Date.now()).day;
const TODAY = formatEpochDay(todayDay);
const { year, month } = civilDate(todayDay);
const NEXT_MONTH = formatEpochDay(month === 12 ? epochDay(year + 1, 1, 1) : epochDay(year, month + 1, 1));
const inDays = (n: number) => formatEpochDay(todayDay + n);

const urlOf = (agencyId: string) => `/api/admin/units/${agencyId}/service-hours`;
const put = (user: string | undefined, payload: unknown, agencyId = 'H56.10.01') =>
  t.app.inject({
    method: 'PUT',
    url: urlOf(agencyId),
    ...(user ? as[user] : {}),
    payload: payload as object,
  });
const view = async (user: string, agencyId = 'H56.10.01') => {
  const res = await t.app.inject({ method: 'GET', url: urlOf(agencyId), ...as[user] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AdminServiceHours>();
};
const publicAt = async (agencyId: string, date: string, time = '09:00') => {
  const at = encodeURIComponent(`${date}T${time}:00+07:00`);
  const res = await t.app.inject({ method: 'GET', url: `/api/units/${agencyId}/service-hours?at=${at}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<PublicServiceHours>();
};
const auditCount = async () =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', 'like', 'unit.service_hours%')
      .execute()
  ).length;

describe('who may administer service hours', () => {
  it('401 without a session; 403 for another unit’s admin, a reception officer, a commune admin on the province', async () => {
    expect((await t.app.inject({ method: 'GET', url: urlOf('H56.10.01') })).statusCode).toBe(401);
    expect((await put(undefined, { document: {} })).statusCode).toBe(401);
    for (const user of ['admin.dongkhe', 'tiepnhan.dongtien']) {
      expect((await put(user, { document: {} })).statusCode, user).toBe(403);
      const res = await t.app.inject({ method: 'GET', url: urlOf('H56.10.01'), ...as[user] });
      expect(res.statusCode, user).toBe(403);
    }
    // The province's defaults are the province administrator's.
    const byCommune = await put('admin.dongtien', { document: {} }, '000.00.00.H56');
    expect(byCommune.statusCode).toBe(403);
    expect(byCommune.json<ErrorBody>().error.message).toContain('không có quyền');
    const withdraw = await t.app.inject({
      method: 'DELETE',
      url: `${urlOf('000.00.00.H56')}/${NEXT_MONTH}`,
      ...as['admin.dongtien'],
    });
    expect(withdraw.statusCode).toBe(403);
    expect(await auditCount()).toBe(0);
  });

  it('shows a commune what it inherits from the province and that it has no version of its own', async () => {
    const body = await view('admin.dongtien');
    expect(body).toMatchObject({
      unit: { agencyId: 'H56.10.01' },
      parent: { agencyId: '000.00.00.H56' },
      today: TODAY,
      versions: [],
      from: { weekly: { agencyId: '000.00.00.H56' }, seasons: { agencyId: '000.00.00.H56' }, extras: null },
      inherited: { extras: [], specials: [] },
    });
    expect(body.inherited.seasons.map((s) => s.name)).toEqual(['summer', 'winter']);
    expect(body.fields.map((f) => f.code)).toContain('HT');
    const dongKhe = await view('admin.dongkhe', 'H56.10.02');
    expect(dongKhe.versions).toMatchObject([{ effectiveFrom: '2020-01-01', status: 'current' }]);
    expect(dongKhe.from.extras).toEqual({ agencyId: 'H56.10.02', name: 'xã Đông Khê' });
  });
});

describe('validation', () => {
  it('names an end before a start, overlaps, an unknown season or field, a past date — in Vietnamese; saves nothing', async () => {
    const res = await put('admin.dongtien', {
      document: {
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
        extras: [
          { fields: ['HT'], days: [2], season: 'spring', sessions: [['17:00', '18:00']] },
          { fields: ['ZZ'], days: [5], sessions: [['17:00', '18:00']] },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json<ErrorBody>().error;
    expect(error.code).toBe('SERVICE_HOURS_INVALID');
    expect(error.message).toContain('Lịch tuần 1, buổi 1: Giờ kết thúc phải sau giờ bắt đầu');
    expect(error.fields).toEqual([
      { field: 'weekly[0].sessions[0]', message: 'Giờ kết thúc phải sau giờ bắt đầu.' },
      { field: 'weekly[0].sessions[2]', message: 'Các buổi bị chồng lấn nhau.' },
      { field: 'extras[0].season', message: 'Không có mùa tên "spring".' },
      { field: 'extras[1].fields[0]', message: 'Không có lĩnh vực mã ZZ.' },
    ]);

    const past = await put('admin.dongtien', { effectiveFrom: inDays(-1), document: {} });
    expect(past.statusCode).toBe(400);
    expect(past.json<ErrorBody>().error).toMatchObject({
      code: 'SERVICE_HOURS_PAST',
      fields: [{ field: 'effectiveFrom' }],
    });
    expect(past.json<ErrorBody>().error.message).toContain('không được trước hôm nay');

    const early = await put('admin.dongtien', {
      effectiveFrom: NEXT_MONTH,
      document: { specials: [{ date: TODAY, sessions: [['07:30', '11:30']] }] },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json<ErrorBody>().error.fields).toEqual([
      { field: 'specials[0].date', message: 'Ngày này trước ngày hiệu lực nên sẽ không được áp dụng.' },
    ]);

    const shape = await put('admin.dongtien', {
      document: { weekly: [{ days: [9], sessions: [] }], colour: 'red' },
    });
    expect(shape.statusCode).toBe(400);
    expect(shape.json<ErrorBody>().error.code).not.toBe('INTERNAL');

    expect((await view('admin.dongtien')).versions).toEqual([]);
    expect(await auditCount()).toBe(0);
  });
});

describe('versions', () => {
  it('a province change effective next month leaves today as it was; withdrawn, it is gone; one in force stays', async () => {
    const todayBefore = await publicAt('H56.10.01', TODAY);
    const planned = await put(
      'admin.tinh',
      {
        effectiveFrom: NEXT_MONTH,
        document: {
          weekly: [{ days: [1, 2, 3, 4, 5, 6], sessions: [['07:30', '11:30']] }],
          seasons: [],
        },
      },
      '000.00.00.H56',
    );
    expect(planned.statusCode, planned.body).toBe(200);
    expect(planned.json<AdminServiceHours>().versions.map((v) => [v.effectiveFrom, v.status])).toEqual([
      [NEXT_MONTH, 'planned'],
      ['2020-01-01', 'current'],
    ]);
    expect(await auditCount()).toBe(1);

    // Today at a commune below: the same answer, and it says a change is coming.
    const todayAfter = await publicAt('H56.10.01', TODAY);
    expect({ ...todayAfter, nextChange: null }).toEqual(todayBefore);
    expect(todayAfter.nextChange).toBe(NEXT_MONTH);
    // From next month: mornings only, Saturdays too.
    const after = await publicAt('H56.10.01', NEXT_MONTH);
    expect(after.effectiveFrom).toBe(NEXT_MONTH);
    expect(after.regular).toEqual({
      season: null,
      weekly: [{ days: [1, 2, 3, 4, 5, 6], sessions: [['07:30', '11:30']] }],
    });

    // The version in force is history: it cannot be withdrawn.
    const current = await t.app.inject({
      method: 'DELETE',
      url: `${urlOf('000.00.00.H56')}/2020-01-01`,
      ...as['admin.tinh'],
    });
    expect(current.statusCode).toBe(409);
    expect(current.json<ErrorBody>().error.code).toBe('SERVICE_HOURS_IN_FORCE');
    const withdrawn = await t.app.inject({
      method: 'DELETE',
      url: `${urlOf('000.00.00.H56')}/${NEXT_MONTH}`,
      ...as['admin.tinh'],
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await publicAt('H56.10.01', NEXT_MONTH)).effectiveFrom).toBe('2020-01-01');
    expect(await auditCount()).toBe(2);
  });

  it('a commune’s own closure from today applies there only; the rest stays inherited', async () => {
    const date = inDays(1);
    const res = await put('admin.dongtien', {
      document: { closures: [{ date, from: '13:00', to: '16:30', reason: 'Họp giao ban' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AdminServiceHours>()).toMatchObject({
      versions: [{ effectiveFrom: TODAY, status: 'current', document: { closures: [{ date }] } }],
      from: { closures: { agencyId: 'H56.10.01' }, weekly: { agencyId: '000.00.00.H56' } },
    });
    const body = await publicAt('H56.10.01', date);
    expect(body.closures[0]).toMatchObject({ date, from: '13:00', to: '16:30', reason: 'Họp giao ban' });
    const other = await publicAt('H56.10.03', date);
    expect(other.closures.filter((c) => !c.holiday)).toEqual([]);
  });
});
