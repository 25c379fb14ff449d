import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../../test/app.js';
import { loadCatalogue } from '../../../test/catalogue.js';
import { isPdf, pdfFlatText, pdfPageSizes } from '../../adapters/pdf/pdf-test-utils.js';

let t: TestApp;

beforeAll(async () => {
  t = await openTestApp({ demo: false, env: { PUBLIC_URL: 'https://motcua.example.vn' } });
  await loadCatalogue(t.database.db, undefined, { effectiveFrom: '2020-01-01' });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('GET /api/procedures/{code}/checklist.pdf', () => {
  it('is an A4 PDF with the procedure name, documents and code, diacritics intact', async () => {
    const res = await get('/api/procedures/1.001193/checklist.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('giay-to-can-mang-theo-1.001193.pdf');
    const pdf = res.rawPayload;
    expect(isPdf(pdf)).toBe(true);
    const sizes = pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(1);
    for (const [w, h] of sizes) {
      expect(w).toBeCloseTo(595.28, 1);
      expect(h).toBeCloseTo(841.89, 1);
    }
    const text = pdfFlatText(pdf);
    expect(text).toContain('Thủ tục đăng ký khai sinh');
    expect(text).toContain('Mã thủ tục: 1.001193');
    expect(text).toContain('Lĩnh vực: Hộ tịch');
    expect(text).toContain('Giấy chứng sinh; trường hợp không có Giấy chứng sinh');
    expect(text).toContain('Tờ khai đăng ký khai sinh (mẫu ban hành kèm Thông tư số 04/2024/TT-BTP)');
    expect(text).toContain('https://motcua.example.vn/thu-tuc/1.001193');
    expect(text).toMatch(/phiên bản 1 áp dụng từ 01\/01\/2020/);
    // No demo data in this database: no sample mark; no unit either, so the hours are where to read them.
    expect(text).not.toContain('DỮ LIỆU MẪU');
    expect(text).toContain('Xem giờ phục vụ tại https://motcua.example.vn/gio-phuc-vu');
  });

  it('narrows to one case, and refuses a case the procedure does not have', async () => {
    const detail = await get('/api/procedures/1.004222');
    const cases = detail.json<{ cases: string[] }>().cases;
    expect(cases.length).toBeGreaterThan(1);
    const [first, second] = cases as [string, string];
    const res = await get(`/api/procedures/1.004222/checklist.pdf?case=${encodeURIComponent(first)}`);
    expect(res.statusCode).toBe(200);
    const text = pdfFlatText(res.rawPayload);
    expect(text).toContain(`Trường hợp: ${first}`);
    expect(text).not.toContain(`Trường hợp: ${second}`);

    const bad = await get('/api/procedures/1.004222/checklist.pdf?case=Kh%C3%B4ng%20c%C3%B3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'UNKNOWN_CASE' } });
  });

  it('answers an unknown code with a JSON 404', async () => {
    const res = await get('/api/procedures/9.999999/checklist.pdf');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toMatchObject({ error: { code: 'PROCEDURE_NOT_FOUND' } });
  });

  it('marks every page as sample data once demo data is loaded', async () => {
    await t.database.db
      .insertInto('app_meta')
      .values({ key: 'demo_loaded', value: JSON.stringify({ at: new Date().toISOString() }) })
      .execute();
    try {
      const site = await get('/api/portal/site');
      expect(site.json()).toMatchObject({ sampleData: true, publicUrl: 'https://motcua.example.vn' });
      const text = pdfFlatText((await get('/api/procedures/1.001193/checklist.pdf')).rawPayload);
      expect(text).toContain('DỮ LIỆU MẪU');
    } finally {
      await t.database.db.deleteFrom('app_meta').where('key', '=', 'demo_loaded').execute();
    }
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json<{ paths: Record<string, unknown> }>();
    expect(doc.paths).toHaveProperty(['/api/procedures/{code}/checklist.pdf']);
    expect(doc.paths).toHaveProperty(['/api/portal/site']);
  });
});

describe('GET /api/portal/site', () => {
  it('names the centre and its hotline, and says the data is not a sample without demo data', async () => {
    const res = await get('/api/portal/site');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      centre: {
        agencyId: '000.00.01.H56',
        name: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa',
        parent: 'UBND tỉnh Thanh Hóa',
        hotline: '02373 900 900',
      },
      sampleData: false,
      publicUrl: 'https://motcua.example.vn',
    });
  });
});
