/**
 * Day modes in a real browser at Hoằng Quang (H56.10.03, the seed's no-writing and no-appointment commune): its
 * administrator makes today one of its no-writing days (the demo's Tuesday and Thursday may not be today); the lobby
 * display says "Hôm nay là ngày không viết…", and desk intake opens in assisted mode (the officer fills the form).
 * No axe-core WCAG 2.1 AA violation on the display.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { isoWeekday } from '../src/domain/calendar/civil-date.js';
import { instantToLocal } from '../src/domain/calendar/time-zone.js';
import {
  axeViolations,
  closeJourney,
  newPage,
  openJourney,
  screenshot,
  signIn,
  type Server,
} from './harness.js';

let server: Server;
let browser: Browser;
beforeAll(async () => ({ server, browser } = await openJourney()));
afterAll(() => closeJourney({ server, browser }));

const UNIT = 'H56.10.03';

async function putAs(context: BrowserContext, url: string, data: unknown) {
  const csrf = (await context.cookies()).find((c) => c.name === 'motcua_csrf')?.value ?? '';
  const res = await context.request.fetch(server.url + url, {
    method: 'PUT',
    headers: { 'x-csrf-token': decodeURIComponent(csrf) },
    data,
  });
  return res.status();
}

describe('a no-writing day at Hoằng Quang', () => {
  it('the lobby display says so and intake opens in assisted mode', async () => {
    const weekday = isoWeekday(instantToLocal('Asia/Ho_Chi_Minh', Date.now()).day);
    const admin = await newPage(browser, 'desktop');
    try {
      await signIn(admin.page, server, 'admin.tinh', '/quan-tri');
      const status = await putAs(admin.context, `/api/admin/units/${UNIT}/day-modes`, {
        sameDay: [5],
        noWriting: [weekday],
      });
      expect(status).toBe(200);
    } finally {
      await admin.context.close();
    }

    const display = await newPage(browser, 'desktop');
    try {
      await display.page.goto(`${server.url}/man-hinh/${UNIT}`);
      const banner = display.page.locator('.display-day-mode');
      await expect
        .poll(() => banner.textContent())
        .toContain('Hôm nay là ngày không viết: cán bộ điền giúp tờ khai');
      await screenshot(display.page, 'display-no-writing-1366');
      expect(await axeViolations(display.page)).toEqual([]);
    } finally {
      await display.context.close();
    }

    const desk = await newPage(browser, 'desktop');
    try {
      await signIn(desk.page, server, 'tiepnhan.hoangquang', '/ban-lam-viec/tiep-nhan');
      const assisted = desk.page.getByRole('switch', { name: /Ngày không viết/ });
      await expect.poll(() => assisted.getAttribute('aria-checked')).toBe('true');
      await screenshot(desk.page, 'intake-assisted-1366');
    } finally {
      await desk.context.close();
    }
  });
});
