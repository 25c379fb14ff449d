/**
 * Online public service points: the unit administrator's points in their own units only, the helper's least
 * privilege (every other staff route refuses them), submission on a citizen's behalf with their consent by code or
 * signature, and the counts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { birth, useDossierApp, type Failure } from '../dossier/dossier-test-utils.js';
import type { ServicePoint } from '../../contracts/service-points.js';

const { ctx, receiveBirth } = useDossierApp();
const HELPER = 'hotro.dongtien';
const logins: Record<string, LoggedIn> = {};
beforeAll(async () => {
  for (const u of ['admin.dongtien', 'admin.dongkhe', 'tiepnhan.dongtien', 'lanhdao.dongtien', HELPER]) {
    logins[u] = await loginAs(ctx.t.app, u);
  }
});
const as = (user: string) => logins[user] ?? ctx.as[user]!;
const helperAs = async () => as(HELPER);

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, who: LoggedIn, payload?: unknown) =>
  ctx.t.app.inject({ method, url, ...who, ...(payload === undefined ? {} : { payload: payload as object }) });

const unitId = async (agencyId: string) =>
  (
    await ctx.t.database.db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', agencyId)
      .executeTakeFirstOrThrow()
  ).id;

/** A tiny valid PNG (1×1), padded past the schema's minimum with a harmless text chunk's worth of base64. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const onBehalf = (consent: Record<string, unknown>, phone = '0915100001') => ({
  ...birth(),
  notApplicable: undefined,
  applicant: { name: 'Hà Văn Sáu', phone, idNumber: '038195099001' },
  consent,
});

async function askCode(phone: string): Promise<{ otpId: string; code: string }> {
  const res = await call('POST', '/api/service-point/otp', await helperAs(), { phone });
  expect(res.statusCode, res.body).toBe(201);
  const { otpId } = res.json<{ otpId: string }>();
  const sms = await ctx.t.database.db
    .selectFrom('notifications')
    .select('body')
    .where('dedupe_key', '=', `otp:${otpId}`)
    .executeTakeFirstOrThrow();
  return { otpId, code: /\d{6}/.exec(sms.body)![0] };
}

describe('service points of a unit', () => {
  it('are opened, changed and listed by the unit administrator, in their own units only', async () => {
    const list = await call('GET', '/api/admin/service-points', as('admin.dongtien'));
    expect(list.statusCode, list.body).toBe(200);
    const demo = list.json<{ items: ServicePoint[] }>().items;
    expect(demo.map((p) => p.name)).toContain('Điểm dịch vụ công thôn Quyết Thắng');
    expect(demo.find((p) => p.kind === 'village_house')!.helpers.map((h) => h.username)).toEqual([HELPER]);

    const dongtien = await unitId('H56.10.01');
    const made = await call('POST', '/api/admin/service-points', as('admin.dongtien'), {
      unitId: dongtien,
      name: '  Điểm   thôn Tân Lập ',
      kind: 'village_house',
    });
    expect(made.statusCode, made.body).toBe(201);
    const point = made.json<ServicePoint>();
    expect(point).toMatchObject({ name: 'Điểm thôn Tân Lập', active: true, unit: { agencyId: 'H56.10.01' } });

    const closed = await call('PATCH', `/api/admin/service-points/${point.id}`, as('admin.dongtien'), {
      active: false,
      address: 'Nhà văn hóa thôn Tân Lập',
    });
    expect(closed.json()).toMatchObject({ active: false, address: 'Nhà văn hóa thôn Tân Lập' });

    // Another commune's administrator neither sees nor changes it, nor opens a point at Đông Tiến.
    const other = await call('GET', '/api/admin/service-points', as('admin.dongkhe'));
    expect(other.json<{ items: ServicePoint[] }>().items.map((p) => p.id)).not.toContain(point.id);
    const theirs = await call('PATCH', `/api/admin/service-points/${point.id}`, as('admin.dongkhe'), {
      name: 'Chiếm',
    });
    expect(theirs.statusCode).toBe(403);
    const there = await call('POST', '/api/admin/service-points', as('admin.dongkhe'), {
      unitId: dongtien,
      name: 'Điểm lạ',
      kind: 'other',
    });
    expect(there.statusCode).toBe(403);
    // Staff without the right are refused; bad input is a 400, an unknown point a 404 — never a 500.
    for (const user of ['tiepnhan.dongtien', 'lanhdao.dongtien', 'chuyenvien.dongtien']) {
      expect((await call('GET', '/api/admin/service-points', as(user))).statusCode).toBe(403);
    }
    const bad = await call('POST', '/api/admin/service-points', as('admin.dongtien'), {
      unitId: dongtien,
      name: 'x',
      kind: 'castle',
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await call(
      'PATCH',
      '/api/admin/service-points/6f1c2c55-4d8e-4f57-9a0e-0c7f3b7b2a11',
      as('admin.dongtien'),
      { name: 'Không có' },
    );
    expect(unknown.statusCode).toBe(404);
    const notHelper = await call('PATCH', `/api/admin/service-points/${point.id}`, as('admin.dongtien'), {
      helperIds: [(await ctx.t.database.db.selectFrom('staff').select('id').executeTakeFirstOrThrow()).id],
    });
    expect(notHelper.statusCode).toBe(400);
  });

  it('get helpers created like other staff, whose role goes with no other', async () => {
    const dongtien = await unitId('H56.10.01');
    const both = await call('POST', '/api/admin/staff', as('admin.dongtien'), {
      username: 'hotro2.dongtien',
      fullName: 'Lò Văn Pọm',
      unitId: dongtien,
      roles: [
        { role: 'service_point_helper', unitId: dongtien },
        { role: 'reception_officer', unitId: dongtien },
      ],
    });
    expect(both.statusCode).toBe(400);
    const made = await call('POST', '/api/admin/staff', as('admin.dongtien'), {
      username: 'hotro2.dongtien',
      fullName: 'Lò Văn Pọm',
      unitId: dongtien,
      roles: [{ role: 'service_point_helper', unitId: dongtien }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const list = await call('GET', '/api/admin/service-points', as('admin.dongtien'));
    const body = list.json<{ items: ServicePoint[]; unboundHelpers: { username: string; id: string }[] }>();
    const unbound = body.unboundHelpers.find((h) => h.username === 'hotro2.dongtien')!;
    const post = body.items.find((p) => p.kind === 'post_office')!;
    const bound = await call('PATCH', `/api/admin/service-points/${post.id}`, as('admin.dongtien'), {
      helperIds: [unbound.id],
    });
    expect(bound.json<ServicePoint>().helpers.map((h) => h.username)).toEqual(['hotro2.dongtien']);
  });
});

describe('a service-point helper', () => {
  it('is refused by every staff route but their own (least privilege)', async () => {
    const who = await helperAs();
    const doc = (await ctx.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    }>();
    const own = new Set(['GET /api/auth/me', 'POST /api/auth/password']);
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => op.security?.length)
        .map(([method]) => ({ method: method.toUpperCase(), path }))
        // The citizen's routes take the citizen's session, not the staff's.
        .filter(
          (o) => !/^\/api\/(service-point|citizen\/)/.test(o.path) && !own.has(`${o.method} ${o.path}`),
        ),
    );
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/dossiers',
        'POST /api/dossiers',
        'GET /api/dossiers/{code}',
        'POST /api/dossiers/{code}/actions',
        'POST /api/dossiers/otp',
        'GET /api/admin/service-points',
      ]),
    );
    const failures: string[] = [];
    for (const op of operations) {
      const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        /id$/i.test(name) ? '6f1c2c55-4d8e-4f57-9a0e-0c7f3b7b2a11' : 'H56.10.01',
      );
      const res = await ctx.t.app.inject({
        method: op.method as 'GET',
        url,
        ...who,
        ...(op.method === 'GET' ? {} : { payload: {} }),
      });
      if (res.statusCode !== 403) failures.push(`${op.method} ${url} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
    // Their own account and point answer.
    expect((await call('GET', '/api/auth/me', who)).statusCode).toBe(200);
    const mine = await call('GET', '/api/service-point', who);
    expect(mine.json()).toMatchObject({
      point: { name: 'Điểm dịch vụ công thôn Quyết Thắng' },
      unit: { agencyId: 'H56.10.01' },
    });
    // Officers are not helpers: the helper's routes refuse them.
    expect((await call('GET', '/api/service-point', as('tiepnhan.dongtien'))).statusCode).toBe(403);
    expect((await call('GET', '/api/service-point/dossiers', as('admin.dongtien'))).statusCode).toBe(403);
  });

  it('submits for a citizen who reads out the code: online, submitted, point and helper recorded', async () => {
    const who = await helperAs();
    const consent = { method: 'otp', ...(await askCode('0915100001')) };
    const wrong = await call(
      'POST',
      '/api/service-point/dossiers',
      who,
      onBehalf({ ...consent, code: consent.code === '000000' ? '111111' : '000000' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Failure>().error.code).toBe('OTP_WRONG');
    const ok = await call('POST', '/api/service-point/dossiers', who, onBehalf(consent));
    expect(ok.statusCode, ok.body).toBe(201);
    const summary = ok.json<{ code: string; channel: string; status: string }>();
    expect(summary).toMatchObject({ channel: 'online', status: 'submitted' });

    const db = ctx.t.database.db;
    const row = await db
      .selectFrom('service_point_submissions as s')
      .innerJoin('dossiers as d', 'd.id', 's.dossier_id')
      .innerJoin('service_points as p', 'p.id', 's.point_id')
      .innerJoin('staff as h', 'h.id', 's.helper_id')
      .select(['p.name', 'h.username', 's.consent', 'd.declaration', 'd.channel'])
      .where('d.code', '=', summary.code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: 'Điểm dịch vụ công thôn Quyết Thắng',
      username: HELPER,
      consent: 'otp',
    });
    expect(row.declaration).toMatchObject({ assisted: true, confirmation: { method: 'otp' } });
    const opening = await db
      .selectFrom('dossier_actions as a')
      .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
      .select(['a.actor_id', 'a.action'])
      .where('d.code', '=', summary.code)
      .executeTakeFirstOrThrow();
    expect(opening.action).toBe('submit_online');
    expect(opening.actor_id).not.toBeNull();

    // The unit sees it as any online dossier waiting to be received; the helper sees its status only.
    const detail = await call('GET', `/api/dossiers/${summary.code}`, as('tiepnhan.dongtien'));
    expect(detail.json()).toMatchObject({
      channel: 'online',
      status: 'submitted',
      origin: {
        servicePoint: {
          name: 'Điểm dịch vụ công thôn Quyết Thắng',
          helper: expect.any(String) as string,
          consent: 'otp',
          submittedAt: expect.any(String) as string,
        },
      },
    });
    // A dossier received at the desk has none.
    const desk = await receiveBirth();
    const deskDetail = await call('GET', `/api/dossiers/${desk}`, as('tiepnhan.dongtien'));
    expect(deskDetail.json<{ origin: { servicePoint: unknown } }>().origin.servicePoint).toBeNull();
    const theirs = await call('GET', '/api/service-point/dossiers', who);
    expect(theirs.json<{ items: object[] }>().items[0]).toEqual({
      code: summary.code,
      procedureName: expect.any(String) as string,
      applicantName: 'Hà Văn Sáu',
      status: 'submitted',
      statusLabel: expect.any(String) as string,
      consent: 'otp',
      submittedAt: expect.any(String) as string,
    });
    // ...and may not open the dossier itself.
    expect((await call('GET', `/api/dossiers/${summary.code}`, who)).statusCode).toBe(403);
    // The code is spent.
    const again = await call('POST', '/api/service-point/dossiers', who, onBehalf(consent));
    expect(again.json<Failure>().error.code).toBe('OTP_USED');
  });

  it('is refused an expired code, a code of another phone and a signature that is not a PNG', async () => {
    const who = await helperAs();
    const consent = { method: 'otp', ...(await askCode('0915100002')) };
    const otherPhone = await call(
      'POST',
      '/api/service-point/dossiers',
      who,
      onBehalf(consent, '0915100003'),
    );
    expect(otherPhone.json<Failure>().error.code).toBe('OTP_NOT_FOUND');
    await ctx.t.database.db
      .updateTable('one_time_codes')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', consent.otpId)
      .execute();
    const expired = await call('POST', '/api/service-point/dossiers', who, onBehalf(consent, '0915100002'));
    expect(expired.statusCode).toBe(409);
    expect(expired.json<Failure>().error.code).toBe('OTP_EXPIRED');
    const notPng = await call(
      'POST',
      '/api/service-point/dossiers',
      who,
      onBehalf({ method: 'signature', png: Buffer.from('GIF89a'.repeat(40)).toString('base64') }),
    );
    expect(notPng.statusCode).toBe(400);
    expect(notPng.json<Failure>().error.code).toBe('SIGNATURE_INVALID');
  });

  it('submits with a signature drawn on their device, counted per point and as online and assisted', async () => {
    const who = await helperAs();
    const before = await call('GET', '/api/admin/service-points/stats', as('admin.dongtien'));
    expect(before.statusCode, before.body).toBe(200);
    const signed = await call(
      'POST',
      '/api/service-point/dossiers',
      who,
      onBehalf({ method: 'signature', png: `data:image/png;base64,${PNG}` }, '0915100004'),
    );
    expect(signed.statusCode, signed.body).toBe(201);
    const png = await ctx.t.database.db
      .selectFrom('service_point_submissions')
      .select('signature_png')
      .where('consent', '=', 'signature')
      .executeTakeFirstOrThrow();
    expect(png.signature_png!.subarray(1, 4).toString()).toBe('PNG');

    type Stats = {
      online: number;
      assistedAtPoints: number;
      points: { name: string; total: number; days: { date: string; count: number }[] }[];
    };
    const was = before.json<Stats>();
    const now = (await call('GET', '/api/admin/service-points/stats', as('admin.dongtien'))).json<Stats>();
    expect(now.online).toBe(was.online + 1);
    expect(now.assistedAtPoints).toBe(was.assistedAtPoints + 1);
    const village = now.points.find((p) => p.name === 'Điểm dịch vụ công thôn Quyết Thắng')!;
    expect(village.total).toBeGreaterThanOrEqual(2);
    expect(village.days.at(-1)!.count).toBe(village.total);
    // Another commune counts nothing of Đông Tiến's; bad dates are a 400.
    const other = (await call('GET', '/api/admin/service-points/stats', as('admin.dongkhe'))).json<Stats>();
    expect(other.assistedAtPoints).toBe(0);
    const bad = await call('GET', '/api/admin/service-points/stats?from=2026-13-01', as('admin.dongtien'));
    expect(bad.statusCode).toBe(400);
    expect((await call('GET', '/api/admin/service-points/stats', who)).statusCode).toBe(403);
  });
});
