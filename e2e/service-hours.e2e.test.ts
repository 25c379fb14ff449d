/**
 * The public service-hours page in a real browser, seen on a winter Monday (7 December 2026, 16:45) at a commune:
 * the justice desk is open in its 9th hour until 17:30, this week's table shows 16:30–17:30 for Hộ tịch, the day
 * modes are listed; the footer links to the page; no axe-core WCAG 2.1 AA violation at 390 px and 1366 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { findEpochDay, formatEpochDay } from '../src/domain/calendar/civil-date.js';
import { volunteerSaturday } from '../src/services/demo-data/service-hours.js';
import { axeViolations, newPage, screenshot, type Server, openJourney, closeJourney } from './harness.js';

let server: Server;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await openJourney()));
afterAll(() => closeJourney({ server, browser }));

const AT = encodeURIComponent('2026-12-07T16:45:00+07:00');

describe('service hours page', () => {
  for (const size of ['phone', 'desktop'] as const) {
    it(`shows the justice desk's winter 9th hour on a Monday (${size})`, async () => {
      const { context, page } = await newPage(browser, size);
      try {
        await page.goto(`${server.url}/gio-phuc-vu/H56.10.01?at=${AT}`);
        await expect.poll(() => page.locator('h1').textContent()).toBe('Giờ phục vụ');
        const justice = page.locator('.sh-status li', { hasText: 'Hộ tịch' });
        await expect.poll(() => justice.textContent()).toContain('Đang mở cửa — đến 17:30');
        const land = page.locator('.sh-status li', { hasText: 'Đất đai' });
        expect(await land.textContent()).toContain('Mở cửa lúc 07:00 ngày mai (Thứ Ba 08/12)');
        const monday = page.locator('.sh-week tbody tr').first();
        expect(await monday.locator('th').textContent()).toContain('Thứ Hai 07/12');
        const mondayText = await monday.locator('td').textContent();
        expect(mondayText).toContain('07:00–11:30');
        expect(mondayText).toContain('16:30–17:30 (Giờ thứ 9: Hộ tịch, Văn hóa - Xã hội)');
        const friday = page.locator('.sh-week tbody tr').nth(4);
        expect(await friday.locator('td').textContent()).toContain('16:30–17:30 (Giờ thứ 9: Đất đai)');
        const modes = await page.locator('section', { hasText: 'Ngày đặc biệt trong tuần' }).textContent();
        expect(modes).toContain('Thứ Ba, Thứ Năm: ngày không viết');
        expect(modes).toContain('Thứ Sáu: ngày không hẹn');
        expect(await page.title()).toContain('Giờ phục vụ');
        await screenshot(page, `service-hours-${size}`);
        expect(await axeViolations(page)).toEqual([]);
        if (size === 'phone') {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth > window.innerWidth,
          );
          expect(overflow).toBe(false);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('is linked from the portal footer and says when a unit does not exist', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    try {
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: 'Giờ phục vụ, ngày không viết, ngày không hẹn' }).click();
      await expect.poll(() => page.locator('.sh-unit').textContent()).toContain('Trung tâm');
      // The Land Registration Office's volunteer Saturday, seen on the Monday before it.
      const saturday = volunteerSaturday(Date.now());
      const monday = formatEpochDay(findEpochDay(saturday)! - 5);
      await page.goto(`${server.url}/gio-phuc-vu/000.00.21.H56?at=${monday}T08:00:00%2B07:00`);
      const ahead = page.locator('.sh-list .special');
      await expect
        .poll(() => ahead.textContent())
        .toBe(`Thứ Bảy tình nguyện ${saturday.slice(8, 10)}/${saturday.slice(5, 7)}: 07:30–11:30 (Đất đai)`);
      const row = page.locator('.sh-week tbody tr').nth(5);
      expect(await row.textContent()).toContain('07:30–11:30 (Thứ Bảy tình nguyện: Đất đai)');
      await screenshot(page, 'service-hours-land-office');
      await page.goto(`${server.url}/gio-phuc-vu/X99.99.99`);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Không tìm thấy đơn vị');
    } finally {
      await context.close();
    }
  });

  it('is edited by the commune admin in the unit drawer, with errors named per field', async () => {
    const { context, page } = await newPage(browser, 'desktop');
    try {
      await page.goto(server.url + '/quan-tri/don-vi');
      await page.getByLabel('Tên đăng nhập').fill('admin.dongtien');
      await page.getByLabel('Mật khẩu').fill('motcua@2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Sửa' }).click();
      const box = page.getByLabel('Cấu hình riêng của đơn vị', { exact: false });
      await expect.poll(() => box.inputValue()).toBe('{}');
      await box.fill('{"weekly":[{"days":[1],"sessions":[["11:00","08:00"]]}]}');
      await page.getByRole('button', { name: 'Lưu giờ phục vụ' }).click();
      const errors = page.getByText('Chưa lưu được giờ phục vụ');
      await expect.poll(() => errors.isVisible()).toBe(true);
      expect(await page.locator('.ant-drawer').textContent()).toContain(
        'weekly[0].sessions[0]: Giờ kết thúc phải sau giờ bắt đầu.',
      );
      await screenshot(page, 'service-hours-admin');
      await box.fill('{"closures":[{"date":"2026-12-08","reason":"Tổng vệ sinh trụ sở"}]}');
      await page.getByRole('button', { name: 'Lưu giờ phục vụ' }).click();
      await expect.poll(() => page.getByText('Đã lưu giờ phục vụ.').isVisible()).toBe(true);
      expect(await page.locator('.ant-drawer').textContent()).toContain('của đơn vị này');
    } finally {
      await context.close();
    }
  });
});
