import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, testClientAddress, type LoggedIn } from '../../../test/auth.js';
import { unitIdsByAgency, staffIdsByUsername } from '../../../test/demo-ids.js';
import { DEMO_PASSWORD } from '../../services/demo-data/index.js';

let t: TestApp;
let dongtien: LoggedIn;
const unit: Record<string, string> = {};
const staff: Record<string, string> = {};
const DONG_TIEN = 'H56.10.01';
const DONG_KHE = 'H56.10.02';

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  dongtien = await loginAs(t.app, 'admin.dongtien');
  Object.assign(unit, await unitIdsByAgency(t.database.db));
  Object.assign(staff, await staffIdsByUsername(t.database.db));
});
afterAll(() => t.close());

interface StaffItem {
  id: string;
  username: string;
  fullName: string;
  roles: { role: string; unitId: string }[];
  lockedUntil: string | null;
  active: boolean;
  mustChangePassword: boolean;
}

const list = async (query: string, who = dongtien) => {
  const res = await t.app.inject({ method: 'GET', url: '/api/admin/staff?' + query, ...who });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: StaffItem[]; total: number }>();
};
const patch = (id: string, payload: Record<string, unknown>, who = dongtien) =>
  t.app.inject({ method: 'PATCH', url: `/api/admin/staff/${id}`, ...who, payload });
const login = (username: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': testClientAddress() },
    payload: { username, password },
  });
const lastAudit = async (action: string) =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .orderBy('id', 'desc')
      .limit(1)
      .execute()
  )[0]!;

describe('staff list', () => {
  it('lists the commune in Vietnamese name order with filters by role, text and unit', async () => {
    const all = await list('');
    const names = all.items.map((s) => s.fullName);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    expect(all.total).toBe(8); // with the service point's helper

    const specialists = await list('role=specialist');
    expect(specialists.items.map((s) => s.username).sort()).toEqual([
      'chuyenvien.dongtien',
      'chuyenvien2.dongtien',
      'chuyenvien3.dongtien',
    ]);
    expect((await list('q=hoang van minh')).items.map((s) => s.username)).toEqual(['chuyenvien.dongtien']);
    expect((await list('q=HOÀNG')).items.map((s) => s.username)).toEqual(['chuyenvien.dongtien']);
    expect((await list('q=212')).items.map((s) => s.username)).toEqual(['chuyenvien2.dongtien']);
    expect((await list('q=100%25')).total).toBe(0);
    expect((await list(`unitId=${unit[DONG_TIEN]}&pageSize=2&page=2`)).items).toHaveLength(2);
  });

  it('lets the province administrator search the whole province', async () => {
    const tinh = await loginAs(t.app, 'admin.tinh');
    const res = await list('q=chuyenvien&pageSize=200', tinh);
    expect(res.items.map((s) => s.username)).toEqual(
      expect.arrayContaining([
        'chuyenvien.vpdk',
        'chuyenvien.thue',
        'chuyenvien.dongkhe',
        'chuyenvien.trungtam',
      ]),
    );
  });

  it('answers 400 naming bad query parameters', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/admin/staff?pageSize=0&role=boss',
      ...dongtien,
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['pageSize', 'role']));
  });
});

describe('creating staff', () => {
  it('creates an account with a one-time password that must be changed, and audits without values', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/staff',
      ...dongtien,
      payload: {
        username: ' Nguyen.Van.An ',
        fullName: 'Nguyễn Văn An',
        email: 'an@example.vn',
        phone: '0912 345 678',
        unitId: unit[DONG_TIEN],
        fieldCodes: ['HT', 'CT'],
        extension: '214',
        roles: [
          { role: 'specialist', unitId: unit[DONG_TIEN] },
          { role: 'reception_officer', unitId: unit[DONG_TIEN] },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json<{ staff: StaffItem & Record<string, unknown>; temporaryPassword: string }>();
    expect(body.staff).toMatchObject({
      username: 'nguyen.van.an',
      phone: '0912345678',
      fieldCodes: ['HT', 'CT'],
      mustChangePassword: true,
      manageable: true,
    });
    expect(body.staff.roles).toHaveLength(2);
    expect(body.temporaryPassword.length).toBeGreaterThanOrEqual(12);

    const first = await login('nguyen.van.an', body.temporaryPassword);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ user: { mustChangePassword: true, fullName: 'Nguyễn Văn An' } });

    const row = await lastAudit('staff.create');
    expect(row).toMatchObject({ entity: 'staff', entity_id: body.staff.id, unit_id: unit[DONG_TIEN] });
    const text = JSON.stringify(row);
    for (const secret of [body.temporaryPassword, '0912345678', '0912 345 678', 'an@example.vn']) {
      expect(text).not.toContain(secret);
    }
    for (const f of ['username', 'phone', 'email', 'roles']) expect(row.data.fields).toContain(f);
  });

  it('refuses bad input with every field named, and a taken username with 409', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/staff',
      ...dongtien,
      payload: {
        username: 'Có dấu',
        fullName: 'Tên Thử',
        phone: '12345',
        email: 'not-an-email',
        extension: 'abc',
        fieldCodes: ['HT', 'XYZ'],
        unitId: unit[DONG_TIEN],
        roles: [],
      },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ error: { fields: { field: string }[] } }>().error.fields.map((f) => f.field);
    expect(fields.sort()).toEqual(['email', 'extension', 'fieldCodes', 'phone', 'roles', 'username']);

    const taken = await t.app.inject({
      method: 'POST',
      url: '/api/admin/staff',
      ...dongtien,
      payload: {
        username: 'TiepNhan.DongTien',
        fullName: 'Tên Thử',
        unitId: unit[DONG_TIEN],
        roles: [{ role: 'reception_officer', unitId: unit[DONG_TIEN] }],
      },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({
      error: { code: 'USERNAME_TAKEN', fields: [{ field: 'username' }] },
    });

    const typeErrors = await t.app.inject({
      method: 'POST',
      url: '/api/admin/staff',
      ...dongtien,
      payload: { username: { a: 1 }, roles: [{ role: 'king', unitId: 'x' }] },
    });
    expect(typeErrors.statusCode).toBe(400);
    expect(typeErrors.json<{ error: { message: string } }>().error.message).toMatch(/username/);
  });
});

