/**
 * Everyone lands on their work, on a phone: the operator at the switchboard, the specialist on the inbox, the
 * reception officer at the counter, the leader on what awaits them, administrators on /quan-tri; each menu lists the
 * pages of both staff areas the role may use. Then every page of each menu (and a dossier's page) is opened at
 * 390×844 and none scrolls sideways (tables scroll inside their own box). The leader's page and the menu pass axe.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/services/demo-data/index.js';
import { axeViolations, newPage, onPage, screenshot, useJourney } from './harness.js';

const journey = useJourney();

interface Account {
  username: string;
  lands: string;
  heading: string | RegExp;
  /** Menu entries the role must find (of both areas), and some it must not. */
  menu: string[];
  notInMenu: string[];
}

const accounts: Account[] = [
  {
    username: 'tongdai.dongtien',
    lands: '/ban-lam-viec/tong-dai',
    heading: 'Tổng đài',
    menu: ['Tổng đài', 'Cuộc gọi và gọi lại', 'Thống kê tổng đài', 'Hồ sơ cần xử lý', 'Đơn vị'],
    notInMenu: ['Tư vấn qua tổng đài', 'Tiếp nhận hồ sơ', 'Trang chủ'],
  },
  {
    username: 'chuyenvien.dongtien',
    lands: '/ban-lam-viec/ho-so',
    heading: 'Hồ sơ cần xử lý',
    menu: ['Hồ sơ cần xử lý', 'Tư vấn qua tổng đài', 'Quầy phục vụ', 'Thống kê quầy', 'Lịch làm việc'],
    notInMenu: ['Tổng đài', 'Việc chờ lãnh đạo', 'Tiếp nhận hồ sơ', 'Nhật ký truy cập'],
  },
  {
    username: 'tiepnhan.dongtien',
    lands: '/ban-lam-viec/quay',
    heading: 'Quầy phục vụ',
    menu: ['Quầy phục vụ', 'Tiếp nhận hồ sơ', 'Lịch hẹn', 'Đăng ký nhận tin', 'Cán bộ'],
    notInMenu: ['Việc chờ lãnh đạo', 'Cuộc gọi và gọi lại', 'Giờ phục vụ'],
  },
  {
    username: 'lanhdao.dongtien',
    lands: '/ban-lam-viec/lanh-dao',
    heading: 'Việc chờ lãnh đạo',
    menu: ['Việc chờ lãnh đạo', 'Hồ sơ cần xử lý', 'Cảnh báo hạn', 'Cuộc gọi và gọi lại', 'Nhật ký truy cập'],
    notInMenu: ['Tiếp nhận hồ sơ', 'Tổng đài', 'Trang chủ'],
  },
  {
    username: 'admin.dongtien',
    lands: '/quan-tri',
    heading: /^Xin chào/,
    menu: ['Trang chủ', 'Cán bộ', 'Giờ phục vụ', 'Hồ sơ cần xử lý', 'Thống kê quầy', 'Cuộc gọi và gọi lại'],
    notInMenu: ['Tiếp nhận hồ sơ', 'Quầy phục vụ', 'Thủ tục hành chính'],
  },
  {
    username: 'admin.tinh',
    lands: '/quan-tri',
    heading: /^Xin chào/,
    menu: ['Thủ tục hành chính', 'Tin nhắn thông báo', 'Hồ sơ cần xử lý'],
    notInMenu: ['Tiếp nhận hồ sơ', 'Tổng đài'],
  },
];

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first();

/** Logs in from the login page without `?next=`: where the person lands is the login's own choice. */
async function logIn(page: Page, username: string) {
  await page.goto(journey.server.url + '/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
}

/** The side menu's links (label → path), from the drawer a phone opens. */
async function menuLinks(page: Page): Promise<Map<string, string>> {
  await page.getByRole('button', { name: 'Mở menu' }).click();
  const nav = page.getByRole('navigation', { name: /^Menu / });
  await expect.poll(() => nav.getByRole('link').count()).toBeGreaterThan(0);
  const links = await nav
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? ''] as const));
  return new Map(links);
}

/** The API requests a page has asked and not yet had answered (a live event stream is not counted). */
const pending = new WeakMap<Page, number>();
function countRequests(page: Page) {
  const api = (r: { resourceType(): string }) => ['fetch', 'xhr'].includes(r.resourceType());
  const add = (n: number) => pending.set(page, (pending.get(page) ?? 0) + n);
  page.on('request', (r) => api(r) && add(1));
  page.on('requestfinished', (r) => api(r) && add(-1));
  page.on('requestfailed', (r) => api(r) && add(-1));
}

