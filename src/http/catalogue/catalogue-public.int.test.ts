import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { fixtureRecord, loadCatalogue, smallCatalogue, testAdmin } from '../../../test/catalogue.js';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { reviseProcedure } from '../../services/catalogue/edit.js';
import { catalogueIndexFor, CatalogueIndexCache } from '../../services/catalogue/index-cache.js';
import { getVersionById, getVersionInForce } from '../../services/catalogue/versions.js';

let t: TestApp;
const past = '2020-01-01';

beforeAll(async () => {
  // No demo data: the fields table starts empty and the import creates the fields.
  t = await openTestApp({ demo: false });
  const result = await loadCatalogue(t.database.db, smallCatalogue(), { effectiveFrom: past });
  expect(result).toMatchObject({
    created: 10,
    updated: 0,
    unchanged: 0,
    fieldsCreated: ['HT', 'CT', 'CUTRU'],
  });
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
interface Item {
  code: string;
  name: string;
  field: { code: string; name: string };
  timeLimit: unknown;
  score?: number;
}
const names = async (q: string) => {
  const res = await get(`/api/procedures?q=${encodeURIComponent(q)}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: Item[]; total: number }>().items.map((i) => i.name);
};

describe('GET /api/procedures', () => {
  it.each(['đăng ký khai sinh', 'dang ky khai sinh', 'dang ki khai sinh', 'khai sinh', 'Đăng ký khai sinh'])(
    '"%s" finds "Thủ tục đăng ký khai sinh" first',
    async (q) => {
      expect((await names(q))[0]).toBe('Thủ tục đăng ký khai sinh');
    },
  );

  it('returns the summary contract: code, name, field, levels, online level, same day, desk time limit, score', async () => {
    const res = await get('/api/procedures?q=1.004222');
    const body = res.json<{ items: Item[]; total: number }>();
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(body.items[0]).toEqual({
      code: '1.004222',
      name: 'Đăng ký thường trú',
      field: { code: 'CUTRU', name: 'Đăng ký, quản lý cư trú' },
      levels: ['commune'],
      onlineLevel: 'full',
      sameDay: false,
      timeLimit: { value: 7, unit: 'working_days' },
      score: 1000,
    });
  });

  it('lists without q by field then name in Vietnamese order, with paging and filters', async () => {
    const all = (await get('/api/procedures?limit=100')).json<{ items: Item[]; total: number }>();
    expect(all.total).toBe(10);
    expect(all.items.map((i) => i.field.code)).toEqual([
      ...Array<string>(2).fill('CT'),
      ...Array<string>(1).fill('CUTRU'),
      ...Array<string>(7).fill('HT'),
    ]);
    expect(all.items[0]!.score).toBeUndefined();
    const page = (await get('/api/procedures?limit=3&offset=3')).json<{ items: Item[]; total: number }>();
    expect(page.items.map((i) => i.code)).toEqual(all.items.slice(3, 6).map((i) => i.code));
    const ct = (await get('/api/procedures?field=CT')).json<{ total: number }>();
    expect(ct.total).toBe(2);
    const province = (await get('/api/procedures?level=province')).json<{ items: Item[] }>();
    expect(province.items.map((i) => i.code)).toEqual(['2.000635']);
    const nowhere = (await get('/api/procedures?unit=000.00.99.H56')).json<{ total: number }>();
    expect(nowhere.total).toBe(0);
  });

  it('answers bad parameters with 400 JSON, never 500', async () => {
    for (const url of [
      '/api/procedures?limit=0',
      '/api/procedures?limit=101',
      '/api/procedures?offset=-1',
      '/api/procedures?level=x',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
  });

  it('is cacheable: an ETag that answers 304, and Cache-Control', async () => {
    const res = await get('/api/procedures?q=khai+sinh');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^W\/"c\d+-\d{4}-\d{2}-\d{2}"$/);
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await get('/api/procedures?q=khai+sinh', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

describe('GET /api/procedures/{code}', () => {
  it('returns the whole record with documents and the version', async () => {
    const res = await get('/api/procedures/1.001193');
    expect(res.statusCode).toBe(200);
    const body = res.json<Record<string, unknown> & { documents: unknown[]; version: { no: number } }>();
    const record = fixtureRecord('1.001193');
    expect(body).toMatchObject({ code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: record.field });
    // Every document says whether it is needed only in some situations (null: always, in this fixture).
    expect(body.documents).toEqual(record.documents.map((d) => ({ ...d, condition: d.condition ?? null })));
    expect(body.documents[0]).toMatchObject({ name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0 });
    expect(body.version).toMatchObject({ no: 1, effectiveFrom: past });
    expect(res.headers.etag).toMatch(/^"[0-9a-f-]{36}"$/);
  });

  it('answers an unknown code with 404 PROCEDURE_NOT_FOUND in Vietnamese', async () => {
    for (const code of ['9.999999', 'nope', '%E2%9C%93', '1.001193%20x']) {
      const res = await get(`/api/procedures/${code}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.json()).toMatchObject({
        error: {
          code: 'PROCEDURE_NOT_FOUND',
          message: expect.stringContaining('Không tìm thấy thủ tục') as string,
        },
      });
    }
  });

  it('says 404 for a date before the procedure existed', async () => {
    const res = await get('/api/procedures/1.001193?at=2019-12-31');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_FOUND' } });
  });
});

