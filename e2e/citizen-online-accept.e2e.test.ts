/**
 * An online dossier from submission to the citizen's page, in a real browser: two dossiers are submitted online to
 * Đông Tiến; the reception officer (desktop) sees them in "Hồ sơ trực tuyến chờ tiếp nhận" with the time left and
 * the count in the menu, accepts the first in one click and asks a supplement for the second on its dossier page;
 * the citizen (390 px) signs in with a code from the SMS, sees "Đã tiếp nhận", downloads the receipt (form 01),
 * and the receipt's SMS is in the outbox; on the second dossier the citizen reads exactly what is missing. axe-core
 * finds no WCAG 2.1 AA violation on the desk list or the citizen's pages.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  expectNoSideScroll,
  lookAt,
  newPage,
  screenshot,
  sentMessages,
  signIn,
  useJourney,
} from './harness.js';
import { askSupplement, citizenSignIn, smsAbout } from './citizen.js';

const journey = useJourney();
const PHONE = '0915 300 001';
const E164 = '+84915300001';
const MISSING = 'Bản chụp Giấy chứng sinh rõ nét, đủ hai mặt';

/** Submits a birth registration online to Đông Tiến for PHONE (the code read from the SMS file); its code. */
async function submitOnline(): Promise<string> {
  const url = journey.server.url;
  const before = sentMessages(journey.server).length;
  const asked = await fetch(`${url}/api/dossiers/online/otp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone: PHONE }),
  });
  expect(asked.status).toBe(201);
  const { otpId } = (await asked.json()) as { otpId: string };
  await expect.poll(() => sentMessages(journey.server).length, { timeout: 20_000 }).toBeGreaterThan(before);
  const code = /\b(\d{6})\b/.exec(sentMessages(journey.server).at(-1)!.body)![1]!;
  const res = await fetch(`${url}/api/dossiers/online`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      procedureCode: '1.001193',
      unit: 'H56.10.01',
      applicant: { name: 'Trịnh Thị Vân', phone: PHONE, idNumber: '038195012399' },
      documents: [
        { index: 0, originals: 1, copies: 0 },
        { index: 1, originals: 1, copies: 0 },
      ],
      verification: { otpId, code },
    }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

describe('an online dossier: the officer accepts from the list, the citizen sees it', () => {
  it('accepts one, asks a supplement for another; the citizen sees the receipt, the SMS and what is missing', async () => {
    const accepted = await submitOnline();
    const asked = await submitOnline();

    // The officer, at a desk: both in the list, oldest first, with the time left and the count in the menu.
    const officer = await newPage(journey.browser, 'desktop');
    const citizen = await newPage(journey.browser, 'phone');
    try {
      const desk = officer.page;
      await signIn(desk, journey.server, 'tiepnhan.dongtien', '/ban-lam-viec/truc-tuyen');
      await desk.getByRole('heading', { name: 'Hồ sơ trực tuyến chờ tiếp nhận' }).waitFor();
      const row = (code: string) => desk.locator('tr', { hasText: code });
      await row(asked).waitFor();
      expect(await row(accepted).textContent()).toMatch(/Còn \d+ giờ|Quá hạn|Còn \d+ phút/);
      const menu = desk.getByRole('navigation', { name: 'Menu bàn làm việc' });
      expect(await menu.getByRole('link', { name: /Hồ sơ trực tuyến/ }).textContent()).toMatch(/\d/);
      await lookAt(desk, 'online-intake-list', ['desktop', 'phone']);
      await desk.setViewportSize({ width: 1366, height: 900 });

      await row(accepted)
        .getByRole('button', { name: /^Tiếp nhận/ })
        .click();
      await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await expect.poll(() => row(accepted).count(), { timeout: 20_000 }).toBe(0);

      // The second one: a supplement asked on its dossier page, saying exactly what is missing.
      await askSupplement(desk, asked, MISSING);

      // The citizen, on a phone: signs in, lands on the accepted dossier.
      const page = citizen.page;
      await citizenSignIn(journey, page, PHONE, `/cong-dan/ho-so/${accepted}`);
      await page.getByText('Đã tiếp nhận', { exact: true }).first().waitFor();
      expect(await page.locator('dl').textContent()).toContain('Ngày hẹn trả kết quả');
      await expectNoSideScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'citizen-online-accepted-phone');
      const receipt = page.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ });
      const href = (await receipt.getAttribute('href'))!;
      const pdf = await page.request.get(journey.server.url + href);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
      // Kept beside the screenshots, for people to look at.
      fs.mkdirSync('test-results', { recursive: true });
      fs.writeFileSync('test-results/citizen-online-receipt.pdf', await pdf.body());

      // The receipt's SMS: sent (the development channel's file), or held until 07:00 in the quiet hours.
      expect(await smsAbout(journey, E164, accepted, 'dossier_received')).toMatch(
        /da duoc tiep nhan.*Hen tra ket qua: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
      );

      // "Hồ sơ của tôi" lists both; the second says what is missing and where the upload goes.
      await page.getByRole('link', { name: '← Hồ sơ của tôi' }).click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/ho-so');
      await page.getByRole('link', { name: new RegExp(`hồ sơ ${asked.replace(/\./g, '\\.')}`) }).click();
      await page.waitForURL((u) => u.pathname === `/cong-dan/ho-so/${asked}`);
      const supplement = page.getByRole('region', { name: 'Cần bổ sung hồ sơ' });
      await supplement.waitFor();
      expect(await supplement.textContent()).toContain(MISSING);
      // The papers are sent online: a scan of one, then "Gửi bổ sung".
      const upload = page.getByRole('region', { name: 'Nộp bổ sung trực tuyến' });
      await upload
        .locator('input[type="file"]')
        .first()
        .setInputFiles({
          name: 'bo-sung.pdf',
          mimeType: 'application/pdf',
          buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 7)]),
        });
      await upload.getByText(/bo-sung\.pdf/).waitFor();
      await expectNoSideScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'citizen-online-supplement-phone');
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshot(page, 'citizen-online-supplement-desktop');
      expect(await axeViolations(page)).toEqual([]);
      await upload.getByRole('button', { name: 'Gửi bổ sung' }).click();
      await upload.getByText(/Đã gửi 1 tệp bổ sung/).waitFor();

      // Withdrawing asks first; the dialog is accessible too, and "Không rút" leaves the dossier as it was.
      await page.getByRole('button', { name: 'Rút hồ sơ' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Không rút' }).click();
      expect(await page.getByText('Chờ bổ sung hồ sơ').first().isVisible()).toBe(true);
    } finally {
      await officer.context.close();
      await citizen.context.close();
    }
  });
});
