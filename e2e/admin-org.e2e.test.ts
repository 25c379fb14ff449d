/**
 * The organisation admin journey in a real browser, at phone and desktop size: a commune administrator is sent
 * to the login page, logs in, lands back on the staff page, creates a staff member in their commune and finds
 * them in the list. axe-core must find no WCAG 2.1 AA violation on the login and staff pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/services/demo-data/index.js';
import { axeViolations, onPage, screenshot, useJourney } from './harness.js';
import { chooseOption } from './desk.js';

const journey = useJourney();

/** Picks an option of an Ant Design select by its label (the shared, patient chooser of e2e/desk.ts). */
const pickOption = (page: Page, label: string, option: string) =>
  chooseOption(page.locator('body'), label, option);

const people = {
  phone: { username: 'tran.van.binh', fullName: 'Trần Văn Bình' },
  desktop: { username: 'pham.thi.cuc', fullName: 'Phạm Thị Cúc' },
} as const;

describe.each(['phone', 'desktop'] as const)('organisation admin at %s size', (size) => {
  it('logs in, creates a staff member in Đông Tiến and lists them', () =>
    onPage(journey, { size, path: '/quan-tri/can-bo' }, async (page) => {
      await page.waitForURL(/\/dang-nhap\?next=%2Fquan-tri%2Fcan-bo$/);
      await expect.poll(() => page.getByRole('heading', { name: 'Đăng nhập cán bộ' }).isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `admin-org-login-${size}`);

      // A wrong password shows the server's message.
      await page.getByLabel('Tên đăng nhập').fill('admin.dongtien');
      await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Tên đăng nhập hoặc mật khẩu không đúng');

      await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(/\/quan-tri\/can-bo$/);
      await expect.poll(() => page.getByRole('heading', { name: 'Cán bộ', level: 1 }).isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Dữ liệu mẫu').first().isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Lê Thị Hương').first().isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Hoàng Văn Minh').first().isVisible()).toBe(true);
      expect(await page.getByText('Trịnh Văn Nam').count()).toBe(0); // Đông Khê's administrator
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `admin-org-staff-${size}`);

      const person = people[size];
      await page.getByRole('button', { name: 'Thêm cán bộ' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm cán bộ' });
      await expect.poll(() => form.isVisible()).toBe(true);
      await form.getByLabel('Tên đăng nhập').fill(person.username);
      await form.getByLabel('Họ và tên').fill(person.fullName);
      await form.getByLabel('Số máy lẻ').fill(size === 'phone' ? '215' : '216');
      await pickOption(page, 'Vai trò 1', 'Chuyên viên xử lý');
      await screenshot(page, `admin-org-staff-form-${size}`);
      await form.getByRole('button', { name: 'Tạo tài khoản' }).click();

      const dialog = page.getByRole('dialog', { name: 'Mật khẩu tạm thời' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const password = (await dialog.locator('code').textContent())?.trim() ?? '';
      expect(password).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}$/);
      await expect.poll(() => form.isVisible()).toBe(false); // the form has closed (no half-faded text)
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `admin-org-temp-password-${size}`);
      await dialog.getByRole('button', { name: 'Đã ghi lại' }).click();

      await page
        .getByLabel('Tìm theo tên, tên đăng nhập, email, máy lẻ')
        .fill(person.fullName.split(' ')[2]!);
      await page.getByLabel('Tìm theo tên, tên đăng nhập, email, máy lẻ').press('Enter');
      const row = page.locator('.ant-table-row', { hasText: person.fullName });
      await expect.poll(() => row.count()).toBe(1);
      await expect.poll(() => row.textContent()).toContain('Chuyên viên xử lý');
      await screenshot(page, `admin-org-staff-created-${size}`);

      // The new account works with its one-time password.
      const res = await fetch(journey.server.url + '/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: person.username, password }),
      });
      expect(res.status).toBe(200);

      // The side menu (a drawer on phones) leads to the units page.
      if (size === 'phone') {
        await page.getByRole('button', { name: 'Mở menu' }).click();
        await expect
          .poll(() => page.getByRole('navigation', { name: 'Menu quản trị' }).isVisible())
          .toBe(true);
        await screenshot(page, `admin-org-menu-${size}`);
      }
      await page
        .getByRole('navigation', { name: 'Menu quản trị' })
        .getByRole('link', { name: 'Đơn vị' })
        .click();
      await expect.poll(() => page.getByRole('heading', { name: 'Đơn vị', level: 1 }).isVisible()).toBe(true);
      await expect
        .poll(() => page.getByRole('heading', { name: 'xã Đông Tiến', level: 2 }).isVisible())
        .toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `admin-org-units-${size}`);

      // Logging out goes back to the login page; the admin pages need a login again.
      await page.getByRole('button', { name: /Tài khoản Lê Thị Hương/ }).click();
      await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/dang-nhap/);
      await page.goto(journey.server.url + '/quan-tri/don-vi');
      await page.waitForURL(/\/dang-nhap\?next=%2Fquan-tri%2Fdon-vi$/);
    }));
});
