import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { unitIdsByAgency } from '../../../test/demo-ids.js';

let t: TestApp;
let tinh: LoggedIn;
let dongtien: LoggedIn;
const unit: Record<string, string> = {};

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  tinh = await loginAs(t.app, 'admin.tinh');
  dongtien = await loginAs(t.app, 'admin.dongtien');
  Object.assign(unit, await unitIdsByAgency(t.database.db));
});
afterAll(() => t.close());

interface UnitItem {
  id: string;
  name: string;
  type: string;
  depth: number;
  isSample: boolean;
  manageable: boolean;
  identityManageable: boolean;
}

const audit = (action: string) =>
  t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

describe('units', () => {
  it('lists the whole tree in display order for the province administrator', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/units', ...tinh });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: UnitItem[] }>().items;
    expect(items.map((u) => [u.depth, u.name])).toEqual([
      [0, 'Tỉnh Thanh Hóa'],
      [1, 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa'],
      [1, 'Chi nhánh Văn phòng Đăng ký đất đai khu vực Đông Sơn'],
      [1, 'Thuế cơ sở 3 tỉnh Thanh Hóa'],
      [1, 'xã Đông Khê'],
      [1, 'xã Đông Thịnh'],
      [1, 'xã Đông Tiến'],
      [1, 'xã Hoằng Lộc'],
      [1, 'xã Hoằng Quang'],
    ]);
    expect(items.filter((u) => u.type === 'commune').every((u) => u.isSample)).toBe(true);
    const centre = items[1]!;
    expect(centre).toMatchObject({ type: 'service_centre', isSample: false, phone: '02373900900' });
  });

  it('shows a commune administrator only their commune, and which parts they may edit', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/admin/units', ...dongtien })).json<{
      items: UnitItem[];
    }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      name: 'xã Đông Tiến',
      depth: 0,
      manageable: true,
      identityManageable: false,
    });
  });

  it('creates a unit under a managed parent, inheriting the sample mark, and audits it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/units',
      ...dongtien,
      headers: { ...dongtien.headers, 'x-request-id': 'req-unit-create-1' },
      payload: {
        parentId: unit['H56.10.01'],
        type: 'sector_agency',
        agencyId: 'h56.10.01.01',
        name: 'Bộ phận Một cửa xã Đông Tiến',
        phone: '0237 3123 456',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      agencyId: 'H56.10.01.01',
      isSample: true,
      parentId: unit['H56.10.01'],
      phone: '02373123456',
    });
    const rows = await audit('unit.create');
    expect(rows.at(-1)).toMatchObject({
      request_id: 'req-unit-create-1',
      entity: 'unit',
      actor_name: 'Lê Thị Hương',
    });
    for (const f of ['agencyId', 'name', 'phone']) expect(rows.at(-1)!.data.fields).toContain(f);
    expect(JSON.stringify(rows.at(-1)!.data)).not.toContain('3123');

    const tree = (await t.app.inject({ method: 'GET', url: '/api/admin/units', ...dongtien })).json<{
      items: UnitItem[];
    }>().items;
    expect(tree.map((u) => [u.depth, u.name])).toEqual([
      [0, 'xã Đông Tiến'],
      [1, 'Bộ phận Một cửa xã Đông Tiến'],
    ]);
  });

  it('refuses a malformed or duplicate agency id and bad input with the field named', async () => {
    const post = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: '/api/admin/units', ...tinh, payload });
    const base = { parentId: unit['000.00.00.H56'], type: 'commune', name: 'xã Thử' };
    const malformed = await post({ ...base, agencyId: 'H56-10-99' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { fields: [{ field: 'agencyId' }] } });
    const duplicate = await post({ ...base, agencyId: 'H56.10.02' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      error: { code: 'AGENCY_ID_TAKEN', fields: [{ field: 'agencyId' }] },
    });
    const missing = await post({ parentId: 'not-a-uuid', type: 'province' });
    expect(missing.statusCode).toBe(400);
    const fields = missing
      .json<{ error: { fields: { field: string }[] } }>()
      .error.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['parentId', 'type', 'agencyId', 'name']));
    const noParent = await post({
      ...base,
      parentId: '6f1c2c55-4d8e-4f57-9a0e-0c7f3b7b2a11',
      agencyId: 'H56.10.77',
    });
    expect(noParent.statusCode).toBe(400);
    expect(noParent.json()).toMatchObject({ error: { fields: [{ field: 'parentId' }] } });
    const badId = await t.app.inject({ method: 'PATCH', url: '/api/admin/units/123', ...tinh, payload: {} });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ error: { fields: [{ field: 'id' }] } });
  });

  it('lets the level above rename a unit and change its agency id', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/admin/units/${unit['H56.10.05']}`,
      ...tinh,
      payload: { name: 'xã Hoằng Lộc (mẫu)', agencyId: 'H56.10.55', active: false },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'xã Hoằng Lộc (mẫu)', agencyId: 'H56.10.55', active: false });
    const row = (await audit('unit.update')).at(-1)!;
    expect(row.data).toEqual({ fields: ['name', 'agencyId', 'active'] });
  });
});

describe('fields', () => {
  it('lists the demo fields with their exact codes, in order', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/fields', ...dongtien });
    expect(res.statusCode).toBe(200);
    const ours = ['HT', 'CT', 'DD', 'VHXH', 'LDTBXH', 'HKD', 'TNMT', 'XD', 'NN'];
    // Other seed steps may add fields; the organisation's own come in this order.
    const codes = res.json<{ items: { code: string }[] }>().items.map((f) => f.code);
    expect(codes.filter((c) => ours.includes(c))).toEqual(ours);
  });

  it('says how many procedures are in force in each field, as the public list does (0 for a new field)', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/fields',
      ...tinh,
      payload: { code: 'KHONGTT', name: 'Lĩnh vực chưa có thủ tục' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const staff = await t.app.inject({ method: 'GET', url: '/api/admin/fields', ...dongtien });
    const counts = Object.fromEntries(
      staff
        .json<{ items: { code: string; procedureCount: number }[] }>()
        .items.map((f) => [f.code, f.procedureCount]),
    );
    expect(counts.KHONGTT).toBe(0);
    expect(counts.HT).toBeGreaterThan(0);
    const pub = await t.app.inject({ method: 'GET', url: '/api/fields' });
    const publicCounts = Object.fromEntries(
      pub.json<{ items: { code: string; count: number }[] }>().items.map((f) => [f.code, f.count]),
    );
    expect(publicCounts).toEqual(counts);
  });

  it('creates and edits a field, refusing bad and duplicate codes', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/fields',
      ...tinh,
      payload: { code: 'tp', name: 'Tư pháp', sortOrder: 95 },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'TP', name: 'Tư pháp', sortOrder: 95 });
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/admin/fields',
      ...tinh,
      payload: { code: 'TP', name: 'x' },
    });
    expect(dup.statusCode).toBe(409);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/admin/fields',
      ...tinh,
      payload: { code: 'T P!', name: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { fields: [{ field: 'code' }] } });
    const edited = await t.app.inject({
      method: 'PATCH',
      url: '/api/admin/fields/TP',
      ...tinh,
      payload: { description: 'Lĩnh vực tư pháp' },
    });
    expect(edited.json()).toMatchObject({ code: 'TP', description: 'Lĩnh vực tư pháp' });
    const unknown = await t.app.inject({
      method: 'PATCH',
      url: '/api/admin/fields/NOPE',
      ...tinh,
      payload: { name: 'x' },
    });
    expect(unknown.statusCode).toBe(404);
    expect((await audit('field.create')).at(-1)).toMatchObject({ entity_id: 'TP' });
    expect((await audit('field.update')).at(-1)!.data).toEqual({ fields: ['description'] });
  });
});
