/**
 * The audit log page (/quan-tri/nhat-ky-truy-cap) in a real browser at phone and desktop size: a reception officer
 * opens the demo dossier on the desk; the province administrator finds that read by the citizen's phone, sees who
 * read it and why, and has the export links for the same filter. axe-core must find no WCAG 2.1 AA violation.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, newPage, screenshot, signIn, useJourney } from './harness.js';
import { dossierPath } from './desk.js';

let code: string;
const journey = useJourney(async ({ server }) => {
  code = /tra-cuu\?ma=([^\s&)]+)/.exec(server.output())![1]!;
}, 240_000);

describe.each(['phone', 'desktop'] as const)('audit log page at %s size', (size) => {
  it("finds an officer's read of a dossier by the citizen's phone", async () => {
    const officer = await newPage(journey.browser, size);
    try {
      await signIn(officer.page, journey.server, 'tiepnhan.dongtien', dossierPath(code));
      await expect.poll(() => officer.page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
    } finally {
      await officer.context.close();
    }

    const { context, page } = await newPage(journey.browser, size);
    try {
      await signIn(page, journey.server, 'admin.tinh', '/quan-tri/nhat-ky-truy-cap');
      await expect
        .poll(() => page.getByRole('heading', { name: 'Nhật ký truy cập', level: 1 }).isVisible())
        .toBe(true);
      await page.getByLabel('Người dân').fill('0912 345 678');
      await page.getByLabel('Mã hồ sơ').fill(code);
      await page.getByRole('button', { name: 'Lọc', exact: true }).click();
      const row = page.locator('.ant-table-row', { hasText: 'Xem hồ sơ' }).first();
      await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(code);
      const text = (await row.textContent()) ?? '';
      expect(text).toContain('Xử lý hồ sơ');
      expect(text).toContain('*******678');
      const href = await page.getByRole('link', { name: /Xuất Excel/ }).getAttribute('href');
      expect(href).toContain('format=excel');
      expect(href).toContain(`dossierCode=${encodeURIComponent(code)}`);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `audit-log-${size}`);
    } finally {
      await context.close();
    }
  }, 120_000);
});
