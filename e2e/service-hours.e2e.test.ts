/**
 * Service hours in a real browser. The public page seen on a winter Monday (7 December 2026, 16:45) at Đông Khê: the
 * justice desk is open in its 9th hour until 17:30, this week's table shows 16:30–17:30 for Hộ tịch; in summer
 * (8 June 2026) 17:00–18:00; the provincial centre's page has no 9th hour in either season. The home page and the
 * footer say the centre's hours in force today. The form editor: a unit admin plans a volunteer Saturday from next
 * month, is told in Vietnamese what is wrong before saving, saves, and the public page shows it. No axe-core WCAG
 * 2.1 AA violation at 390 px and 1366 px.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import {
  civilDate,
  epochDay,
  findEpochDay,
  formatEpochDay,
  isoWeekday,
} from '../src/domain/calendar/civil-date.js';
import { instantToLocal } from '../src/domain/calendar/time-zone.js';
import { volunteerSaturday } from '../src/services/demo-data/service-hours.js';
import { axeViolations, expectNoSideScroll, onPage, screenshot, signIn, useJourney } from './harness.js';

const journey = useJourney();

/** Types a date into a date picker as an officer does (dd/mm/yyyy, Enter). */
async function pickDate(input: Locator, date: string) {
  await input.click();
  await input.fill(`${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`);
  await input.press('Enter');
}

const AT = encodeURIComponent('2026-12-07T16:45:00+07:00');

