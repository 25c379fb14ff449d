/**
 * Deadlines in the browser: the server's sweeper has alerted the Đông Tiến leader about the demo data's overdue
 * dossiers, which the alerts page lists and marks read; the end-of-day page lists the unit's unfinished dossiers of
 * the day; the unit administrator sets the unit's same-day weekdays in the unit's edit drawer. axe-core finds no
 * WCAG 2.1 AA violation; screenshots at 390 and 1366 px go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, onPage, screenshot, useJourney } from './harness.js';

const journey = useJourney();

describe('deadlines at the desk', () => {
  it('shows the leader the sweeper’s alerts and marks one read', () =>
    onPage(journey, { as: 'lanhdao.dongtien', path: '/ban-lam-viec/canh-bao' }, async (page) => {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Cảnh báo hạn xử lý', level: 1 }).isVisible())
        .toBe(true);
      // The sweeper's first run comes a few seconds after the start.
      const cards = page.locator('.desk-alerts > li');
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: 'Tải lại' }).click();
            return cards.count();
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      await expect.poll(() => page.getByText('Quá hạn').first().isVisible()).toBe(true);
      const before = await cards.count();
      await cards.first().getByRole('button', { name: 'Đã đọc' }).click();
      await expect.poll(() => cards.count()).toBe(before - 1);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'desk-alerts-1366');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'desk-alerts-390');
    }));

  it('lists the unit’s unfinished dossiers of the day at the end of the day', () =>
    onPage(
      journey,
      { size: 'phone', as: 'tiepnhan.dongtien', path: '/ban-lam-viec/cuoi-ngay' },
      async (page) => {
        await expect
          .poll(() => page.getByRole('heading', { name: 'Hồ sơ cuối ngày', level: 1 }).isVisible())
          .toBe(true);
        await expect.poll(() => page.getByText(/hồ sơ chưa xong/).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await screenshot(page, 'desk-end-of-day-390');
        await page.setViewportSize({ width: 1366, height: 900 });
        await screenshot(page, 'desk-end-of-day-1366');
      },
    ));

  it('lets the unit administrator set the same-day weekdays of the unit', () =>
    onPage(journey, { as: 'admin.dongtien', path: '/quan-tri/don-vi' }, async (page) => {
      await page.getByRole('button', { name: 'Sửa' }).first().click();
      const section = page.getByRole('region', { name: 'Ngày làm việc đặc biệt trong tuần' });
      await expect.poll(() => section.getByText(/Đang áp dụng: Thứ Sáu/).isVisible()).toBe(true);
      await section.getByRole('switch').first().click();
      await section.getByRole('checkbox', { name: 'Thứ Tư' }).check();
      await section.getByRole('button', { name: 'Lưu ngày đặc biệt' }).click();
      await expect.poll(() => page.getByText('Đã lưu ngày làm việc đặc biệt.').isVisible()).toBe(true);
      const res = await fetch(`${journey.server.url}/api/units/H56.10.01/day-modes`);
      expect(((await res.json()) as { sameDay: number[] }).sameDay).toEqual([3, 5]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'admin-day-modes-1366');
      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'admin-day-modes-390');
    }));
});
