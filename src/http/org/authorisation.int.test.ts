/**
 * The authorisation table: every organisation admin action, tried by every demo role, with the expected answer.
 * A row lists who may do it (2xx); everyone else must get 403.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { unitIdsByAgency, staffIdsByUsername } from '../../../test/demo-ids.js';

const users = [
  'admin.tinh',
  'admin.dongtien',
  'admin.dongkhe',
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'lanhdao.dongtien',
  'tongdai.dongtien',
  'tiepnhan.trungtam',
  'chuyenvien.vpdk',
  'chuyenvien.thue',
] as const;
type User = (typeof users)[number];

const dongTienStaff: User[] = [
  'admin.dongtien',
  'tiepnhan.dongtien',
  'chuyenvien.dongtien',
  'lanhdao.dongtien',
  'tongdai.dongtien',
];

let t: TestApp;
const as = {} as Record<User, LoggedIn>;
const unit: Record<string, string> = {};
const staff: Record<string, string> = {};
let n = 0;

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  for (const u of users) as[u] = await loginAs(t.app, u);
  Object.assign(unit, await unitIdsByAgency(t.database.db));
  Object.assign(staff, await staffIdsByUsername(t.database.db));
});
afterAll(() => t.close());

const PROVINCE = '000.00.00.H56';
const DONG_TIEN = 'H56.10.01';
const DONG_KHE = 'H56.10.02';

interface Case {
  name: string;
  allowed: readonly User[];
  request: () => { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: Record<string, unknown> };
}

/** An edit of a staff member's record, by username. */
const patchStaff = (username: string, payload: Record<string, unknown>) => () => ({
  method: 'PATCH' as const,
  url: `/api/admin/staff/${staff[username]}`,
  payload,
});
const resetPassword = (username: string) => () => ({
  method: 'POST' as const,
  url: `/api/admin/staff/${staff[username]}/reset-password`,
});
const newUnit = (parent: string) => () => {
  n += 1;
  return {
    method: 'POST' as const,
    url: '/api/admin/units',
    payload: {
      parentId: unit[parent],
      type: 'commune',
      agencyId: `H56.90.${String(n).padStart(2, '0')}`,
      name: `Đơn vị thử ${n}`,
    },
  };
};

const newStaff =
  (home: string, role: string, roleUnit = home) =>
  () => {
    n += 1;
    return {
      method: 'POST' as const,
      url: '/api/admin/staff',
      payload: {
        username: `thu.${n}`,
        fullName: `Cán bộ thử ${n}`,
        unitId: unit[home],
        roles: [{ role, unitId: unit[roleUnit] }],
      },
    };
  };

