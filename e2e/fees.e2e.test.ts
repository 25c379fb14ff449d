/**
 * Fees in a real browser: the public page of a fee-bearing procedure (2.001035, contract certification, 50.000
 * đồng) says per channel what is payable today and why — online free under Resolution 12/2025/NQ-HĐND, at the desk
 * the full fee; the province administrator adds a fee policy on /quan-tri/phi-le-phi and sees it listed as planned.
 * Screenshots at 390 px and 1366 px, no axe-core WCAG 2.1 AA violation.
 */
import { describe, expect, it } from 'vitest';
import { findEpochDay, formatEpochDay } from '../src/domain/calendar/civil-date.js';
import { todayInVietnam } from '../src/domain/catalogue/dates.js';
import { lookAt, newPage, signIn, useJourney } from './harness.js';

const journey = useJourney();

describe('fees', () => {
  it('shows on the procedure page what each channel pays today and why', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    try {
      await page.goto(`${journey.server.url}/thu-tuc/2.001035`);
      const today = page.locator('.fees-today');
      await expect
        .poll(() => today.textContent())
        .toContain('Nộp trực tuyến: miễn phí theo Nghị quyết 12/2025/NQ-HĐND');
      expect(await today.textContent()).toContain('Nộp trực tiếp: 50.000 đồng');
      await lookAt(page, 'fees-procedure');
    } finally {
      await context.close();
    }
  });

  it('lets the province administrator add a policy', async () => {
    const { context, page } = await newPage(journey.browser, 'desktop');
    try {
      await signIn(page, journey.server, 'admin.tinh', '/quan-tri/phi-le-phi');
      await expect
        .poll(() => page.locator('.ant-table').textContent())
        .toContain('Nghị quyết 12/2025/NQ-HĐND');
      await page.getByRole('button', { name: 'Thêm chính sách' }).first().click();
      await page.getByLabel('Tên chính sách').fill('Giảm 50% phí chứng thực tại quầy');
      await page.getByLabel('Căn cứ pháp lý').fill('Quyết định 99/2026/QĐ-UBND');
      const from = formatEpochDay(findEpochDay(todayInVietnam())! + 10);
      const input = page.getByLabel('Có hiệu lực từ');
      await input.click();
      await input.fill(`${from.slice(8, 10)}/${from.slice(5, 7)}/${from.slice(0, 4)}`);
      await input.press('Enter');
      await page.getByLabel('Tỷ lệ giảm (%)').fill('50');
      await page.getByRole('checkbox', { name: 'Trực tuyến' }).uncheck();
      await page.getByRole('checkbox', { name: 'Trực tiếp' }).check();
      await page.getByRole('checkbox', { name: 'Lệ phí' }).uncheck();
      await lookAt(page, 'fees-admin-form');
      await page.getByRole('button', { name: 'Thêm chính sách' }).last().click();
      const row = page.locator('.ant-table-row', { hasText: 'Giảm 50% phí chứng thực tại quầy' });
      await expect.poll(() => row.textContent()).toContain('Sắp có hiệu lực');
      expect(await row.textContent()).toContain('giảm 50%');
      await lookAt(page, 'fees-admin-list');
    } finally {
      await context.close();
    }
  });
});