describe('service hours page', () => {
  for (const size of ['phone', 'desktop'] as const) {
    it(`shows the justice desk's winter 9th hour on a Monday (${size})`, () =>
      onPage(journey, { size, path: `/gio-phuc-vu/H56.10.02?at=${AT}` }, async (page) => {
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
        if (size === 'phone') await expectNoSideScroll(page);
      }));
  }

  it('is linked from the portal footer and says when a unit does not exist', () =>
    onPage(journey, { path: `/` }, async (page) => {
      await page.getByRole('link', { name: 'Giờ phục vụ, ngày không viết, ngày không hẹn' }).click();
      await expect.poll(() => page.locator('.sh-unit').textContent()).toContain('Trung tâm');
      // The Land Registration Office's volunteer Saturday, seen on the Monday before it.
      const saturday = volunteerSaturday(Date.now());
      const monday = formatEpochDay(findEpochDay(saturday)! - 5);
      await page.goto(`${journey.server.url}/gio-phuc-vu/000.00.21.H56?at=${monday}T08:00:00%2B07:00`);
      const ahead = page.locator('.sh-list .special');
      await expect
        .poll(() => ahead.textContent())
        .toBe(`Thứ Bảy tình nguyện ${saturday.slice(8, 10)}/${saturday.slice(5, 7)}: 07:30–11:30 (Đất đai)`);
      const row = page.locator('.sh-week tbody tr').nth(5);
      expect(await row.textContent()).toContain('07:30–11:30 (Thứ Bảy tình nguyện: Đất đai)');
      await screenshot(page, 'service-hours-land-office');
      await page.goto(`${journey.server.url}/gio-phuc-vu/X99.99.99`);
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Không tìm thấy đơn vị');
    }));

  it('shows the 9th hour at Đông Khê in summer too, and none at the provincial centre in either season', () =>
    onPage(journey, {}, async (page) => {
      const summer = encodeURIComponent('2026-06-08T08:00:00+07:00');
      await page.goto(`${journey.server.url}/gio-phuc-vu/H56.10.02?at=${summer}`);
      const monday = page.locator('.sh-week tbody tr').first();
      await expect
        .poll(() => monday.locator('td').textContent())
        .toContain('17:00–18:00 (Giờ thứ 9: Hộ tịch, Văn hóa - Xã hội)');
      for (const at of [AT, summer]) {
        await page.goto(`${journey.server.url}/gio-phuc-vu/000.00.01.H56?at=${at}`);
        await expect.poll(() => page.locator('.sh-week tbody tr').count()).toBe(7);
        expect(await page.locator('.sh-week').textContent()).not.toContain('Giờ thứ 9');
        expect(await page.locator('.sh-week tbody tr').first().textContent()).toContain('07:00–11:30');
      }
      await screenshot(page, 'service-hours-centre-summer');
    }));

  it('the home page and the footer say the centre’s hours of today’s season', () =>
    onPage(journey, { size: 'phone' }, async (page) => {
      const { month, day } = civilDate(instantToLocal('Asia/Ho_Chi_Minh', Date.now()).day);
      const md = month * 100 + day;
      const winter = md >= 1015 || md <= 414;
      const expected = winter
        ? 'Thứ Hai đến thứ Sáu: 07:00–11:30, 13:00–16:30 (giờ mùa đông), trừ ngày nghỉ lễ, Tết.'
        : 'Thứ Hai đến thứ Sáu: 07:00–11:30, 13:30–17:00 (giờ mùa hè), trừ ngày nghỉ lễ, Tết.';
      await page.goto(`${journey.server.url}/`);
      const footer = page.locator('.site-footer .office-hours');
      await expect.poll(() => footer.textContent()).toBe(expected);
      expect(await page.locator('main .office-hours').textContent()).toBe(expected);
      await screenshot(page, 'home-hours-390');
    }));

  it('is edited in a form: a volunteer Saturday from next month, errors named before saving, then on the page', () =>
    onPage(journey, {}, async (page) => {
      const today = instantToLocal('Asia/Ho_Chi_Minh', Date.now()).day;
      const { year, month } = civilDate(today);
      const first = month === 12 ? epochDay(year + 1, 1, 1) : epochDay(year, month + 1, 1);
      const saturday = formatEpochDay(first + ((6 - isoWeekday(first) + 7) % 7) + 7);
      const from = formatEpochDay(first);
      await signIn(page, journey.server, 'admin.dongkhe', '/quan-tri/gio-phuc-vu');
      await expect.poll(() => page.getByRole('heading', { name: 'Giờ phục vụ mới' }).isVisible()).toBe(true);
      // Đông Khê's own 9th hour is in the form; the weekly sessions and seasons are the province's.
      expect(await page.getByText('Giờ thêm 4', { exact: true }).isVisible()).toBe(true);
      expect(await page.getByText('Đơn vị dùng lịch tuần của Tỉnh Thanh Hóa.').isVisible()).toBe(true);
      expect(await page.locator('textarea').count()).toBe(0);

      await pickDate(page.getByLabel('Áp dụng từ ngày'), from);
      await page.getByRole('button', { name: 'Thêm buổi theo ngày' }).click();
      await pickDate(
        page.locator('.sh-part', { hasText: 'Buổi phục vụ theo ngày' }).getByLabel('Ngày', { exact: true }),
        saturday,
      );
      await page.getByLabel('Buổi theo ngày 1, buổi 1, đến').fill('07:00');
      await page.getByRole('button', { name: 'Lưu giờ phục vụ' }).click();
      const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được giờ phục vụ' });
      await expect.poll(() => summary.isVisible()).toBe(true);
      expect(await summary.textContent()).toContain(
        'Buổi phục vụ theo ngày 1, buổi 1: Giờ kết thúc phải sau giờ bắt đầu.',
      );
      expect(await page.locator('.sh-session .sh-problem').first().textContent()).toBe(
        'Giờ kết thúc phải sau giờ bắt đầu.',
      );
      await screenshot(page, 'service-hours-form-error-1366');

      await page.getByLabel('Buổi theo ngày 1, buổi 1, đến').fill('11:30');
      await page.getByRole('button', { name: 'Lưu giờ phục vụ' }).click();
      const dmy = `${from.slice(8, 10)}/${from.slice(5, 7)}/${from.slice(0, 4)}`;
      await expect.poll(() => page.getByText(`Đã lưu giờ phục vụ áp dụng từ ${dmy}.`).isVisible()).toBe(true);
      const versions = page.locator('.sh-versions li');
      expect(await versions.count()).toBe(2);
      expect(await versions.first().textContent()).toContain(`Từ ${dmy} Dự kiến`);
      await screenshot(page, 'service-hours-form-1366');
      expect(await axeViolations(page)).toEqual([]);

      // The public page on the Monday before shows the Saturday; today's hours are as they were.
      const monday = formatEpochDay(findEpochDay(saturday)! - 5);
      await page.goto(`${journey.server.url}/gio-phuc-vu/H56.10.02?at=${monday}T08:00:00%2B07:00`);
      const row = page.locator('.sh-week tbody tr').nth(5);
      await expect.poll(() => row.textContent()).toContain('07:30–11:30 (Thứ Bảy tình nguyện)');
    }));
});
