/**
 * Tracking a dossier in a real browser at phone size: a dossier received at the desk through the API is found on
 * /tra-cuu?ma=CODE by the last 4 digits of the applicant's phone; a wrong phone says so in Vietnamese; no axe-core
 * WCAG 2.1 AA violation on the page.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, loginHeaders, onPage, screenshot, type Server, useJourney } from './harness.js';

let code = '';

/** Logs in as the Đông Tiến reception officer and receives a complete birth registration; returns its code. */
async function receiveBirth(server: Server): Promise<string> {
  const res = await fetch(server.url + '/api/dossiers', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await loginHeaders(server, 'tiepnhan.dongtien')) },
    body: JSON.stringify({
      procedureCode: '1.001193',
      applicant: { name: 'Lê Thị Hoa', phone: '091 234 5678', idNumber: '038195012345' },
      documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
      notApplicable: [4, 5, 6, 7],
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { dossier: { code: string } }).dossier.code;
}

const journey = useJourney(async ({ server }) => {
  code = await receiveBirth(server);
});

describe('dossier tracking at phone size', () => {
  it('finds the dossier from the receipt link by the last 4 digits, and explains a wrong phone', () =>
    onPage(journey, { size: 'phone', path: `/tra-cuu?ma=${encodeURIComponent(code)}` }, async (page) => {
      await expect.poll(() => page.locator('h1').textContent()).toBe('Tra cứu tình trạng hồ sơ');
      expect(await page.getByLabel('Mã hồ sơ').inputValue()).toBe(code);

      await page.getByLabel('Số điện thoại').fill('1111');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Không tìm thấy hồ sơ với mã và số điện thoại này');

      await page.getByLabel('Số điện thoại').fill('5678');
      await page.getByRole('button', { name: 'Tra cứu' }).click();
      const result = page.locator('.track-result');
      await expect.poll(() => result.textContent()).toContain('Đã tiếp nhận');
      const text = (await result.textContent()) ?? '';
      expect(text).toMatch(/khai sinh/i);
      expect(text).toMatch(/Ngày hẹn trả kết quả\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
      expect(text).toContain('Tiếp nhận');
      expect(text).not.toContain('Lê Thị Hoa');
      await screenshot(page, 'tracking-phone-found');
      expect(await axeViolations(page)).toEqual([]);
    }));
});
