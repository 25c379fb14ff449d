/**
 * Day modes in a real browser at Hoằng Quang (H56.10.03, the seed's no-writing and no-appointment commune): its
 * administrator makes today one of its no-writing days (the demo's Tuesday and Thursday may not be today); the lobby
 * display says "Hôm nay là ngày không viết…", and desk intake opens in assisted mode (the officer fills the form).
 * And at Đông Khê (H56.10.02), today made its no-appointment day the same way: its administrator marks a procedure
 * the law does not make same-day as returned the same day (confirming the change); the reception officer choosing it
 * is told the dossier is due at today's close (the unit calendar's answer), the receipt says "Trả trong ngày", and
 * the end-of-day list shows it. No axe-core WCAG 2.1 AA violation on the display, the form and the lists.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { isoWeekday } from '../src/domain/calendar/civil-date.js';
import { instantToLocal } from '../src/domain/calendar/time-zone.js';
import { axeViolations, clickUntilDisabled, newPage, screenshot, signIn, useJourney } from './harness.js';

const journey = useJourney();

const UNIT = 'H56.10.03';

async function putAs(context: BrowserContext, url: string, data: unknown) {
  const csrf = (await context.cookies()).find((c) => c.name === 'motcua_csrf')?.value ?? '';
  const res = await context.request.fetch(journey.server.url + url, {
    method: 'PUT',
    headers: { 'x-csrf-token': decodeURIComponent(csrf) },
    data,
  });
  return res.status();
}

const today = () => isoWeekday(instantToLocal('Asia/Ho_Chi_Minh', Date.now()).day);

/** Signs in as the province administrator and sets a unit's day modes. */
async function setDayModes(agencyId: string, modes: { sameDay: number[]; noWriting: number[] }) {
  const admin = await newPage(journey.browser, 'desktop');
  try {
    await signIn(admin.page, journey.server, 'admin.tinh', '/quan-tri');
    expect(await putAs(admin.context, `/api/admin/units/${agencyId}/day-modes`, modes)).toBe(200);
  } finally {
    await admin.context.close();
  }
}

describe('a no-writing day at Hoằng Quang', () => {
  it('the lobby display says so and intake opens in assisted mode', async () => {
    await setDayModes(UNIT, { sameDay: [5], noWriting: [today()] });

    const display = await newPage(journey.browser, 'desktop');
    try {
      await display.page.goto(`${journey.server.url}/man-hinh/${UNIT}`);
      const banner = display.page.locator('.display-day-mode');
      await expect
        .poll(() => banner.textContent())
        .toContain('Hôm nay là ngày không viết: cán bộ điền giúp tờ khai');
      await screenshot(display.page, 'display-no-writing-1366');
      expect(await axeViolations(display.page)).toEqual([]);
    } finally {
      await display.context.close();
    }

    const desk = await newPage(journey.browser, 'desktop');
    try {
      await signIn(desk.page, journey.server, 'tiepnhan.hoangquang', '/ban-lam-viec/tiep-nhan');
      const assisted = desk.page.getByRole('switch', { name: /Ngày không viết/ });
      await expect.poll(() => assisted.getAttribute('aria-checked')).toBe('true');
      await screenshot(desk.page, 'intake-assisted-1366');
    } finally {
      await desk.context.close();
    }
  });
});

const DONG_KHE = 'H56.10.02';
/** Civil-status correction: one working day by law; Đông Khê marks it same-day in this journey. */
const CORRECTION = '1.004859';

/** The due instant the unit's calendar gives a same-day dossier received now (what intake will compute). */
async function sameDayDueNow(): Promise<string> {
  const res = await fetch(`${journey.server.url}/api/calendar/due`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ unit: DONG_KHE, received: new Date().toISOString(), sameDay: true }),
  });
  return ((await res.json()) as { due: string }).due;
}

/** "dd/mm/yyyy hh:mm" of an ISO instant with the +07:00 offset, as the desk writes it. */
const deskTime = (due: string) =>
  `${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)} ${due.slice(11, 16)}`;

