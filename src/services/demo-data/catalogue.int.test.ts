import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app.js';
import { openTestApp } from '../../../test/app.js';
import { checkCatalogueFile } from '../../domain/catalogue/validate.js';
import { DEMO_CATALOGUE_EFFECTIVE_FROM, demoCatalogue } from './catalogue.js';

describe('demo catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ demo: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is a valid catalogue file of real national codes, names without "Thủ tục", keywords and flags', () => {
    const file = demoCatalogue();
    expect(checkCatalogueFile(file).ok).toBe(true);
    for (const p of file.procedures) {
      expect(p.code).toMatch(/^[1-3]\.\d{6}$/);
      expect(p.name).not.toMatch(/^Thủ tục /);
      expect(p.keywords.length).toBeGreaterThan(0);
      expect(p.documents.length).toBeGreaterThan(0);
      // Online the catalogue records the legal base fee (the desk's); the fee policies compute what is payable.
      const desk = p.channels.find((ch) => ch.kind === 'desk') ?? p.channels.find((ch) => ch.kind === 'post');
      for (const c of p.channels.filter((ch) => ch.kind === 'online')) {
        expect(c.fees).toEqual(desk?.fees ?? []);
        expect(JSON.stringify(c.fees)).not.toContain('12/2025');
      }
    }
    const byCode = new Map(file.procedures.map((p) => [p.code, p]));
    for (const code of ['2.000815', '2.000884', '2.000635'])
      expect(byCode.get(code)?.flags.sameDay).toBe(true);
    expect(byCode.get('1.013831')?.flags.interAgency).toBe(true);
  });

  it('is loaded into the demo database: at least 45 procedures in at least 7 fields', async () => {
    const { db } = t.database;
    const procedures = await db.selectFrom('procedures').select(['code', 'field_code']).execute();
    const demoCodes = demoCatalogue().procedures.map((p) => p.code);
    expect(procedures.map((p) => p.code)).toEqual(expect.arrayContaining(demoCodes));
    expect(procedures.length).toBeGreaterThanOrEqual(45);
    expect(new Set(procedures.map((p) => p.field_code)).size).toBeGreaterThanOrEqual(7);
    const versions = await db
      .selectFrom('procedure_versions')
      .select(['effective_from'])
      .where('version_no', '=', 1)
      .execute();
    expect(versions.length).toBe(procedures.length);
    const fieldCodes = await db.selectFrom('fields').select('code').execute();
    expect(fieldCodes.map((f) => f.code)).toEqual(
      expect.arrayContaining(['HT', 'CT', 'DD', 'HKD', 'LDTBXH', 'XD', 'NN', 'TNMT']),
    );
    expect(DEMO_CATALOGUE_EFFECTIVE_FROM).toBe('2025-07-01');
  });

  it('serves 1.001193 birth registration with its documents, channels and fees', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/procedures/1.001193' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      code: string;
      name: string;
      field: { code: string };
      documents: { name: string; originals: number; copies: number; kind: string }[];
      channels: { kind: string; timeLimit: { unit: string; value: number }; fees: { amount: number }[] }[];
    }>();
    expect(body.name).toBe('Đăng ký khai sinh');
    expect(body.field.code).toBe('HT');
    expect(body.documents.map((d) => [d.name, d.originals, d.copies, d.kind])).toEqual(
      expect.arrayContaining([
        ['Tờ khai đăng ký khai sinh (theo mẫu)', 1, 0, 'submit'],
        ['Giấy chứng sinh', 1, 0, 'submit'],
        [expect.stringMatching(/^Giấy tờ tùy thân/), 1, 0, 'present'],
      ]),
    );
    expect(body.channels.map((c) => [c.kind, c.timeLimit.unit, c.fees[0]?.amount])).toEqual([
      ['desk', 'same_day', 0],
      ['online', 'working_days', 0],
      ['post', 'same_day', 0],
    ]);
  });

  it('is found by what people type', async () => {
    for (const [q, code] of [
      ['lam giay khai sinh', '1.001193'],
      ['lam so do', '1.013978'],
      ['sang ten so do', '1.013831'],
      ['cong chung', '2.000815'],
      ['ho ngheo', '1.011607'],
      ['dang ky kinh doanh', '1.001612'],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/procedures?q=${encodeURIComponent(q)}` });
      expect(res.statusCode).toBe(200);
      const codes = res.json<{ items: { code: string }[] }>().items.map((i) => i.code);
      expect(codes.slice(0, 5), q).toContain(code);
    }
  });
});
