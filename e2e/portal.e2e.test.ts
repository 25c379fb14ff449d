/**
 * The citizen journey in a real browser on the demo data: search without diacritics at phone size, open the
 * procedure, read the documents to bring, download the PDF, open the print view with its QR code; keyboard-only
 * use; no axe-core WCAG 2.1 AA violation on the portal pages at phone and desktop size.
 */
import { spawnSync } from 'node:child_process';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { popularProcedures } from '../web/src/portal/popular.js';
import { axeViolations, newPage, onPage, screenshot, useJourney } from './harness.js';

const journey = useJourney();

const BIRTH = '1.001193';
interface Field {
  code: string;
  name: string;
  count: number;
}
const BIRTH_NAME = /^(Thủ tục )?đăng ký khai sinh$/i;

function pdfText(pdf: Buffer): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf });
  if (r.status !== 0) throw new Error('pdftotext failed: ' + r.stderr.toString());
  return r.stdout.toString('utf8').replace(/\s+/g, ' ');
}

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

async function focusedIs(page: Page, selector: string) {
  return page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);
}

describe('citizen portal at phone size', () => {
  it('finds "Đăng ký khai sinh" from "dang ky khai sinh", shows its checklist, and downloads the PDF', () =>
    onPage(journey, { size: 'phone', path: '/' }, async (page) => {
      await expect.poll(() => page.title()).toContain('Tra cứu thủ tục hành chính');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Bạn cần làm thủ tục gì?');
      await expect.poll(() => page.getByText('02373 900 900').first().isVisible()).toBe(true);
      await expect.poll(() => page.getByRole('note').textContent()).toContain('Dữ liệu mẫu');
      await screenshot(page, 'portal-phone-home');

      await page.getByRole('searchbox', { name: 'Bạn cần làm thủ tục gì?' }).fill('dang ky khai sinh');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/thu-tuc\?q=dang\+ky\+khai\+sinh$/);
      const first = page.locator('.result-list > li h2 a').first();
      await expect.poll(() => first.textContent()).toMatch(BIRTH_NAME);
      expect(await first.getAttribute('href')).toBe(`/thu-tuc/${BIRTH}`);
      // The query stays in the search box and in the URL (a reload shows the same results).
      expect(await page.getByRole('searchbox').inputValue()).toBe('dang ky khai sinh');
      await page.reload();
      await expect.poll(() => first.textContent()).toMatch(BIRTH_NAME);
      await screenshot(page, 'portal-phone-results');

      await first.click();
      await page.waitForURL(new RegExp(`/thu-tuc/${BIRTH.replace('.', '\\.')}$`));
      await expect.poll(() => page.locator('h1').textContent()).toMatch(BIRTH_NAME);
      const checklist = page.locator('section', {
        has: page.getByRole('heading', { name: 'Giấy tờ cần mang theo' }),
      });
      await expect.poll(() => checklist.textContent()).toContain('Giấy chứng sinh');
      expect(await checklist.textContent()).toContain('Giấy tờ phải nộp');
      expect(await checklist.textContent()).toMatch(/\d bản chính/);
      // The checklist comes first, before time limits and fees.
      const headings = await page.locator('main h2').allTextContents();
      expect(headings[0]).toBe('Giấy tờ cần mang theo');
      expect(headings).toContain('Thời hạn và lệ phí');
      await expect.poll(() => page.title()).toMatch(/khai sinh/i);
      await screenshot(page, 'portal-phone-procedure');

      const pdfLink = page.getByRole('link', { name: 'Tải PDF' }).first();
      const href = await pdfLink.getAttribute('href');
      expect(href).toBe(`/api/procedures/${BIRTH}/checklist.pdf`);
      const res = await page.request.get(journey.server.url + href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const pdf = await res.body();
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toMatch(/đăng ký khai sinh/i);
      expect(text).toContain('Giấy chứng sinh');
      expect(text).toContain('DỮ LIỆU MẪU');
    }));

  it('opens the print view with a QR code that encodes the procedure page', () =>
    onPage(journey, { size: 'phone', path: `/thu-tuc/${BIRTH}` }, async (page) => {
      await page.getByRole('link', { name: 'In danh sách' }).first().click();
      await page.waitForURL(new RegExp(`/thu-tuc/${BIRTH.replace('.', '\\.')}/in$`));
      const qr = page.locator('svg.qr[role="img"]');
      await expect.poll(() => qr.isVisible()).toBe(true);
      const value = (await qr.getAttribute('data-value')) ?? '';
      expect(value).toMatch(new RegExp(`^https?://[^/]+/thu-tuc/${BIRTH.replace('.', '\\.')}$`));
      expect(await qr.getAttribute('aria-label')).toContain(value);
      // The drawn modules are exactly those of a QR code for that address.
      const modules = QRCode.create(value, { errorCorrectionLevel: 'M' }).modules;
      const dark = Array.from(modules.data).filter(Boolean).length;
      const path = (await qr.locator('path').getAttribute('d')) ?? '';
      expect(path.split('h1v1h-1z').length - 1).toBe(dark);
      await expect.poll(() => page.locator('.sheet').textContent()).toContain('Giấy chứng sinh');
      await expectNoAxeViolations(page);
      await screenshot(page, 'portal-phone-print');

      // Printing hides the toolbar and keeps the sheet.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'In ngay' }).isVisible()).toBe(false);
      expect(await page.locator('.sheet').isVisible()).toBe(true);
    }));

  it('narrows the checklist to one case, and the PDF and print links follow', () =>
    onPage(journey, { size: 'phone' }, async (page) => {
      const detail = await page.request.get(`${journey.server.url}/api/procedures/1.013978`);
      const cases = ((await detail.json()) as { cases: string[] }).cases;
      expect(cases.length).toBeGreaterThan(1);
      const chosen = cases[1] ?? '';
      await page.goto(`${journey.server.url}/thu-tuc/1.013978`);
      // The choice lives in the URL (?truong-hop=): the radio shows it checked once the router has navigated, a
      // moment after the click, so the click is not a synchronous check().
      const radio = page.getByRole('radio', { name: chosen });
      await radio.click();
      await expect.poll(() => radio.isChecked()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get('truong-hop')).toBe(chosen);
      const pdfHref = await page.getByRole('link', { name: 'Tải PDF' }).first().getAttribute('href');
      expect(pdfHref).toBe(`/api/procedures/1.013978/checklist.pdf?case=${encodeURIComponent(chosen)}`);
      const res = await page.request.get(journey.server.url + pdfHref);
      expect(res.status()).toBe(200);
      expect(pdfText(await res.body())).toContain(`Trường hợp: ${chosen}`);
      const printHref = await page.getByRole('link', { name: 'In danh sách' }).first().getAttribute('href');
      expect(printHref).toBe(`/thu-tuc/1.013978/in?truong-hop=${encodeURIComponent(chosen)}`);
      await page.goto(journey.server.url + (printHref ?? ''));
      await expect.poll(() => page.locator('.sheet-meta').textContent()).toContain(`Trường hợp: ${chosen}`);
      await expectNoAxeViolations(page);
    }));
});