describe('versions', () => {
  it('an edit makes a new version; ?at= an old date gives the old one; a stored version id keeps its content', async () => {
    const db = t.database.db;
    const before = await getVersionInForce(db, '1.000656');
    const edited = { ...fixtureRecord('1.000656'), name: 'Thủ tục đăng ký khai tử (sửa đổi)' };
    const today = todayInVietnam();
    const result = await db.transaction().execute((trx) =>
      reviseProcedure(trx, { actor: testAdmin() }, '1.000656', {
        record: edited,
        baseVersion: 1,
        effectiveFrom: today,
      }),
    );
    expect(result.version).toMatchObject({ no: 2, effectiveFrom: today });
    catalogueIndexFor(db).invalidate();

    const now = (await get('/api/procedures/1.000656')).json<{
      name: string;
      version: { no: number; id: string };
    }>();
    expect(now).toMatchObject({
      name: 'Thủ tục đăng ký khai tử (sửa đổi)',
      version: { no: 2, id: result.version.id },
    });
    const then = (await get('/api/procedures/1.000656?at=2024-06-01')).json<{
      name: string;
      version: { no: number };
    }>();
    expect(then).toMatchObject({ name: 'Thủ tục đăng ký khai tử', version: { no: 1 } });

    const stored = await getVersionById(db, before.id);
    expect(stored.record.name).toBe('Thủ tục đăng ký khai tử');
    expect(stored.no).toBe(1);

    const list = (await get('/api/procedures/1.000656/versions')).json<{
      items: { no: number; inForce: boolean }[];
    }>();
    expect(list.items.map((v) => [v.no, v.inForce])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await names('khai tu sua doi'))[0]).toBe('Thủ tục đăng ký khai tử (sửa đổi)');
  });

  it('a version effective in the future is not in force yet', async () => {
    const db = t.database.db;
    const edited = { ...fixtureRecord('2.000884'), keywords: ['ký chứng thực'] };
    await db.transaction().execute((trx) =>
      reviseProcedure(trx, { actor: testAdmin() }, '2.000884', {
        record: edited,
        baseVersion: 1,
        effectiveFrom: '2999-01-01',
      }),
    );
    catalogueIndexFor(db).invalidate();
    const now = (await get('/api/procedures/2.000884')).json<{
      keywords: string[];
      version: { no: number };
    }>();
    expect(now.version.no).toBe(1);
    const later = (await get('/api/procedures/2.000884?at=2999-01-02')).json<{ keywords: string[] }>();
    expect(later.keywords).toEqual(['ký chứng thực']);
  });

  it('versions cannot be changed in the database', async () => {
    await expect(
      t.database.db.updateTable('procedure_versions').set({ note: 'x' }).execute(),
    ).rejects.toThrow(/immutable/);
  });
});

describe('GET /api/fields', () => {
  it('lists fields created by the import, with counts of procedures in force', async () => {
    const res = await get('/api/fields');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { code: string; count: number }[] }>().items;
    expect(Object.fromEntries(items.map((f) => [f.code, f.count]))).toEqual({ CT: 2, CUTRU: 1, HT: 7 });
  });
});

describe('the index cache', () => {
  it('sees a write made through another instance at the next check, not before', async () => {
    const db = t.database.db;
    let now = new Date('2026-03-02T03:00:00Z');
    const other = new CatalogueIndexCache(db, { now: () => now });
    const before = await other.current();
    const edited = { ...fixtureRecord('1.004884'), keywords: ['khai sinh lại'] };
    await db
      .transaction()
      .execute((trx) =>
        reviseProcedure(trx, { actor: testAdmin() }, '1.004884', { record: edited, baseVersion: 1 }),
      );
    now = new Date(now.getTime() + 1900);
    expect(await other.current()).toBe(before);
    now = new Date(now.getTime() + 200);
    const after = await other.current();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.index).not.toBe(before.index);
  });

  it('rebuilds when the date in Vietnam (UTC+7) reaches an effective date', async () => {
    let now = new Date('2019-12-31T16:59:00Z'); // 23:59 on 31 December 2019 in Vietnam
    const cache = new CatalogueIndexCache(t.database.db, { checkEveryMs: 0, now: () => now });
    expect((await cache.current()).index.size).toBe(0);
    now = new Date('2019-12-31T17:00:00Z'); // midnight, 1 January 2020 in Vietnam: the import's effective date
    const s = await cache.current();
    expect(s.day).toBe('2020-01-01');
    expect(s.index.size).toBe(10);
  });
});

describe('OpenAPI', () => {
  it('documents every catalogue route with its response schema', async () => {
    const doc = (await get('/api/openapi.json')).json<{
      paths: Record<string, Record<string, { responses: Record<string, unknown>; tags: string[] }>>;
    }>();
    for (const [path, method] of [
      ['/api/procedures', 'get'],
      ['/api/procedures/{code}', 'get'],
      ['/api/procedures/{code}/versions', 'get'],
      ['/api/fields', 'get'],
      ['/api/admin/procedures', 'post'],
      ['/api/admin/procedures/{code}', 'put'],
      ['/api/admin/catalogue/import', 'post'],
      ['/api/admin/catalogue/export', 'get'],
    ] as const) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method} ${path}`).toBeDefined();
      expect(Object.keys(op!.responses).some((s) => s.startsWith('2'))).toBe(true);
    }
  });
});
