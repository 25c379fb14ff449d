import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { CatalogueFile, Level } from './record.js';
import {
  buildSearchIndex,
  catalogueEntry,
  levelsByUnitType,
  performs,
  searchCatalogue,
  type CatalogueEntry,
  type SearchQuery,
  withCodeDot,
} from './search.js';

const fixture = JSON.parse(
  fs.readFileSync(new URL('../../../test/fixtures/catalogue-small.json', import.meta.url), 'utf8'),
) as CatalogueFile;

/** Real national names that sit beside the plain procedures and compete with them in search. */
const decoys: [string, string, string][] = [
  ['1.001695', 'Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', 'HT'],
  ['1.000110', 'Thủ tục đăng ký khai sinh có yếu tố nước ngoài tại khu vực biên giới', 'HT'],
  ['1.004772', 'Thủ tục đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân', 'HT'],
  ['1.000419', 'Thủ tục đăng ký khai tử lưu động', 'HT'],
  ['1.000593', 'Thủ tục đăng ký kết hôn lưu động', 'HT'],
  ['2.000806', 'Thủ tục đăng ký kết hôn có yếu tố nước ngoài', 'HT'],
  ['1.004194', 'Đăng ký tạm trú', 'CUTRU'],
  ['1.003197', 'Xóa đăng ký thường trú', 'CUTRU'],
  ['2.001019', 'Chứng thực di chúc', 'CT'],
];

function entry(code: string, name: string, fieldCode: string, levels: Level[] = ['commune']): CatalogueEntry {
  return {
    code,
    name,
    field: {
      code: fieldCode,
      name: { HT: 'Hộ tịch', CT: 'Chứng thực', CUTRU: 'Đăng ký, quản lý cư trú' }[fieldCode]!,
    },
    fieldOrder: 0,
    levels,
    units: [],
    applicants: ['Công dân Việt Nam'],
    keywords: [],
    onlineLevel: 'none',
    sameDay: false,
    timeLimit: null,
    versionId: `v-${code}`,
    versionNo: 1,
  };
}

const entries = [
  ...fixture.procedures.map((r, i) => catalogueEntry(r, { versionId: `v${i}`, versionNo: 1 })),
  ...decoys.map(([code, name, field]) => entry(code, name, field)),
];
const index = buildSearchIndex(entries);
const search = (q: string, extra: Partial<SearchQuery> = {}) =>
  searchCatalogue(index, { q, limit: 20, offset: 0, ...extra });
const firstName = (q: string) => search(q).items[0]?.entry.name;