describe('keyboard only', () => {
  it('reaches the search box, submits, reaches a result and opens it', () =>
    onPage(journey, { path: '/' }, async (page) => {
      await expect.poll(() => page.locator('h1').textContent()).toBe('Bạn cần làm thủ tục gì?');
      await page.keyboard.press('Tab');
      expect(await focusedIs(page, 'a.skip-link')).toBe(true);
      let tabs = 1;
      while (!(await focusedIs(page, 'input[type="search"]')) && tabs < 10) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await focusedIs(page, 'input[type="search"]')).toBe(true);
      await page.keyboard.type('dang ky khai sinh');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/thu-tuc\?q=/);
      await expect.poll(() => page.locator('.result-list > li').count()).toBeGreaterThan(0);
      tabs = 0;
      while (!(await focusedIs(page, '.result-list a')) && tabs < 30) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await focusedIs(page, '.result-list a')).toBe(true);
      const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === target);
      await expect.poll(() => page.locator('h1').textContent()).toMatch(BIRTH_NAME);
    }));
});

describe.each(['phone', 'desktop'] as const)('accessibility and looks at %s size', (size) => {
  it('home, results, procedure, not-found and empty results have no axe violations', () =>
    onPage(journey, { size }, async (page) => {
      const visit = async (path: string, ready: () => Promise<unknown>, shot: string) => {
        await page.goto(journey.server.url + path);
        await expect.poll(ready).toBeTruthy();
        await expectNoAxeViolations(page);
        await screenshot(page, `portal-${size}-${shot}`);
      };
      await visit('/', () => page.locator('.tile').first().isVisible(), 'home');
      await visit(
        '/thu-tuc?q=chung%20thuc',
        () => page.locator('.result-list > li').first().isVisible(),
        'results',
      );
      await visit(`/thu-tuc/${BIRTH}`, () => page.locator('.doc').first().isVisible(), 'procedure');
      await visit('/thu-tuc/1.013978', () => page.locator('.case-picker').isVisible(), 'procedure-cases');
      await visit(
        '/thu-tuc/9.999999',
        () => page.getByText('Không tìm thấy thủ tục mã 9.999999').isVisible(),
        'not-found',
      );
      expect(await page.title()).toContain('Không tìm thấy');
      await visit('/thu-tuc?q=xyzxyzxyz', () => page.getByText('Thử gõ không dấu').isVisible(), 'empty');
      await visit(`/thu-tuc/${BIRTH}/in`, () => page.locator('svg.qr').isVisible(), 'print');
    }));
});