const cases: Case[] = [
  { name: 'list units', allowed: users, request: () => ({ method: 'GET', url: '/api/admin/units' }) },
  {
    name: 'create a unit under Đông Tiến',
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: newUnit(DONG_TIEN),
  },
  { name: 'create a unit under the province', allowed: ['admin.tinh'], request: newUnit(PROVINCE) },
  {
    name: "edit Đông Tiến's contact details",
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: () => ({
      method: 'PATCH',
      url: `/api/admin/units/${unit[DONG_TIEN]}`,
      payload: { address: 'Trụ sở xã' },
    }),
  },
  {
    name: 'rename Đông Tiến',
    allowed: ['admin.tinh'],
    request: () => ({
      method: 'PATCH',
      url: `/api/admin/units/${unit[DONG_TIEN]}`,
      payload: { name: 'xã Đông Tiến' },
    }),
  },
  {
    name: "edit Đông Khê's settings",
    allowed: ['admin.tinh', 'admin.dongkhe'],
    request: () => ({
      method: 'PATCH',
      url: `/api/admin/units/${unit[DONG_KHE]}`,
      payload: { phone: '0237 3000 000' },
    }),
  },
  { name: 'list fields', allowed: users, request: () => ({ method: 'GET', url: '/api/admin/fields' }) },
  {
    name: 'create a field',
    allowed: ['admin.tinh'],
    request: () => ({
      method: 'POST',
      url: '/api/admin/fields',
      payload: { code: `F${++n}`, name: 'Lĩnh vực thử' },
    }),
  },
  {
    name: 'edit a field',
    allowed: ['admin.tinh'],
    request: () => ({ method: 'PATCH', url: '/api/admin/fields/HT', payload: { sortOrder: 10 } }),
  },
  { name: 'list staff', allowed: users, request: () => ({ method: 'GET', url: '/api/admin/staff' }) },
  {
    name: "list Đông Khê's staff",
    allowed: ['admin.tinh', 'admin.dongkhe'],
    request: () => ({ method: 'GET', url: `/api/admin/staff?unitId=${unit[DONG_KHE]}` }),
  },
  {
    name: 'see a Đông Tiến staff member',
    allowed: ['admin.tinh', ...dongTienStaff],
    request: () => ({ method: 'GET', url: `/api/admin/staff/${staff['chuyenvien2.dongtien']}` }),
  },
  {
    name: 'see a Đông Khê staff member',
    allowed: ['admin.tinh', 'admin.dongkhe'],
    request: () => ({ method: 'GET', url: `/api/admin/staff/${staff['tiepnhan.dongkhe']}` }),
  },
  {
    name: 'create a specialist in Đông Tiến',
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: newStaff(DONG_TIEN, 'specialist'),
  },
  {
    name: 'create a unit administrator in Đông Tiến',
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: newStaff(DONG_TIEN, 'unit_admin'),
  },
  {
    name: 'create a province administrator in Đông Tiến',
    allowed: ['admin.tinh'],
    request: newStaff(DONG_TIEN, 'province_admin'),
  },
  {
    name: 'create a Đông Tiến account with a role in Đông Khê',
    allowed: ['admin.tinh'],
    request: newStaff(DONG_TIEN, 'reception_officer', DONG_KHE),
  },
  {
    name: 'create a staff member in Đông Khê',
    allowed: ['admin.tinh', 'admin.dongkhe'],
    request: newStaff(DONG_KHE, 'reception_officer'),
  },
  {
    name: 'edit a Đông Tiến staff member',
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: patchStaff('chuyenvien2.dongtien', { extension: '219' }),
  },
  {
    name: 'edit a Đông Khê staff member',
    allowed: ['admin.tinh', 'admin.dongkhe'],
    request: patchStaff('tiepnhan.dongkhe', { extension: '229' }),
  },
  {
    name: 'edit the province administrator',
    allowed: ['admin.tinh'],
    request: patchStaff('admin.tinh', { extension: '100' }),
  },
  {
    name: 'unlock a Đông Tiến staff member',
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: patchStaff('chuyenvien3.dongtien', { unlock: true }),
  },
  {
    name: 'reset the password of a Đông Tiến staff member',
    allowed: ['admin.tinh', 'admin.dongtien'],
    request: resetPassword('chuyenvien3.dongtien'),
  },
  {
    name: 'reset the password of a Đông Khê staff member',
    allowed: ['admin.tinh', 'admin.dongkhe'],
    request: resetPassword('tiepnhan.dongkhe'),
  },
  {
    name: "reset the password of the service centre's specialist",
    allowed: ['admin.tinh'],
    request: resetPassword('chuyenvien.trungtam'),
  },
];

describe.each(cases)('$name', (c) => {
  it.each(users.map((u) => [u, c.allowed.includes(u)] as const))(
    'as %s → allowed: %s',
    async (user, allowed) => {
      const req = c.request();
      const res = await t.app.inject({ ...req, ...as[user] });
      if (allowed) {
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
        expect(res.statusCode, res.body).toBeLessThan(300);
      } else {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
      }
    },
  );
});

describe('commune isolation', () => {
  it("keeps Đông Khê's units and staff out of what Đông Tiến's people see", async () => {
    for (const u of dongTienStaff) {
      const units = await t.app.inject({ method: 'GET', url: '/api/admin/units', ...as[u] });
      const unitNames = units.json<{ items: { name: string }[] }>().items.map((x) => x.name);
      expect(unitNames).toContain('xã Đông Tiến');
      expect(unitNames).not.toContain('xã Đông Khê');
      expect(unitNames).not.toContain('Tỉnh Thanh Hóa');

      const list = await t.app.inject({ method: 'GET', url: '/api/admin/staff?pageSize=200', ...as[u] });
      const items = list.json<{ items: { unit: { name: string } }[] }>().items;
      expect(items.length).toBeGreaterThan(0);
      expect(
        items.every((s) => s.unit.name.startsWith('xã Đông Tiến') || s.unit.name.startsWith('Đơn vị thử')),
      ).toBe(true);
      const q = await t.app.inject({ method: 'GET', url: '/api/admin/staff?q=dongkhe', ...as[u] });
      expect(q.json<{ total: number }>().total).toBe(0);
    }
  });
});