async function markCorrectionSameDay(page: Page) {
  await signIn(page, journey.server, 'admin.dongkhe', '/quan-tri/don-vi');
  await page.getByRole('button', { name: 'Sửa' }).first().click();
  const section = page.getByRole('region', { name: 'Thủ tục trả kết quả trong ngày vào ngày không hẹn' });
  await expect.poll(() => section.getByText(/Luôn trả trong ngày theo quy định/).isVisible()).toBe(true);
  const select = section.getByRole('combobox');
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: CORRECTION,
  });
  await expect
    .poll(async () => {
      if ((await section.textContent())?.includes(`(${CORRECTION})`)) return true;
      await select.click();
      await select.fill('cải chính');
      if ((await option.count()) > 0) await option.first().click();
      return (await section.textContent())?.includes(`(${CORRECTION})`);
    })
    .toBe(true);
  await page.keyboard.press('Escape');
  await section.getByRole('button', { name: 'Lưu thủ tục trả trong ngày' }).click();
  const confirm = page.locator('.ant-modal-confirm');
  await expect.poll(() => confirm.textContent()).toContain(`Thêm: Thay đổi, cải chính`);
  expect(await axeViolations(page)).toEqual([]);
  await confirm.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => page.getByText('Đã lưu thủ tục trả kết quả trong ngày.').isVisible()).toBe(true);
  await screenshot(page, 'admin-same-day-procedures-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await section.scrollIntoViewIfNeeded();
  await screenshot(page, 'admin-same-day-procedures-390');
}

/** Receives a complete correction dossier at the desk; checks the same-day notice and the receipt. */
async function receiveCorrection(page: Page): Promise<string> {
  await signIn(page, journey.server, 'tiepnhan.dongkhe', '/ban-lam-viec/tiep-nhan');
  const assisted = page.getByRole('switch', { name: /Ngày không viết/ });
  await expect.poll(() => assisted.getAttribute('aria-checked')).toBe('false');
  await page.getByLabel('Thủ tục hành chính').fill('cải chính');
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: CORRECTION })
    .first()
    .click();
  const due = await sameDayDueNow();
  const notice = page.locator('.intake-same-day');
  await expect.poll(() => notice.textContent()).toContain(due.slice(11, 16));
  expect(await notice.textContent()).toContain('Ngày không hẹn');
  expect(await notice.textContent()).toContain('đơn vị đăng ký trả kết quả trong ngày');
  await page.getByLabel('Họ và tên').fill('Nguyễn Thị Hồng');
  await page.getByLabel('Số căn cước công dân').fill('038190000311');
  await page.getByLabel('Số điện thoại di động').fill('0912456780');
  const docs = page.getByRole('list', { name: 'Thành phần hồ sơ' }).locator('.intake-doc');
  await expect.poll(() => docs.count()).toBe(5);
  for (let i = 0; i < 4; i++) await clickUntilDisabled(docs.nth(i).getByRole('button', { name: /^Đủ: / }));
  await docs
    .nth(4)
    .getByRole('checkbox', { name: /^Không áp dụng: / })
    .check();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'desk-intake-same-day-1366');
  await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).isVisible()).toBe(true);
  expect(await page.locator('.intake-due').textContent()).toBe(deskTime(due));
  await expect.poll(() => page.locator('.intake-same-day-tag').textContent()).toBe('Trả trong ngày');
  return ((await page.locator('.intake-code').textContent()) ?? '').trim();
}

describe('a no-appointment day at Đông Khê', () => {
  it('a procedure the unit marks is due at today’s close and waits in the end-of-day list', async () => {
    await setDayModes(DONG_KHE, { sameDay: [today()], noWriting: [] });
    const admin = await newPage(journey.browser, 'desktop');
    try {
      await markCorrectionSameDay(admin.page);
    } finally {
      await admin.context.close();
    }
    const res = await fetch(`${journey.server.url}/api/units/${DONG_KHE}/day-modes`);
    const modes = (await res.json()) as { sameDayProcedures: { code: string }[] };
    expect(modes.sameDayProcedures.map((p) => p.code)).toContain(CORRECTION);

    const desk = await newPage(journey.browser, 'desktop');
    try {
      const code = await receiveCorrection(desk.page);
      expect(code).toMatch(/^H56\.10\.02-\d{6}-\d{4}$/);
      await desk.page.goto(`${journey.server.url}/ban-lam-viec/cuoi-ngay`);
      const row = desk.page.getByRole('row').filter({ hasText: code });
      await expect.poll(() => row.textContent()).toContain('Trả trong ngày');
      await expect.poll(() => desk.page.getByText(/hồ sơ chưa xong, trong đó/).isVisible()).toBe(true);
      expect(await axeViolations(desk.page)).toEqual([]);
      await screenshot(desk.page, 'desk-end-of-day-same-day-1366');
      await desk.page.setViewportSize({ width: 390, height: 844 });
      const card = desk.page.locator('.desk-cards > li').filter({ hasText: code });
      await expect.poll(() => card.textContent()).toContain('Trả trong ngày');
      expect(await axeViolations(desk.page)).toEqual([]);
      await screenshot(desk.page, 'desk-end-of-day-same-day-390');
    } finally {
      await desk.context.close();
    }
  });
});