describe('editing staff', () => {
  it('changes roles within the commune, ending the sessions of the person changed', async () => {
    const id = staff['chuyenvien2.dongtien']!;
    const theirs = await loginAs(t.app, 'chuyenvien2.dongtien');
    const res = await patch(id, {
      fullName: 'Trần Thị Hà',
      roles: [
        { role: 'specialist', unitId: unit[DONG_TIEN] },
        { role: 'leader', unitId: unit[DONG_TIEN] },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json<StaffItem>()
        .roles.map((r) => r.role)
        .sort(),
    ).toEqual(['leader', 'specialist']);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...theirs })).statusCode).toBe(401);
    expect((await lastAudit('staff.update')).data).toEqual({ fields: ['fullName', 'roles'] });

    const elsewhere = await patch(id, { roles: [{ role: 'specialist', unitId: unit[DONG_KHE] }] });
    expect(elsewhere.statusCode).toBe(403);
    const higher = await patch(id, { roles: [{ role: 'province_admin', unitId: unit[DONG_TIEN] }] });
    expect(higher.statusCode).toBe(403);
    const moveAway = await patch(id, { unitId: unit[DONG_KHE] });
    expect(moveAway.statusCode).toBe(403);
  });

  it('keeps administrators from changing their own roles or locking themselves out', async () => {
    const self = staff['admin.dongtien']!;
    expect((await patch(self, { roles: [{ role: 'specialist', unitId: unit[DONG_TIEN] }] })).statusCode).toBe(
      403,
    );
    expect((await patch(self, { active: false })).statusCode).toBe(403);
    expect((await patch(self, { extension: '201' })).statusCode).toBe(200);
  });

  it('deactivates an account: it can no longer log in and its sessions end', async () => {
    const theirs = await loginAs(t.app, 'tongdai.dongtien');
    const res = await patch(staff['tongdai.dongtien']!, { active: false });
    expect(res.json()).toMatchObject({ active: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', ...theirs })).statusCode).toBe(401);
    expect((await login('tongdai.dongtien', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await list('active=false')).items.map((s) => s.username)).toEqual(['tongdai.dongtien']);
    await patch(staff['tongdai.dongtien']!, { active: true });
    expect((await login('tongdai.dongtien', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('unlocks an account: every address that guessed it starts again without a delay', async () => {
    const guesser = '203.0.113.90';
    const from = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': guesser },
        payload: { username: 'lanhdao.dongtien', password },
      });
    for (let i = 0; i < 6; i++) await from('wrong-password');
    expect((await from(DEMO_PASSWORD)).headers['retry-after']).toBeDefined();
    const res = await patch(staff['lanhdao.dongtien']!, { unlock: true });
    expect(res.json<StaffItem>().lockedUntil).toBeNull();
    expect((await lastAudit('staff.update')).data).toEqual({ fields: ['unlock'] });
    expect((await from(DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('resets a password to a one-time password, shown once and never audited', async () => {
    const id = staff['chuyenvien3.dongtien']!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/admin/staff/${id}/reset-password`,
      ...dongtien,
    });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json<{ temporaryPassword: string }>();
    expect((await login('chuyenvien3.dongtien', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('chuyenvien3.dongtien', temporaryPassword)).statusCode).toBe(200);
    const row = await lastAudit('staff.reset_password');
    expect(row).toMatchObject({ entity_id: id, actor_name: 'Lê Thị Hương' });
    expect(JSON.stringify(row)).not.toContain(temporaryPassword);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/admin/staff/6f1c2c55-4d8e-4f57-9a0e-0c7f3b7b2a11/reset-password',
      ...dongtien,
    });
    expect(unknown.statusCode).toBe(404);
  });
});
