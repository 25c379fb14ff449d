/**
 * Online public service points in a real browser: a helper at a point submits for a citizen who consents by the
 * code sent to their phone (read from the SMS the development channel wrote) or by signing on the helper's device,
 * and the unit has the dossier as an online one waiting to be received; the self-service kiosk signs the citizen
 * out when left idle (the wait shortened by `?idle=`), and their session no longer opens /api/citizen/me. Phone and
 * desktop sizes; axe finds nothing on the new pages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TRACKING_PHONE } from '../src/services/demo-data/dossiers-data.js';
import { chooseOption } from './desk.js';
import {
  axeViolations,
  expectNoSideScroll,
  loginHeaders,
  newPage,
  screenshot,
  sentMessages,
  signIn,
  useJourney,
  type viewports,
} from './harness.js';

const journey = useJourney();

/** The newest SMS to `phone` (0xxxxxxxxx) once it has come, and the 6-digit code in it. */
async function codeSentTo(phone: string, before: number): Promise<string> {
  const to = '+84' + phone.slice(1);
  await expect
    .poll(
      () =>
        sentMessages(journey.server)
          .slice(before)
          .filter((m) => m.to === to).length,
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  const sms = sentMessages(journey.server)
    .filter((m) => m.to === to)
    .at(-1)!;
  return /\b(\d{6})\b/.exec(sms.body)![1]!;
}

async function fillApplicant(page: Page, phone: string) {
  await chooseOption(page.locator('main'), 'Thủ tục hành chính (nộp trực tuyến)', 'khai sinh');
  await page.getByLabel('Họ và tên').fill('Hà Văn Sáu');
  await page.getByLabel('Số điện thoại di động').fill(phone);
  await page.getByLabel('Số định danh cá nhân (CCCD)').fill('038195099777');
  await page.locator('.sp-docs input[type="checkbox"]').first().check();
}

/** The helper answers the case questions (the papers follow them) and photographs the birth certificate. */
async function questionsAndScan(page: Page) {
  const docs = page.locator('.sp-docs > li');
  const before = await docs.count();
  const questions = page.locator('fieldset.case-question');
  await expect.poll(() => questions.count()).toBeGreaterThan(0);
  for (const q of await questions.all()) await q.getByLabel('Không').check();
  // "Không" everywhere: the papers asked only in those cases are no longer listed.
  await expect.poll(() => docs.count()).toBeLessThan(before);
  await page.getByLabel('Chụp hoặc tải bản quét: Giấy chứng sinh').setInputFiles({
    name: 'giay-chung-sinh.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 5)]),
  });
  await expect.poll(() => page.locator('.sp-docs').textContent()).toContain('giay-chung-sinh.pdf');
}

/** The unit's reception officer sees the dossier as an online one waiting to be received. */
async function expectAtUnit(code: string) {
  const headers = await loginHeaders(journey.server, 'tiepnhan.dongtien');
  const res = await fetch(`${journey.server.url}/api/dossiers/${encodeURIComponent(code)}`, { headers });
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ code, channel: 'online', status: 'submitted' });
}

/** The officer's dossier page names the point, the helper and how the citizen consented, and has the scan. */
async function deskSeesPoint(code: string) {
  const { context, page } = await newPage(journey.browser, 'desktop');
  try {
    await signIn(
      page,
      journey.server,
      'tiepnhan.dongtien',
      `/ban-lam-viec/ho-so/${encodeURIComponent(code)}`,
    );
    const main = page.locator('main');
    await expect
      .poll(() => main.textContent(), { timeout: 20_000 })
      .toMatch(/Nộp tại điểm dịch vụ công trực tuyến: Điểm dịch vụ công thôn Quyết Thắng, người hỗ trợ: \S/);
    expect(await main.textContent()).toContain('mã xác nhận gửi tới điện thoại của người dân');
    expect(await main.textContent()).toContain('giay-chung-sinh.pdf');
    await screenshot(page, 'service-point-desk-dossier');
  } finally {
    await context.close();
  }
}

async function submitted(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Nộp hồ sơ trực tuyến' }).click();
  const title = page.locator('.ant-result-title');
  await expect.poll(() => title.textContent(), { timeout: 20_000 }).toMatch(/^Đã nộp hồ sơ /);
  return (await title.textContent())!.replace('Đã nộp hồ sơ ', '');
}

