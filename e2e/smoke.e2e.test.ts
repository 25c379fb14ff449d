import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { newPage, type Server, openJourney, closeJourney } from './harness.js';

let server: Server;
let browser: Browser;
beforeAll(async () => ({ server, browser } = await openJourney()));
afterAll(() => closeJourney({ server, browser }));

describe('the served web app', () => {
  it('loads the home page in Vietnamese', async () => {
    const { context, page } = await newPage(browser, 'phone');
    await page.goto(server.url + '/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    await context.close();
  });
});
