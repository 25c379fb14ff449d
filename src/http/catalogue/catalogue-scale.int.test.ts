/**
 * The whole national catalogue (bench/fixtures/national-catalogue.json.gz, 2,256 real procedures) imported through
 * the API, searched with real queries, and exported back unchanged.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import type { CatalogueFile } from '../../domain/catalogue/record.js';

const FIXTURE = new URL('../../../bench/fixtures/national-catalogue.json.gz', import.meta.url);

let t: TestApp;
let admin: LoggedIn;
let national: CatalogueFile;

beforeAll(async () => {
  national = JSON.parse(zlib.gunzipSync(fs.readFileSync(FIXTURE)).toString('utf8')) as CatalogueFile;
  t = await openTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin.tinh');
}, 120_000);
afterAll(() => t.close());

const first = async (q: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/procedures?q=${encodeURIComponent(q)}&limit=5`,
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: { code: string; name: string }[]; total: number }>();
};

describe('the national catalogue at scale', () => {
  it('imports 2,256 procedures in one request', async () => {
    expect(national.procedures.length).toBeGreaterThan(2000);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import?effectiveFrom=2025-07-01',
      ...admin,
      payload: national,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ created: number; updated: number; unchanged: number }>();
    expect(body.created + body.updated + body.unchanged).toBe(national.procedures.length);
  });

  it('puts the plain procedure first for real queries, with or without tones', async () => {
    for (const q of ['đăng ký khai sinh', 'dang ky khai sinh', 'dang ki khai sinh', 'khai sinh']) {
      expect((await first(q)).items[0]?.name, q).toBe('Thủ tục đăng ký khai sinh');
    }
    expect((await first('dang ky ket hon')).items[0]?.name).toBe('Thủ tục đăng ký kết hôn');
    expect((await first('đăng ký thường trú')).items[0]?.name).toBe('Đăng ký thường trú');
    expect((await first('cap giay phep lai xe')).items[0]?.name).toBe('Cấp giấy phép lái xe');
    expect((await first('1.001193')).items[0]?.code).toBe('1.001193');
  });

  it('exports what it imported, and re-importing the export changes nothing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export', ...admin });
    expect(res.statusCode).toBe(200);
    const file = res.json<CatalogueFile>();
    expect(file.procedures.length).toBeGreaterThanOrEqual(national.procedures.length);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/admin/catalogue/import',
      ...admin,
      payload: file,
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: file.procedures.length });
  });
});
