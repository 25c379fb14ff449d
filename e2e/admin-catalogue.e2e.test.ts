/**
 * The catalogue administration in a real browser, at phone and desktop size: the province administrator finds the
 * birth registration (1.001193), changes a document's copies and adds a keyword, saves it as version 2, sees it in
 * the versions tab with what changed and on the public page; a server-side rule error lands next to its field; a
 * stale edit gets the "someone saved first" dialog; an import with errors lists every error and changes nothing;
 * a valid import is checked, then applied. axe-core must find no WCAG 2.1 AA violation on the list, edit, versions
 * and import pages.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { CatalogueFile, ProcedureRecord } from '../src/domain/catalogue/record.js';
import { axeViolations, newPage, onPage, screenshot, signIn, useJourney } from './harness.js';

let tmp: string;
const journey = useJourney(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-catalogue-e2e-'));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const BIRTH = '1.001193';

/** Calls the API as the logged-in browser (its session cookie and CSRF token). */
async function apiAs(context: BrowserContext, method: 'GET' | 'PUT' | 'POST', url: string, data?: unknown) {
  const csrf = (await context.cookies()).find((c) => c.name === 'motcua_csrf')?.value ?? '';
  const res = await context.request.fetch(journey.server.url + url, {
    method,
    headers: { 'x-csrf-token': decodeURIComponent(csrf) },
    ...(data !== undefined ? { data } : {}),
  });
  return { status: res.status(), body: (await res.json()) as Record<string, unknown> };
}

async function versionNumbers(code: string): Promise<number[]> {
  const res = await fetch(`${journey.server.url}/api/procedures/${code}/versions`);
  return ((await res.json()) as { items: { no: number }[] }).items.map((v) => v.no);
}

async function noViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

describe.each(['phone', 'desktop'] as const)('catalogue list at %s size', (size) => {
  it('searches without diacritics, filters by field and level, links to the edit and public pages', () =>
    onPage(journey, { size, as: 'admin.tinh', path: '/quan-tri/thu-tuc' }, async (page) => {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Thủ tục hành chính', level: 1 }).isVisible())
        .toBe(true);
      await expect
        .poll(() =>
          page
            .getByText(/\d+ thủ tục/)
            .first()
            .textContent(),
        )
        .toMatch(/^5\d thủ tục$/);
      await expect.poll(() => page.getByText('Phiên bản 1 · từ').count()).toBeGreaterThan(0);
      await noViolations(page);
      await screenshot(page, `admin-catalogue-list-${size}`);

      await page.getByLabel('Tìm theo tên, mã hoặc từ khóa').fill('dang ky khai sinh');
      await page.getByLabel('Tìm theo tên, mã hoặc từ khóa').press('Enter');
      const first = page.locator('.ant-table-row').first();
      await expect.poll(() => first.textContent()).toContain('Đăng ký khai sinh');
      expect(page.url()).toContain('q=dang+ky+khai+sinh');
      await expect
        .poll(() => first.getByRole('link', { name: /Trang công khai/ }).getAttribute('href'))
        .toBe(`/thu-tuc/${BIRTH}`);

      await page.getByLabel('Tìm theo tên, mã hoặc từ khóa').fill('');
      await page.getByLabel('Tìm theo tên, mã hoặc từ khóa').press('Enter');
      await page.getByLabel('Lọc theo lĩnh vực').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Chứng thực' })
        .click();
      await expect.poll(() => page.url()).toContain('linh-vuc=CT');
      await page.getByLabel('Lọc theo cấp thực hiện').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Cấp xã' })
        .click();
      await expect.poll(() => page.url()).toContain('cap=commune');
      await expect.poll(() => page.locator('.ant-table-row').count()).toBeGreaterThan(0);
      const rows = await page.locator('.ant-table-row').allTextContents();
      expect(rows.every((r) => r.includes('Chứng thực') || r.includes('chứng thực'))).toBe(true);
      await screenshot(page, `admin-catalogue-list-filtered-${size}`);

      await page.locator('.ant-table-row').first().getByRole('link').first().click();
      await page.waitForURL(/\/quan-tri\/thu-tuc\/[0-9.]+$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Thủ tục /);
    }));
});