describe('a helper at a service point', () => {
  it('at desktop size: submits for a citizen who reads out the code sent to their phone', async () => {
    const { context, page } = await newPage(journey.browser, 'desktop');
    try {
      await signIn(page, journey.server, 'hotro.dongtien', '/diem-dich-vu');
      await expect.poll(() => page.locator('h1').textContent()).toBe('Nộp hồ sơ thay người dân');
      await expect
        .poll(() => page.locator('main').textContent())
        .toContain('Điểm dịch vụ công thôn Quyết Thắng');
      const phone = '0915200001';
      await fillApplicant(page, phone);
      await questionsAndScan(page);
      const before = sentMessages(journey.server).length;
      await page.getByRole('button', { name: 'Gửi mã tới điện thoại người dân' }).click();
      await expect.poll(() => page.getByRole('status').textContent()).toContain('Đã gửi mã tới số');
      await page.getByLabel('Mã xác nhận', { exact: true }).fill(await codeSentTo(phone, before));
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'service-point-submit-desktop');
      const code = await submitted(page);
      await expectAtUnit(code);
      await deskSeesPoint(code);
      // The helper's list shows it, with its status only.
      await page.getByRole('link', { name: 'Hồ sơ đã nộp tại điểm' }).first().click();
      await expect.poll(() => page.locator('main').textContent()).toContain(code);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'service-point-submitted-desktop');
    } finally {
      await context.close();
    }
  });

  it('at phone size: submits for a citizen who signs on the helper’s device', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    try {
      await signIn(page, journey.server, 'hotro.dongtien', '/diem-dich-vu');
      await fillApplicant(page, '0915200002');
      await page.getByLabel('Người dân ký trên máy này').check();
      const pad = page.locator('.sp-signature-canvas');
      await pad.scrollIntoViewIfNeeded();
      const box = (await pad.boundingBox())!;
      await page.mouse.move(box.x + 20, box.y + 30);
      await page.mouse.down();
      for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 25, box.y + 30 + (i % 2) * 40);
      await page.mouse.up();
      await expectNoSideScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'service-point-submit-phone');
      await expectAtUnit(await submitted(page));
    } finally {
      await context.close();
    }
  });
});

async function kioskSignsOut(size: keyof typeof viewports) {
  const { context, page } = await newPage(journey.browser, size);
  try {
    await page.goto(`${journey.server.url}/cong-dan/kiosk?idle=6`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Máy tự phục vụ');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `kiosk-start-${size}`);
    await page.getByRole('link', { name: 'Bắt đầu' }).click();
    await page.waitForURL((u) => u.pathname === '/cong-dan/kiosk/dang-nhap');
    await page.getByLabel('Số điện thoại di động').fill(DEMO_TRACKING_PHONE);
    const before = sentMessages(journey.server).length;
    await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
    const phone = DEMO_TRACKING_PHONE.replace(/\s/g, '');
    await page.getByLabel('Mã xác nhận (6 chữ số)').fill(await codeSentTo(phone, before));
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL((u) => u.pathname === '/cong-dan/kiosk/ho-so');
    await expect.poll(() => page.locator('.citizen-dossier').count()).toBeGreaterThan(0);
    // No account kept: the session's cookie ends with the browser.
    const cookie = (await context.cookies()).find((c) => c.name === 'motcua_citizen');
    expect(cookie?.expires).toBe(-1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `kiosk-dossiers-${size}`);
    // Left alone: the countdown, then back to the start, signed out on the server too.
    const countdown = page.getByRole('alert').filter({ hasText: 'Tự động đăng xuất sau' });
    await expect.poll(() => countdown.isVisible(), { timeout: 10_000 }).toBe(true);
    await screenshot(page, `kiosk-countdown-${size}`);
    await page.waitForURL((u) => u.pathname === '/cong-dan/kiosk', { timeout: 10_000 });
    const me = await fetch(`${journey.server.url}/api/citizen/me`, {
      headers: { cookie: `motcua_citizen=${cookie!.value}` },
    });
    expect(me.status).toBe(401);
  } finally {
    await context.close();
  }
}

describe('the self-service kiosk', () => {
  it('at phone size: signs the citizen out when left idle, on the server too', async () => {
    await kioskSignsOut('phone');
  });
  it('at desktop size: the same', async () => {
    await kioskSignsOut('desktop');
  });
});
