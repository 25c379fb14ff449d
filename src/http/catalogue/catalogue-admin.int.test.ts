import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { fixtureRecord, smallCatalogue } from '../../../test/catalogue.js';
import type { CatalogueFile, ProcedureRecord } from '../../domain/catalogue/record.js';

let t: TestApp;
let admin: LoggedIn;

/** A local code that no national (or demo) procedure uses. */
const LOCAL = '9.990001.H56';
const localRecord = (): ProcedureRecord => ({
  ...fixtureRecord('2.000884'),
  code: LOCAL,
  name: 'Thủ tục thử nghiệm cấp tỉnh',
});

beforeAll(async () => {
  t = await openTestApp({ demo: true });
  admin = await loginAs(t.app, 'admin.tinh');
});
afterAll(() => t.close());

const countRows = async () => {
  const db = t.database.db;
  const p = await db
    .selectFrom('procedures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const v = await db
    .selectFrom('procedure_versions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const f = await db
    .selectFrom('fields')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { procedures: Number(p.n), versions: Number(v.n), fields: Number(f.n) };
};
const audit = (action: string) =>
  t.database.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();

describe('authorisation', () => {
  const endpoints = [
    { method: 'POST', url: '/api/admin/procedures', payload: { record: {} } },
    { method: 'PUT', url: `/api/admin/procedures/${LOCAL}`, payload: { record: {}, baseVersion: 1 } },
    {
      method: 'POST',
      url: '/api/admin/catalogue/import',
      payload: { format: 'motcua.catalogue', version: 1, procedures: [] },
    },
    { method: 'GET', url: '/api/admin/catalogue/export' },
  ] as const;

  it.each(endpoints)('$method $url: 401 without a session', async (e) => {
    const res = await t.app.inject({ ...e });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it.each(endpoints)('$method $url: 403 for a reception officer', async (e) => {
    const officer = await loginAs(t.app, 'tiepnhan.dongtien');
    const res = await t.app.inject({ ...e, ...officer });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('create and revise', () => {
  it('creates a procedure (version 1) and audits it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/procedures',
      ...admin,
      payload: { record: localRecord(), effectiveFrom: '2025-01-01', note: 'Thêm thủ tục' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: LOCAL, version: { no: 1, effectiveFrom: '2025-01-01' } });
    const shown = await t.app.inject({ method: 'GET', url: `/api/procedures/${LOCAL}` });
    expect(shown.json()).toMatchObject({ name: 'Thủ tục thử nghiệm cấp tỉnh', version: { no: 1 } });
    const search = await t.app.inject({ method: 'GET', url: '/api/procedures?q=thu+nghiem+cap+tinh' });
    expect(search.json<{ items: { code: string }[] }>().items[0]?.code).toBe(LOCAL);
    expect(await audit('procedure.create')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity_id: LOCAL, actor_name: expect.any(String) as string }),
      ]),
    );
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/admin/procedures',
      ...admin,
      payload: { record: localRecord() },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'PROCEDURE_EXISTS' } });
  });

  it('reports every problem of an invalid record with paths under "record"', async () => {
    const record = {
      ...localRecord(),
      code: '9.990002.H56',
      channels: [{ kind: 'desk', timeLimit: { value: 2, unit: 'same_day' }, fees: [] }],
    };
    (record.documents[0] as unknown as Record<string, unknown>).originals = -3;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/procedures',
      ...admin,
      payload: { record, effectiveFrom: '2025-02-30' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; fields: { field: string }[] } }>();
    expect(body.error.code).toBe('RECORD_INVALID');
    expect(body.error.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'record.documents[0].originals',
        'record.channels[0].timeLimit.value',
        'effectiveFrom',
      ]),
    );
  });

  it('revises with the current baseVersion, and answers 409 VERSION_CONFLICT for a stale one', async () => {
    const put = (baseVersion: number, name: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/admin/procedures/${LOCAL}`,
        ...admin,
        payload: { record: { ...localRecord(), name }, baseVersion },
      });
    const first = await put(1, 'Thủ tục thử nghiệm cấp tỉnh (lần 2)');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: { no: 2 } });
    const stale = await put(1, 'Sửa từ bản cũ');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT', currentVersion: 2 } });
    const shown = await t.app.inject({ method: 'GET', url: `/api/procedures/${LOCAL}` });
    expect(shown.json()).toMatchObject({ name: 'Thủ tục thử nghiệm cấp tỉnh (lần 2)', version: { no: 2 } });
    const wrongCode = await t.app.inject({
      method: 'PUT',
      url: `/api/admin/procedures/${LOCAL}`,
      ...admin,
      payload: { record: fixtureRecord('2.000884'), baseVersion: 2 },
    });
    expect(wrongCode.statusCode).toBe(400);
    expect(wrongCode.json()).toMatchObject({ error: { fields: [{ field: 'record.code' }] } });
    const unknown = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/procedures/9.990999.H56',
      ...admin,
      payload: { record: { ...localRecord(), code: '9.990999.H56' }, baseVersion: 1 },
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('import and export', () => {
  const importFile = (file: unknown, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/api/admin/catalogue/import${query}`,
      ...admin,
      payload: file as object,
    });

  it('is all or nothing: three bad records → every error listed, nothing changed', async () => {
    const before = await countRows();
    const file = smallCatalogue() as CatalogueFile & { procedures: Record<string, unknown>[] };
    const p = file.procedures as unknown as ProcedureRecord[];
    (p[2]!.documents[0] as unknown as Record<string, unknown>).originals = -1;
    p[2]!.channels[0]!.timeLimit.unit = 'same_day';
    p[5]!.field = { code: 'lower case', name: 'Sai' };
    p[9]!.documents[1]!.case = 'Không có trường hợp này';
    p.push({ ...localRecord(), code: '9.990003.H56', field: { code: 'NEWF', name: 'Lĩnh vực mới' } });
    const res = await importFile(file);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; fields: { field: string; message: string }[] } }>();
    expect(body.error.code).toBe('IMPORT_INVALID');
    expect(body.error.fields).toEqual(
      expect.arrayContaining([
        {
          field: 'procedures[2].documents[0].originals',
          message: expect.stringContaining(p[2]!.code) as string,
        },
        {
          field: 'procedures[2].channels[0].timeLimit.value',
          message: expect.stringContaining(p[2]!.code) as string,
        },
        { field: 'procedures[5].field.code', message: expect.stringContaining(p[5]!.code) as string },
        { field: 'procedures[9].documents[1].case', message: expect.stringContaining(p[9]!.code) as string },
      ]),
    );
    expect(body.error.fields).toHaveLength(4);
    expect(await countRows()).toEqual(before);
  });

  it('imports: new procedures get version 1, changed ones a new version, unchanged nothing; dry run changes nothing', async () => {
    const file = smallCatalogue();
    const importsBefore = (await audit('catalogue.import')).length;
    const dry = await importFile(file, '?dryRun=true');
    expect(dry.statusCode).toBe(200);
    const before = await countRows();
    const expected = dry.json<{ created: number }>();
    expect(await countRows()).toEqual(before);

    const first = await importFile(file, '?effectiveFrom=2024-01-01');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ ...expected, dryRun: false, effectiveFrom: '2024-01-01' });

    file.procedures[0] = { ...file.procedures[0]!, keywords: ['khai sinh'] };
    const mid = await countRows();
    const second = await importFile(file);
    expect(second.json()).toMatchObject({ created: 0, updated: 1, unchanged: file.procedures.length - 1 });
    expect(await countRows()).toEqual({ ...mid, versions: mid.versions + 1 });
    expect(await audit('catalogue.import')).toHaveLength(importsBefore + 2);
  });

  it('export → import is a round trip that changes nothing', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/catalogue/export', ...admin });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="motcua-catalogue-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const file = res.json<CatalogueFile>();
    expect(file.format).toBe('motcua.catalogue');
    expect(file.version).toBe(3);
    expect(file.procedures.map((p) => p.code)).toEqual(expect.arrayContaining(['1.001193', LOCAL]));
    const before = await countRows();
    const again = await importFile(file);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: file.procedures.length });
    expect(await countRows()).toEqual(before);
  });
});
