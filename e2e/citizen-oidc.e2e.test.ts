/**
 * The national-identity sign-in in a real browser, at phone and desktop sizes: the server started with OIDC_*
 * pointing at a local identity provider (test/identity-provider.ts); the VNeID button on the sign-in page, the
 * provider's own sign-in form, and back on "Hồ sơ của tôi" with the name and the dossiers of the person linked by
 * ID number; a sign-in cancelled at the provider says so on the sign-in page. axe-core finds no WCAG 2.1 AA
 * violation on either page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN_OIDC_CALLBACK } from '../src/contracts/citizen-api.js';
import { startIdentityProvider, type TestIdentityProvider } from '../test/identity-provider.js';
import {
  axeViolations,
  closeJourney,
  expectNoSideScroll,
  freePort,
  launchBrowser,
  newPage,
  screenshot,
  startServer,
  type Journey,
} from './harness.js';

const journey = {} as Journey;
let idp: TestIdentityProvider | undefined;

beforeAll(async () => {
  // The provider must know where to send the browser back, so the server's port is chosen first.
  const port = await freePort();
  idp = await startIdentityProvider({
    redirectUri: `http://127.0.0.1:${port}${CITIZEN_OIDC_CALLBACK}`,
    accounts: {
      // The demo applicant of the tracking phone (README.md), known by her ID number.
      mai: {
        citizen_pid: '038196000101',
        name: 'Nguyễn Thị Thanh Mai',
        birthdate: '1996-03-14',
        phone_number: '+84912345678',
        phone_number_verified: true,
      },
    },
  });
  journey.server = await startServer(idp.env, { port });
  journey.browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await closeJourney(journey);
  await idp?.close();
});

const VNEID = 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)';

/** The sign-in page with its VNeID button, checked by axe; then on to the provider's sign-in form. */
async function toProvider(page: Page, name: string) {
  await page.goto(journey.server.url + '/cong-dan/dang-nhap');
  const button = page.getByRole('link', { name: VNEID });
  await button.waitFor();
  await expectNoSideScroll(page);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, name);
  await button.click();
  await page.waitForURL((u) => u.origin === idp!.issuer);
}

describe('citizen sign-in with the national identity', () => {
  it('at phone size: VNeID, the provider signs her in, "Hồ sơ của tôi" with her name and dossiers', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    try {
      await toProvider(page, 'citizen-oidc-login-phone');
      await page.locator('input[name="login"]').fill('mai');
      await page.locator('input[name="password"]').fill('any');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.waitForURL((u) => u.origin === journey.server.url && u.pathname === '/cong-dan/ho-so');
      const who = page.locator('.citizen-who');
      await expect.poll(() => who.textContent()).toContain('Nguyễn Thị Thanh Mai');
      expect(await who.textContent()).toContain('Số định danh 038••••••101');
      expect(await who.textContent()).toContain('Đã xác thực bằng tài khoản định danh điện tử');
      const birth = page.locator('.citizen-dossier', { hasText: 'khai sinh' }).first();
      await expect.poll(() => birth.isVisible()).toBe(true);
      await expectNoSideScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'citizen-oidc-dossiers-phone');
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/dang-nhap');
    } finally {
      await context.close();
    }
  });

  it('at desktop size: a sign-in cancelled at the provider is said on the sign-in page', async () => {
    const { context, page } = await newPage(journey.browser, 'desktop');
    try {
      await toProvider(page, 'citizen-oidc-login-desktop');
      await page.getByRole('link', { name: '[ Cancel ]' }).click();
      await page.waitForURL((u) => u.origin === journey.server.url && u.pathname === '/cong-dan/dang-nhap');
      expect(new URL(page.url()).searchParams.get('loi')).toBe('denied');
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Bạn đã hủy đăng nhập bằng tài khoản định danh điện tử.');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'citizen-oidc-denied-desktop');
      // The phone sign-in is still there.
      expect(await page.getByLabel('Số điện thoại di động').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
