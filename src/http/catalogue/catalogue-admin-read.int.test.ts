import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { fixtureRecord } from '../../../test/catalogue.js';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';

let t: TestApp;
let admin: LoggedIn;

/** A local code that no national (or demo) procedure uses. */
const LOCAL = '9.990101.H56';
const localRecord = (name = 'Thủ tục thử nghiệm xem phiên bản'): ProcedureRecord => ({
  ...fixtureRecord('2.000884'),
  code: LOCAL,
  name,
});

interface Version {
  no: number;
  effectiveFrom: string;
  createdByName: string | null;
  note: string | null;
  inForce: boolean;
  latest: boolean;
}

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin.tinh');
  const create = await t.app.inject({
    method: 'POST',
    url: '/api/admin/procedures',
    ...admin,
    payload: { record: localRecord(), effectiveFrom: '2025-01-01', note: 'Tạo mới' },
  });
  expect(create.statusCode).toBe(201);
  // Version 2 takes effect far in the future: version 1 stays in force, version 2 is the latest.
  const revise = await t.app.inject({
    method: 'PUT',
    url: `/api/admin/procedures/${LOCAL}`,
    ...admin,
    payload: {
      record: localRecord('Thủ tục thử nghiệm (bản sẽ áp dụng)'),
      baseVersion: 1,
      effectiveFrom: '2099-01-01',
      note: 'Sửa tên',
    },
  });
  expect(revise.statusCode).toBe(200);
});
afterAll(() => t.close());

describe('authorisation', () => {
  const urls = [
    '/api/admin/procedures/1.001193',
    '/api/admin/procedures/1.001193/versions/1',
    '/api/admin/procedure-versions?codes=1.001193',
  ];
  it.each(urls)('GET %s: 401 without a session, 403 for a reception officer', async (url) => {
    const anonymous = await t.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const res = await t.app.inject({ method: 'GET', url, ...officer });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('GET /api/admin/procedures/{code}', () => {
  it('answers the latest version, not yet in force, with every version and who saved it', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/admin/procedures/${LOCAL}`, ...admin });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ record: ProcedureRecord; version: Version; versions: Version[] }>();
    expect(body.record.name).toBe('Thủ tục thử nghiệm (bản sẽ áp dụng)');
    expect(body.version).toMatchObject({ no: 2, effectiveFrom: '2099-01-01', latest: true, inForce: false });
    expect(body.versions).toEqual([
      expect.objectContaining({ no: 1, inForce: true, latest: false, note: 'Tạo mới' }),
      expect.objectContaining({ no: 2, inForce: false, latest: true, note: 'Sửa tên' }),
    ]);
    expect(body.versions[0]!.createdByName).toEqual(expect.any(String));
    // The public page still shows version 1.
    const pub = await t.app.inject({ method: 'GET', url: `/api/procedures/${LOCAL}` });
    expect(pub.json()).toMatchObject({ name: 'Thủ tục thử nghiệm xem phiên bản', version: { no: 1 } });
  });

  it('names no author for demo data', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/procedures/1.001193', ...admin });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ record: ProcedureRecord; versions: Version[] }>();
    expect(body.record.code).toBe('1.001193');
    expect(body.versions[0]).toMatchObject({ no: 1, createdByName: null, inForce: true, latest: true });
  });

  it('answers 404 PROCEDURE_NOT_FOUND for an unknown or malformed code', async () => {
    for (const code of ['9.999999.H56', '%E2%80%94']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/admin/procedures/${code}`, ...admin });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_FOUND' } });
    }
  });
});

describe('GET /api/admin/procedures/{code}/versions/{no}', () => {
  it('answers an older version read-only', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/admin/procedures/${LOCAL}/versions/1`,
      ...admin,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: LOCAL,
      record: { name: 'Thủ tục thử nghiệm xem phiên bản' },
      version: { no: 1, effectiveFrom: '2025-01-01', inForce: true },
    });
  });

  it('answers 404 for a version that does not exist and 400 for a number that is not one', async () => {
    const missing = await t.app.inject({
      method: 'GET',
      url: `/api/admin/procedures/${LOCAL}/versions/7`,
      ...admin,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'PROCEDURE_VERSION_NOT_FOUND' } });
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/admin/procedures/${LOCAL}/versions/abc`,
      ...admin,
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('GET /api/admin/procedure-versions', () => {
  it('gives the latest and the in-force version of each code, leaving out unknown ones', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/admin/procedure-versions?codes=1.001193,${LOCAL},9.999999.H56,,not a code`,
      ...admin,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { code: string }[] }>().items;
    expect(items).toEqual([
      {
        code: '1.001193',
        latest: { no: 1, effectiveFrom: expect.any(String) as string },
        inForce: { no: 1, effectiveFrom: expect.any(String) as string },
      },
      {
        code: LOCAL,
        latest: { no: 2, effectiveFrom: '2099-01-01' },
        inForce: { no: 1, effectiveFrom: '2025-01-01' },
      },
    ]);
  });

  it('requires the codes parameter', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/procedure-versions', ...admin });
    expect(res.statusCode).toBe(400);
  });
});