/** Waits until the page's requests are answered and its loaders gone, then for two frames to be drawn. */
async function settled(page: Page) {
  await expect.poll(() => heading(page).isVisible()).toBe(true);
  await expect.poll(() => pending.get(page) ?? 0).toBe(0);
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton').count()).toBe(0);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Opens a page of the app the way its links do (no reload), and waits for its heading to replace the last one. */
async function visit(page: Page, href: string) {
  if (new URL(page.url()).pathname === href) return settled(page);
  await page.evaluate((h) => {
    for (const old of document.querySelectorAll('h1')) old.setAttribute('data-left', '');
    window.history.pushState(null, '', h);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, href);
  await expect.poll(() => page.locator('h1:not([data-left])').first().isVisible()).toBe(true);
  await settled(page);
}

describe('landing and menus', () => {
  for (const account of accounts) {
    it(`lands ${account.username} on ${account.lands} with their pages in the menu, none wider than 390 px`, async () => {
      const { context, page } = await newPage(journey.browser, 'phone');
      countRequests(page);
      try {
        await logIn(page, account.username);
        await expect.poll(() => new URL(page.url()).pathname).toBe(account.lands);
        await expect.poll(() => heading(page).textContent()).toMatch(account.heading);

        const links = await menuLinks(page);
        expect([...links.keys()]).toEqual(expect.arrayContaining(account.menu));
        for (const label of account.notInMenu) expect([...links.keys()]).not.toContain(label);
        expect([...links.values()]).toContain(account.lands);
        if (account.username === 'lanhdao.dongtien') {
          expect(await axeViolations(page)).toEqual([]);
          await screenshot(page, 'landing-menu-leader-390');
        }

        // /ban-lam-viec and /quan-tri with nothing asked lead a desk role to the same place.
        if (account.lands.startsWith('/ban-lam-viec/')) {
          for (const bare of ['/ban-lam-viec', '/quan-tri']) {
            await page.goto(journey.server.url + bare);
            await expect.poll(() => new URL(page.url()).pathname).toBe(account.lands);
          }
        }
        await settled(page);

        const wide: string[] = [];
        const measure = async (what: string) => {
          const width = await pageWidth(page);
          if (width > 390) wide.push(`${what}: ${width}px`);
        };
        for (const [label, href] of links) {
          await visit(page, href);
          await measure(`${href} (${label})`);
        }
        if (account.username === 'chuyenvien.dongtien') {
          // A dossier's page, from the inbox.
          await visit(page, '/ban-lam-viec/ho-so');
          await page.locator('.desk-cards a.desk-code').first().click();
          await expect.poll(() => heading(page).textContent()).toMatch(/H56/);
          await settled(page);
          await measure("a dossier's page");
        }
        expect(wide).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('shows the leader what awaits approval and assignment and the unread alerts, each opening the dossier', () =>
    onPage(journey, {}, async (page) => {
      await logIn(page, 'lanhdao.dongtien');
      await expect.poll(() => heading(page).textContent()).toBe('Việc chờ lãnh đạo');
      const section = (name: RegExp) =>
        page.locator('.leader-section').filter({ has: page.getByRole('heading', { name }) });
      // The demo data holds a marital-status certificate appraised and waiting for the leader.
      const approval = section(/^Chờ phê duyệt \(\d+\)$/);
      await expect.poll(() => approval.getByText('Hoàng Văn Dũng').isVisible()).toBe(true);
      await expect.poll(() => approval.getByText('Chờ phê duyệt ·').first().isVisible()).toBe(true);
      await expect
        .poll(() =>
          section(/^Chờ phân công \(\d+\)$/)
            .getByText('Đã tiếp nhận ·')
            .first()
            .isVisible(),
        )
        .toBe(true);
      // The sweeper alerts the leader about the demo data's overdue dossiers a few seconds after the start.
      const alerts = section(/^Cảnh báo hạn chưa đọc/);
      await expect
        .poll(
          async () => {
            await page.getByRole('button', { name: 'Tải lại' }).click();
            return alerts.locator('.desk-alerts > li').count();
          },
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'landing-leader-1366');
      await approval.locator('a.desk-code').first().click();
      await expect.poll(() => heading(page).textContent()).toMatch(/H56/);
      await expect
        .poll(() =>
          page.getByRole('group', { name: 'Thao tác với hồ sơ' }).getByRole('button').allTextContents(),
        )
        .toContain('Phê duyệt');
    }));
});
