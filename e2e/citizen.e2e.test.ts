/**
 * The citizen's side in a real browser, at phone and desktop sizes: from the portal's header to the sign-in page,
 * the phone, the code read from the SMS the development channel wrote, "Hồ sơ của tôi" with a demo dossier of that
 * phone (and what waits for the citizen), the link to the dossier's own page, and signing out. axe-core must find no
 * WCAG 2.1 AA violation on either page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TRACKING_PHONE } from '../src/services/demo-data/dossiers-data.js';
import {
  axeViolations,
  expectNoSideScroll,
  newPage,
  screenshot,
  sentMessages,
  useJourney,
  viewports,
} from './harness.js';

const journey = useJourney();

/** The SMS messages the development channel wrote, newest last. */
const messages = () => sentMessages(journey.server);

/** From the home page's header: the phone, then the code from its SMS; lands on "Hồ sơ của tôi". */
async function signIn(page: Page, phone: string, size: keyof typeof viewports) {
  await page.goto(journey.server.url + '/');
  await page.getByRole('link', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/cong-dan/dang-nhap');
  await expect.poll(() => page.locator('h1').textContent()).toBe('Đăng nhập bằng số điện thoại');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `citizen-login-${size}`);
  await page.getByLabel('Số điện thoại di động').fill(phone);
  const before = messages().length;
  await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
  await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã gửi mã tới số');
  await expect.poll(() => messages().length, { timeout: 20_000 }).toBeGreaterThan(before);
  const sms = messages().at(-1)!;
  expect(sms.to).toBe('+84' + phone.replace(/\s/g, '').slice(1));
  const code = /\b(\d{6})\b/.exec(sms.body)![1]!;
  // The resend waits; a wrong code is said in Vietnamese.
  expect(await page.getByRole('button', { name: /Gửi lại mã sau \d+ giây/ }).isDisabled()).toBe(true);
  const codeField = page.getByLabel('Mã xác nhận (6 chữ số)');
  await codeField.fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect.poll(() => page.getByRole('alert').textContent()).toContain('Mã xác nhận không đúng');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `citizen-code-${size}`);
  await codeField.fill(code);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/cong-dan/ho-so');
}

describe('citizen sign-in and "Hồ sơ của tôi"', () => {
  it('at phone size: signs in with the code from the SMS, sees the birth registration, signs out', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    try {
      await signIn(page, DEMO_TRACKING_PHONE, 'phone');
      const item = page.locator('.citizen-dossier', { hasText: 'khai sinh' }).first();
      await expect.poll(() => item.isVisible()).toBe(true);
      expect(await page.locator('.citizen-who').textContent()).toContain('Nguyễn Thị Thanh Mai');
      expect(await item.textContent()).toContain('Đã trả kết quả');
      // Beside the dossiers: the appointments, tickets, calls and messages of the phone (loaded last).
      const activity = page.getByRole('region', { name: 'Lịch hẹn, số thứ tự, cuộc gọi và tin nhắn' });
      await activity.locator('p, h3').first().waitFor();
      await expectNoSideScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'citizen-dossiers-phone');
      // Each dossier opens its own page (/cong-dan/ho-so/:code): the status, the steps, the receipt.
      const code = (await item.locator('dd').first().textContent())!;
      await item.getByRole('link', { name: /Xem chi tiết/ }).click();
      await page.waitForURL((u) => u.pathname === `/cong-dan/ho-so/${code}`);
      await page.getByRole('heading', { name: 'Quá trình xử lý' }).waitFor();
      expect(await page.locator('dl').textContent()).toContain(code);
      expect(await axeViolations(page)).toEqual([]);
      // The header now leads back to "Hồ sơ của tôi".
      await page.getByRole('link', { name: 'Hồ sơ của tôi' }).first().click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/ho-so');

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/dang-nhap');
      await page.goto(journey.server.url + '/cong-dan/ho-so');
      await page.waitForURL((u) => u.pathname === '/cong-dan/dang-nhap');
    } finally {
      await context.close();
    }
  });

  it('at desktop size: a dossier waiting for a supplement says so', async () => {
    const { context, page } = await newPage(journey.browser, 'desktop');
    try {
      await signIn(page, '0357 880 142', 'desktop');
      const waiting = page.locator('.citizen-dossier.needs-me').first();
      await expect.poll(() => waiting.isVisible()).toBe(true);
      expect(await waiting.textContent()).toContain('Đang chờ bạn: Bổ sung giấy tờ theo yêu cầu');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'citizen-dossiers-desktop');
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/dang-nhap');
    } finally {
      await context.close();
    }
  });
});