describe('the portal stays light and its links are real', () => {
  it('loads no admin code on citizen pages, within a script budget', () =>
    onPage(journey, { size: 'phone' }, async (page) => {
      const scripts = new Map<string, number>();
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) {
          void r.body().then(
            (b) => scripts.set(r.url(), b.length),
            () => undefined,
          );
        }
      });
      await page.goto(journey.server.url + '/');
      await expect.poll(() => page.locator('.tile').first().isVisible()).toBe(true);
      await page.goto(`${journey.server.url}/thu-tuc/${BIRTH}`);
      await expect.poll(() => page.locator('.doc').first().isVisible()).toBe(true);
      await page.waitForLoadState('networkidle');
      const bodies = await Promise.all(
        [...scripts.keys()].map(async (u) => (await page.request.get(u)).text()),
      );
      // Admin-only screens (units, staff) must not be part of what a citizen downloads.
      for (const body of bodies) expect(body).not.toContain('Thêm đơn vị trực thuộc');
      const total = [...scripts.values()].reduce((s, n) => s + n, 0);
      // Uncompressed JavaScript on a citizen page: React, the router, the query cache and the portal itself.
      // Ant Design is loaded only by staff pages.
      expect(total).toBeLessThan(400 * 1024);
      for (const body of bodies) expect(body).not.toContain('ant-btn');
    }));

  it('offers no field without procedures: not in the home tiles, not in the catalogue filter', async () => {
    const fields = ((await (await fetch(`${journey.server.url}/api/fields`)).json()) as { items: Field[] })
      .items;
    const names = (list: Field[]) => list.map((f) => f.name).sort();
    const empty = fields.filter((f) => f.count === 0);
    // The demo organisation has a field (Văn hóa - Xã hội) that its catalogue does not fill.
    expect(empty.length).toBeGreaterThan(0);
    const { context, page } = await newPage(journey.browser, 'desktop');
    try {
      await page.goto(`${journey.server.url}/thu-tuc`);
      const filter = page.locator('#field-filter option:not([value=""])');
      await expect.poll(() => filter.count()).toBeGreaterThan(0);
      expect((await filter.allTextContents()).sort()).toEqual(names(fields.filter((f) => f.count > 0)));
      await page.goto(journey.server.url);
      const tiles = page.locator('.tile-title');
      await expect.poll(() => page.locator('.grid .tile').count()).toBeGreaterThan(popularProcedures.length);
      const shown = await tiles.allTextContents();
      for (const f of empty) expect(shown).not.toContain(f.name);
    } finally {
      await context.close();
    }
  });

  it('every popular procedure on the home page exists in the demo catalogue', async () => {
    for (const p of popularProcedures) {
      const res = await fetch(`${journey.server.url}/api/procedures/${p.code}`);
      expect(res.status, p.code).toBe(200);
      const body = (await res.json()) as { name: string; field: { name: string } };
      expect(body.name.replace(/^Thủ tục /, '').toLowerCase()).toBe(p.name.toLowerCase());
      expect(body.field.name).toBe(p.field);
    }
  });
});