describe('catalogue search', () => {
  it.each([
    'đăng ký khai sinh',
    'Đăng ký khai sinh',
    'dang ky khai sinh',
    'dang ki khai sinh',
    'DANG KY KHAI SINH',
    'khai sinh',
    'thủ tục đăng ký khai sinh',
    'dang ky khai sihn',
    'dăng kí khai xinh',
    'dang ky khai s',
    'làm giấy khai sinh',
  ])('"%s" puts "Thủ tục đăng ký khai sinh" first', (q) => {
    expect(firstName(q)).toBe('Thủ tục đăng ký khai sinh');
  });

  it('finds by exact code first, and by code prefix', () => {
    expect(search('1.004222').items[0]?.entry.code).toBe('1.004222');
    expect(search('1.004222').items[0]?.score).toBe(1000);
    expect(search('2.0008').items.map((h) => h.entry.code)).toEqual(
      expect.arrayContaining(['2.000815', '2.000884']),
    );
  });

  it('ranks the plain procedure above its variants, then the variants', () => {
    const names = search('dang ky ket hon').items.map((h) => h.entry.name);
    expect(names[0]).toBe('Thủ tục đăng ký kết hôn');
    expect(names.slice(1, 3).sort()).toEqual([
      'Thủ tục đăng ký kết hôn có yếu tố nước ngoài',
      'Thủ tục đăng ký kết hôn lưu động',
    ]);
  });

  it('ranks words in the name above words only in keywords, field or applicants', () => {
    const hits = search('hộ khẩu').items;
    expect(hits[0]?.entry.code).toBe('1.004222');
    const ht = search('ho tich').items;
    // "Cấp bản sao Trích lục hộ tịch…" has the words in its name; the rest only in the field name.
    expect(ht[0]?.entry.code).toBe('2.000635');
    expect(ht.length).toBeGreaterThan(5);
  });

  it('tolerates one typo in words of four letters or more, but not in short words', () => {
    expect(firstName('chung thuc ban sao')).toMatch(/^Chứng thực bản sao từ bản chính/);
    expect(firstName('chnug thuc ban sao')).toMatch(/^Chứng thực bản sao từ bản chính/);
    expect(firstName('thuong tru')).toBe('Đăng ký thường trú');
    expect(firstName('thoung tru')).toBe('Đăng ký thường trú');
    expect(search('zzzz qqqq').total).toBe(0);
  });

  it('filters by field, level and unit', () => {
    expect(
      search('', { field: 'CT' })
        .items.map((h) => h.entry.code)
        .sort(),
    ).toEqual(['2.000815', '2.000884', '2.001019']);
    expect(search('khai sinh', { level: 'province' }).items.map((h) => h.entry.code)).toEqual(['2.000635']);
    expect(search('', { unit: { agencyId: '000.00.00.H56', levels: ['province'] } }).total).toBe(1);
  });

  it('browses without a query by field, then name in Vietnamese order, and pages', () => {
    const all = search('', { limit: 100 });
    expect(all.total).toBe(entries.length);
    expect(all.items.every((h) => h.score === undefined)).toBe(true);
    const fields = all.items.map((h) => h.entry.field.name);
    expect(fields[0]).toBe('Chứng thực');
    const ht = all.items.filter((h) => h.entry.field.code === 'HT').map((h) => h.entry.name);
    expect(ht[0]).toBe('Cấp bản sao Trích lục hộ tịch, bản sao Giấy khai sinh');
    const page = search('', { limit: 5, offset: 5 });
    expect(page.items.map((h) => h.entry.code)).toEqual(all.items.slice(5, 10).map((h) => h.entry.code));
  });

  it('survives any query text', () => {
    for (const q of ['', '   ', '!!!', '\u0000', '\ud800', 'a'.repeat(500), '1', 'đ', '🙂 khai sinh']) {
      expect(() => search(q)).not.toThrow();
    }
    expect(firstName('🙂 khai sinh')).toBe('Thủ tục đăng ký khai sinh');
  });
});

describe('withCodeDot', () => {
  it('reads a national code typed without its dot as the written code', () => {
    expect(withCodeDot('1001193')).toBe('1.001193');
    expect(withCodeDot('1.001193')).toBe('1.001193');
    expect(withCodeDot('100119')).toBe('100119');
    expect(withCodeDot('khai sinh')).toBe('khai sinh');
  });
});

describe('performs', () => {
  const commune = { agencyId: 'H56.10.02', levels: levelsByUnitType.commune! };
  const centre = { agencyId: '000.00.01.H56', levels: levelsByUnitType.service_centre! };
  it('reads the units a record names, else the levels the unit receives', () => {
    expect(performs({ levels: ['commune'] }, commune)).toBe(true);
    expect(performs({ levels: ['province'] }, commune)).toBe(false);
    // The provincial centre receives commune procedures too.
    expect(performs({ levels: ['commune'] }, centre)).toBe(true);
    expect(performs({ levels: ['commune'], units: ['H56.10.01'] }, commune)).toBe(false);
    expect(performs({ levels: ['province'], units: ['H56.10.02'] }, commune)).toBe(true);
    expect(performs({ levels: ['commune'], units: [] }, commune)).toBe(true);
  });
});
