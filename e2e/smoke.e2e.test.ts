import { describe, expect, it } from 'vitest';
import { newPage, useJourney } from './harness.js';

const journey = useJourney();

describe('the served web app', () => {
  it('loads the home page in Vietnamese', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    await page.goto(journey.server.url + '/');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    await context.close();
  });
});
