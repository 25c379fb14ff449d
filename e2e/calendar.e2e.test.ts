/**
 * The working calendar in a real browser, at phone and desktop size: the province administrator opens February
 * 2026, sees the Tết days off with their reasons and lunar dates; at desktop size publishes the 2027 holiday
 * decision pre-filled from the statutory suggestions. axe-core must find no WCAG 2.1 AA violation.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, onPage, screenshot, useJourney } from './harness.js';

const journey = useJourney();

describe.each(['phone', 'desktop'] as const)('working calendar at %s size', (size) => {
  it('shows a month with days off, reasons and lunar dates', () =>
    onPage(
      journey,
      { size, as: 'admin.tinh', path: '/quan-tri/lich-lam-viec?thang=2026-02' },
      async (page) => {
        await expect
          .poll(() => page.getByRole('heading', { name: 'Lịch làm việc', level: 1 }).isVisible())
          .toBe(true);
        const table = page.getByRole('table', { name: /Lịch làm việc tháng 2\/2026/ });
        await expect.poll(() => table.isVisible()).toBe(true);
        await expect
          .poll(() => page.locator('.cal-notes').textContent())
          .toContain('17/02/2026 (1/1/2026 âm lịch) — Ngày nghỉ: Tết Nguyên đán Bính Ngọ: mùng 1 Tết');
        expect(await page.getByText('15 ngày làm việc').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, `calendar-month-${size}`);

        await page.getByRole('button', { name: 'Tháng sau' }).click();
        await expect.poll(() => page.getByRole('table', { name: /tháng 3\/2026/ }).isVisible()).toBe(true);
        expect(page.url()).toContain('thang=2026-03');
      },
    ));
});

describe('holiday decision at desktop size', () => {
  it('publishes the 2027 decision pre-filled from the suggestions', () =>
    onPage(journey, { as: 'admin.tinh', path: '/quan-tri/lich-lam-viec?thang=2027-02' }, async (page) => {
      await expect.poll(() => page.getByText('Chưa công bố quyết định cho năm 2027.').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Công bố quyết định' }).click();
      await expect
        .poll(() => page.getByLabel('Lý do 1', { exact: true }).inputValue())
        .toBe('Tết Dương lịch (01/01)');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Số quyết định').fill('2468/QĐ-UBND');
      await page.getByLabel('Ngày quyết định').fill('01/12/2026');
      await page.getByLabel('Ngày quyết định').press('Tab');
      await screenshot(page, 'calendar-publish-form');
      await page.getByRole('button', { name: 'Công bố phiên bản 1' }).click();
      await expect
        .poll(() => page.locator('.cal-decision').textContent())
        .toContain('Đang áp dụng phiên bản 1: quyết định số 2468/QĐ-UBND ngày 01/12/2026');
      await expect
        .poll(() => page.locator('.cal-notes').textContent())
        .toContain('Tết Nguyên đán Đinh Mùi: mùng 1 Tết');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'calendar-published');
    }));
});