async function pick(page: Page, scope: Page | ReturnType<Page['locator']>, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

const today = () => {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [y, m, d] = parts.split('-');
  return `${d}/${m}/${y}`;
};

describe('editing the birth registration at desktop size', () => {
  // One page through the whole journey; each step is its own test so that each has its own time budget.
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage(journey.browser, 'desktop'));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('opens the latest version with every part of the record', async () => {
    await signIn(page, journey.server, 'admin.tinh', `/quan-tri/thu-tuc/${BIRTH}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Thủ tục ${BIRTH}Đăng ký khai sinh`);
    await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 1').isVisible()).toBe(true);
    expect(await page.getByLabel('Tên thủ tục').inputValue()).toBe('Đăng ký khai sinh');
    // Eight papers: the witness statement that replaces the birth certificate is one, needed only when asked.
    expect(await page.getByRole('group', { name: /^Giấy tờ \d+:/ }).count()).toBe(8);
    expect(await page.getByRole('group', { name: /^Văn bản \d+$/ }).count()).toBe(15);
    expect(
      await page
        .getByRole('group', { name: 'Cách thức 2: Trực tuyến' })
        .getByLabel('Thời hạn giải quyết')
        .inputValue(),
    ).toBe('1');
    await noViolations(page);
    await screenshot(page, 'admin-catalogue-edit-desktop');
  });

  it('puts an error only the server finds next to its field, and saves nothing', async () => {
    // A same-day procedure needs a same-day desk channel.
    const desk = page.getByRole('group', { name: 'Cách thức 1: Trực tiếp' });
    await pick(page, desk, 'Đơn vị thời hạn', 'ngày làm việc');
    await desk.getByLabel('Thời hạn giải quyết').fill('3');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    const sameDayItem = page.locator('.ant-form-item', {
      has: page.getByRole('checkbox', { name: /Giải quyết trong ngày/ }),
    });
    await expect
      .poll(() => sameDayItem.locator('.ant-form-item-explain').textContent())
      .toContain('Thủ tục giải quyết trong ngày phải có thời hạn trực tiếp');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Đặc điểm');
    await noViolations(page);
    await screenshot(page, 'admin-catalogue-edit-server-error-desktop');
    expect(await versionNumbers(BIRTH)).toEqual([1]);
    await pick(page, desk, 'Đơn vị thời hạn', 'trong ngày');
  });

  it('saves one more copy of the birth certificate and a keyword as version 2', async () => {
    const certificate = page.getByRole('group', { name: 'Giấy tờ 2: Giấy chứng sinh' });
    await certificate.getByLabel('Số bản sao').fill('1');
    await page.getByLabel('Từ khóa tìm kiếm').fill('khai sinh lại');
    await page.getByLabel('Từ khóa tìm kiếm').press('Enter');
    await expect.poll(() => page.getByText('khai sinh lại', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Hiệu lực từ ngày').inputValue()).toBe(today());
    await page.getByLabel('Ghi chú phiên bản').fill('Thêm bản sao Giấy chứng sinh');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await expect
      .poll(() => page.getByText(/Đã lưu phiên bản 2 của thủ tục 1\.001193/).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 2').isVisible()).toBe(true);
    expect(await versionNumbers(BIRTH)).toEqual([1, 2]);
  });

  it('lists version 2 with who saved it, and shows version 1 read-only with what changed', async () => {
    await page.getByRole('tab', { name: 'Các phiên bản (2)' }).click();
    await page.waitForURL(/\/phien-ban$/);
    const v2 = page.locator('.ant-table-row', { hasText: 'Phiên bản 2' });
    await expect.poll(() => v2.textContent()).toContain('Thêm bản sao Giấy chứng sinh');
    expect(await v2.textContent()).toContain('Nguyễn Văn Hùng');
    expect(await v2.textContent()).toContain('Đang áp dụng');
    await page.getByRole('link', { name: 'Phiên bản 1' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Phiên bản 1 (chỉ xem)' }).isVisible())
      .toBe(true);
    const diff = page.locator('table.cat-diff');
    await expect.poll(() => diff.textContent()).toContain('sửa «Giấy chứng sinh» (số bản sao 0 → 1)');
    expect(await diff.textContent()).toContain('thêm «khai sinh lại»');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await noViolations(page);
    await screenshot(page, 'admin-catalogue-versions-desktop');
  });

  it('shows the change on the public page at once', async () => {
    const pub = await context.newPage();
    await pub.goto(`${journey.server.url}/thu-tuc/${BIRTH}`);
    await expect.poll(() => pub.getByText('1 bản chính, 1 bản sao').count()).toBe(1);
    await pub.close();
  });

  it('explains that someone else saved first, changes nothing, and reloads the latest version', async () => {
    await page.getByRole('tab', { name: 'Nội dung' }).click();
    const current = await apiAs(context, 'GET', `/api/admin/procedures/${BIRTH}`);
    const record = current.body.record as ProcedureRecord;
    const other = await apiAs(context, 'PUT', `/api/admin/procedures/${BIRTH}`, {
      record: { ...record, keywords: [...record.keywords, 'khai sinh muộn'] },
      baseVersion: 2,
      note: 'Sửa từ nơi khác',
    });
    expect(other.status).toBe(200);
    await page.getByLabel('Ghi chú phiên bản').fill('Sửa tên');
    await page.getByLabel('Tên thủ tục').fill('Đăng ký khai sinh (sửa)');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đã có người lưu trước bạn' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.textContent()).toContain('chưa được lưu');
    expect(await versionNumbers(BIRTH)).toEqual([1, 2, 3]);
    await noViolations(page);
    await screenshot(page, 'admin-catalogue-conflict-desktop');
    await dialog.getByRole('button', { name: 'Tải lại phiên bản mới nhất' }).click();
    await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 3').isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('Tên thủ tục').inputValue()).toBe('Đăng ký khai sinh');
    await expect.poll(() => page.getByText('khai sinh muộn', { exact: true }).count()).toBe(1);
  });
});

describe('adding a procedure at desktop size', () => {
  it('creates version 1 from the list, then refuses the same code again next to the code field', async () => {
    const { context, page } = await newPage(journey.browser, 'desktop');
    const code = '9.000001.H56';
    const fill = async () => {
      await page.getByLabel('Mã thủ tục').fill(code);
      await page.getByLabel('Tên thủ tục').fill('Xác nhận thử nghiệm của xã');
      await pick(page, page, 'Lĩnh vực', 'Hộ tịch');
      await page.getByRole('textbox', { name: /Bước 1$/ }).fill('Nộp hồ sơ tại Bộ phận Một cửa.');
      await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
      await page
        .getByRole('group', { name: /^Giấy tờ 1/ })
        .getByLabel('Tên giấy tờ')
        .fill('Tờ khai');
    };
    try {
      await signIn(page, journey.server, 'admin.tinh', '/quan-tri/thu-tuc');
      await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
      await page.waitForURL(/\/quan-tri\/thu-tuc\/them$/);
      await page.getByRole('button', { name: 'Lưu thủ tục (phiên bản 1)' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Mã thủ tục');
      await fill();
      await page.getByRole('button', { name: 'Lưu thủ tục (phiên bản 1)' }).click();
      await page.waitForURL(new RegExp(`/quan-tri/thu-tuc/${code.replace(/\./g, '\\.')}$`));
      await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 1').isVisible()).toBe(true);
      const shown = (await (
        await fetch(`${journey.server.url}/api/procedures/${code}`)
      ).json()) as ProcedureRecord;
      expect(shown).toMatchObject({
        name: 'Xác nhận thử nghiệm của xã',
        field: { code: 'HT', name: 'Hộ tịch' },
      });
      expect(shown.documents).toEqual([
        { name: 'Tờ khai', kind: 'submit', originals: 1, copies: 0, condition: null },
      ]);

      // The list shows it at once (search without diacritics).
      await page.getByRole('link', { name: 'Danh sách thủ tục' }).click();
      await page.getByLabel('Tìm theo tên, mã hoặc từ khóa').fill('xac nhan thu nghiem');
      await page.getByLabel('Tìm theo tên, mã hoặc từ khóa').press('Enter');
      const row = page.locator('.ant-table-row').first();
      await expect.poll(() => row.textContent()).toContain(code);
      await expect.poll(() => row.textContent()).toContain('Phiên bản 1 · từ ' + today());

      await page.getByRole('button', { name: 'Thêm thủ tục' }).click();
      await page.waitForURL(/\/quan-tri\/thu-tuc\/them$/);
      await fill();
      await page.getByRole('button', { name: 'Lưu thủ tục (phiên bản 1)' }).click();
      const codeItem = page.locator('.ant-form-item', { has: page.getByLabel('Mã thủ tục') });
      await expect
        .poll(() => codeItem.locator('.ant-form-item-explain').textContent())
        .toContain('đã có trong danh mục');
    } finally {
      await context.close();
    }
  });
});

describe('editing on a phone', () => {
  it('reorders, changes and adds documents, and sees the new version with what changed', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    const code = '1.000894';
    try {
      await signIn(page, journey.server, 'admin.tinh', `/quan-tri/thu-tuc/${code}`);
      await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 1').isVisible()).toBe(true);
      await noViolations(page);
      await screenshot(page, 'admin-catalogue-edit-phone');

      // By keyboard: focus the arrow button and press Enter.
      await page.getByRole('button', { name: 'Chuyển giấy tờ 3 lên' }).focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('group', { name: 'Giấy tờ 2: Giấy tờ chứng minh nơi cư trú' }).count())
        .toBe(1);
      await page
        .getByRole('group', { name: /^Giấy tờ 1: / })
        .getByLabel('Số bản sao')
        .fill('2');
      // A fee in VND, shown with thousands separators.
      const fee = page
        .getByRole('group', { name: 'Khoản phí 1 của cách thức 1' })
        .getByLabel('Số tiền (VND)');
      await fee.fill('1250000');
      await fee.blur();
      expect(await fee.inputValue()).toBe('1.250.000');
      await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
      const added = page.getByRole('group', { name: /^Giấy tờ 4/ });
      await added.getByLabel('Tên giấy tờ').fill('Giấy xác nhận tình trạng hôn nhân');
      await added.getByLabel('Xuất trình').check();
      await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
      await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 2').isVisible()).toBe(true);

      await page.getByRole('tab', { name: 'Các phiên bản (2)' }).click();
      await page.getByRole('link', { name: 'Phiên bản 1' }).click();
      const diff = page.locator('table.cat-diff');
      await expect.poll(() => diff.textContent()).toContain('thêm «Giấy xác nhận tình trạng hôn nhân»');
      expect(await diff.textContent()).toContain('số bản sao 0 → 2');
      expect(await diff.textContent()).toContain('đổi thứ tự');
      await noViolations(page);
      await screenshot(page, 'admin-catalogue-versions-phone');

      const shown = (await (
        await fetch(`${journey.server.url}/api/procedures/${code}`)
      ).json()) as ProcedureRecord;
      expect(shown.documents.map((d) => d.name.slice(0, 29))).toEqual([
        'Tờ khai đăng ký kết hôn (theo',
        'Giấy tờ chứng minh nơi cư trú',
        'Giấy tờ tùy thân: hộ chiếu, t',
        'Giấy xác nhận tình trạng hôn ',
      ]);
      expect(shown.documents[3]).toMatchObject({ kind: 'present', originals: 1, copies: 0 });
      expect(shown.channels.find((c) => c.kind === 'desk')?.fees[0]?.amount).toBe(1_250_000);
    } finally {
      await context.close();
    }
  });
});

async function exportFile(context: BrowserContext): Promise<CatalogueFile> {
  const res = await context.request.get(`${journey.server.url}/api/admin/catalogue/export`);
  expect(res.status()).toBe(200);
  return (await res.json()) as CatalogueFile;
}

describe.each(['phone', 'desktop'] as const)('importing at %s size', (size) => {
  it('lists every error of a bad file and changes nothing', () =>
    onPage(journey, { size, as: 'admin.tinh', path: '/quan-tri/thu-tuc/nhap' }, async (page, context) => {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Nhập / xuất danh mục thủ tục', level: 1 }).isVisible())
        .toBe(true);
      await noViolations(page);
      await screenshot(page, `admin-catalogue-import-${size}`);

      const before = await exportFile(context);
      const bad = structuredClone(before) as CatalogueFile & { procedures: Record<string, unknown>[] };
      const p = bad.procedures as unknown as ProcedureRecord[];
      (p[0]!.documents[0] as unknown as Record<string, unknown>).originals = -1;
      p[3]!.field = { code: 'sai ma', name: 'Sai' };
      p[7]!.channels[0]!.timeLimit = { value: 5, unit: 'same_day' };
      p[9]!.name = '';
      const file = path.join(tmp, `bad-${size}.json`);
      fs.writeFileSync(file, JSON.stringify(bad));
      const expected = await apiAs(context, 'POST', '/api/admin/catalogue/import?dryRun=true', bad);
      expect(expected.status).toBe(400);
      const fields = (expected.body.error as { fields: unknown[] }).fields;
      expect(fields.length).toBeGreaterThanOrEqual(4);

      await page.getByLabel('Chọn tệp danh mục (.json)').setInputFiles(file);
      const table = page.locator('.cat-error-table');
      await expect.poll(() => table.locator('tbody tr').count()).toBe(fields.length);
      const text = (await table.textContent()) ?? '';
      for (const q of [p[0]!, p[3]!, p[7]!, p[9]!]) expect(text).toContain(q.code);
      expect(text).toContain('Thành phần hồ sơ, giấy tờ 1documents[0].originals');
      expect(text).toContain(`Các lỗi trong tệp (${fields.length})`);
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toContain('chưa nhập thủ tục nào');
      expect(await page.getByRole('button', { name: 'Nhập', exact: true }).isDisabled()).toBe(true);
      await noViolations(page);
      await screenshot(page, `admin-catalogue-import-errors-${size}`);

      expect(await exportFile(context)).toMatchObject({ procedures: before.procedures });
    }));
});

describe('importing a valid file and exporting at desktop size', () => {
  it('checks first, shows the counts, then imports; the export button downloads the catalogue', () =>
    onPage(journey, { as: 'admin.tinh', path: '/quan-tri/thu-tuc/nhap' }, async (page) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Tải tệp danh mục/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^motcua-catalogue-\d{4}-\d{2}-\d{2}\.json$/);
      const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as CatalogueFile;
      expect(file.format).toBe('motcua.catalogue');

      const target = file.procedures.find((p) => p.code === '1.000656')!;
      target.keywords = [...target.keywords, 'báo tử'];
      const changed = path.join(tmp, 'changed.json');
      fs.writeFileSync(changed, JSON.stringify(file));
      await page.getByLabel('Chọn tệp danh mục (.json)').setInputFiles(changed);
      const result = page.locator('.cat-import-result');
      await expect.poll(() => result.textContent()).toContain('Tệp hợp lệ');
      expect(await result.textContent()).toContain('Thủ tục có phiên bản mới: 1.000656');
      expect(await result.locator('.cat-counts dd').allTextContents()).toEqual([
        '0',
        '1',
        String(file.procedures.length - 1),
      ]);
      expect(await versionNumbers('1.000656')).toEqual([1]);
      await screenshot(page, 'admin-catalogue-import-checked-desktop');

      await page.getByRole('button', { name: 'Nhập', exact: true }).click();
      await expect.poll(() => result.textContent()).toContain('Đã nhập danh mục');
      expect(await versionNumbers('1.000656')).toEqual([1, 2]);
      expect(await page.getByRole('button', { name: 'Nhập', exact: true }).isDisabled()).toBe(true);
      await noViolations(page);
    }));
});
