import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { CatalogueFile, ProcedureRecord } from './record.js';
import { checkCatalogueFile, checkRecord } from './validate.js';
import { sameRecord } from './compare.js';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../../test/fixtures/catalogue-small.json', import.meta.url), 'utf8'),
) as CatalogueFile;
const byCode = (code: string) => structuredClone(fixture.procedures.find((p) => p.code === code)!);

function issuesOf(input: unknown, base = '') {
  const r = checkRecord(input, base);
  return r.ok ? [] : r.issues;
}

describe('checkRecord', () => {
  it('accepts every record of the fixture catalogue', () => {
    for (const p of fixture.procedures) expect(issuesOf(p), p.code).toEqual([]);
  });

  it('reports schema errors with bracketed paths and Vietnamese messages', () => {
    const r = byCode('1.001193') as unknown as Record<string, unknown> & ProcedureRecord;
    (r.documents[0] as unknown as Record<string, unknown>).originals = -1;
    (r.channels[0]!.timeLimit as unknown as Record<string, unknown>).unit = 'weeks';
    delete (r as Partial<ProcedureRecord>).name;
    const issues = issuesOf(r, 'record');
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'record.documents[0].originals', message: 'Số bản chính phải ≥ 0' },
        {
          field: 'record.channels[0].timeLimit.unit',
          message: expect.stringContaining('working_days, working_hours, calendar_days, same_day') as string,
        },
        { field: 'record.name', message: 'Thiếu tên (name)' },
      ]),
    );
  });

  it('requires every document case to be one of the cases', () => {
    const r = byCode('1.004222');
    r.documents[2]!.case = 'Trường hợp không có';
    expect(issuesOf(r)).toEqual([
      {
        field: 'documents[2].case',
        message: 'Trường hợp "Trường hợp không có" không có trong danh sách trường hợp (cases)',
      },
    ]);
  });

  it('requires unique channel kinds, same-day ⇒ 0 and other limits > 0', () => {
    const r = byCode('1.001193');
    r.channels[1]!.kind = 'desk';
    r.channels[0]!.timeLimit.value = 2;
    r.channels[2]!.timeLimit.value = 0;
    const fields = issuesOf(r).map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'channels[1].kind',
        'channels[0].timeLimit.value',
        'channels[2].timeLimit.value',
      ]),
    );
  });

  it('checks related codes, agency ids, levels, online level and the same-day flag', () => {
    const r = byCode('1.003583');
    r.related = ['1.001193', 'not a code!', '1.003583', '1.001193'];
    r.units = ['000.00.06.H56', 'xã Đông Tiến'];
    r.levels = ['commune', 'commune'];
    r.onlineLevel = 'full';
    r.flags.sameDay = true;
    expect(issuesOf(r).map((i) => i.field)).toEqual(
      expect.arrayContaining([
        'related[1]',
        'related[2]',
        'related[3]',
        'units[1]',
        'levels[1]',
        'onlineLevel',
        'flags.sameDay',
      ]),
    );
  });

  it('refuses text PostgreSQL cannot store (NUL, lone surrogates)', () => {
    const r = byCode('2.000884');
    r.steps[0] = 'a\u0000b';
    r.keywords = ['\ud800'];
    expect(
      issuesOf(r)
        .map((i) => i.field)
        .sort(),
    ).toEqual(['keywords[0]', 'steps[0]']);
  });

  it('drops properties the format does not know', () => {
    const r = { ...byCode('2.000884'), colour: 'blue' };
    const result = checkRecord(r);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toHaveProperty('colour');
      expect(sameRecord(result.value, byCode('2.000884'))).toBe(true);
    }
  });
});

describe('checkCatalogueFile', () => {
  it('lists every error of every record, naming the code, and duplicate codes', () => {
    const file = structuredClone(fixture) as unknown as { procedures: Record<string, unknown>[] };
    const p = file.procedures as unknown as ProcedureRecord[];
    (p[1]!.documents[0] as unknown as Record<string, unknown>).originals = 'two';
    p[1]!.channels[0]!.kind = 'online';
    p[4]!.related = ['??'];
    p[6]!.code = p[0]!.code;
    const result = checkCatalogueFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          field: 'procedures[1].documents[0].originals',
          message: 'Thủ tục 2.000528: Số bản chính phải là số nguyên',
        },
        {
          field: 'procedures[1].channels[1].kind',
          message: 'Thủ tục 2.000528: Kênh "online" bị khai báo hai lần',
        },
        {
          field: 'procedures[4].related[0]',
          message: expect.stringMatching(/^Thủ tục 1\.000894: Mã thủ tục liên quan "\?\?"/) as string,
        },
        { field: 'procedures[6].code', message: 'Thủ tục 1.001193: mã trùng với procedures[0]' },
      ]),
    );
    expect(result.issues).toHaveLength(4);
  });

  it('checks the header', () => {
    const result = checkCatalogueFile({ format: 'other', version: 4, procedures: {} });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((i) => i.field).sort()).toEqual(['format', 'procedures', 'version']);
    expect(checkCatalogueFile('nonsense').ok).toBe(false);
  });

  it('accepts the fixture file', () => {
    const result = checkCatalogueFile(fixture);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.procedures).toHaveLength(fixture.procedures.length);
  });
});
