/**
 * A birth registration through the desk, as staff do it, each on their own browser: the Đông Tiến reception officer
 * logs in, receives the dossier in assisted mode (fills the declaration, reads it back, the citizen confirms with the
 * code sent to their phone) → the receipt shows the code and the
 * appointment, its PDF link answers a PDF → the leader finds it in the inbox and assigns it to the specialist → the
 * specialist appraises → the leader approves and records the result → reception returns it; the public tracking page
 * then says "Đã trả kết quả". axe-core finds no WCAG 2.1 AA violation on the desk pages; screenshots at 390 and
 * 1366 px go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/services/demo-data/index.js';
import {
  axeViolations,
  clickUntilDisabled,
  newPage,
  onPage,
  screenshot,
  sentMessages,
  signIn,
  useJourney,
} from './harness.js';
import { act, chooseOption, setAssisted } from './desk.js';

const journey = useJourney();

const CODE_RE = /H56\.10\.01-\d{6}-\d{4}/;

/** Fills the intake screen for a complete birth registration and sends it; returns the dossier code. */
async function receiveBirth(
  page: Page,
  applicant: { name: string; phone: string; cccd: string },
  assisted?: (page: Page) => Promise<void>,
  scan = false,
) {
  await expect
    .poll(() => page.getByRole('heading', { name: 'Tiếp nhận hồ sơ', level: 1 }).isVisible())
    .toBe(true);
  await setAssisted(page, Boolean(assisted));
  await page.getByLabel('Thủ tục hành chính').fill('khai sinh');
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', {
    hasText: '1.001193',
  });
  await option.first().click();
  const docs = page.getByRole('list', { name: 'Thành phần hồ sơ' }).locator('.intake-doc');
  await expect.poll(() => docs.count()).toBeGreaterThan(1);

  // The client-side rules are the server's: a short CCCD and a landline are refused before sending.
  await page.getByLabel('Họ và tên').fill(applicant.name);
  await page.getByLabel('Số căn cước công dân').fill('03819501234');
  await page.getByLabel('Số điện thoại di động').fill('0241234567');
  const submit = assisted ? 'Tiếp tục: đọc lại cho công dân' : 'Tiếp nhận';
  await page.getByRole('button', { name: submit, exact: true }).click();
  await expect
    .poll(() => page.getByText('Số căn cước công dân phải có 12 chữ số hợp lệ.').isVisible())
    .toBe(true);
  await expect
    .poll(() => page.getByText('Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 0).').isVisible())
    .toBe(true);
  await page.getByLabel('Số căn cước công dân').fill(applicant.cccd);
  await page.getByLabel('Số điện thoại di động').fill(applicant.phone);

  // The declaration, the birth certificate, the ID and the residence proof are brought in full; the authorisation
  // and the papers of other cases do not apply.
  for (let i = 0; i < (await docs.count()); i++) {
    const row = docs.nth(i);
    if (i < 4) await clickUntilDisabled(row.getByRole('button', { name: /^Đủ: / }));
    else await row.getByRole('checkbox', { name: /^Không áp dụng: / }).check();
  }
  if (scan) {
    // The birth certificate's scan, attached once the dossier has its code.
    await docs
      .nth(1)
      .getByLabel(/^Đính kèm bản quét: /)
      .setInputFiles({
        name: 'giay-chung-sinh.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n% scan\n%%EOF\n'),
      });
    await expect.poll(() => docs.nth(1).textContent()).toContain('1 bản quét');
  }
  if (assisted) await assisted(page);
  else {
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `desk-intake-form-${page.viewportSize()?.width ?? 0}`);
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  }

  await expect.poll(() => page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).isVisible()).toBe(true);
  const code = ((await page.locator('.intake-code').textContent()) ?? '').trim();
  expect(code).toMatch(CODE_RE);
  expect((await page.locator('.intake-due').textContent()) ?? '').toMatch(
    /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
  );
  return code;
}

/** The SMS messages the development channel wrote, newest last. */
const messages = () => sentMessages(journey.server);

/**
 * Assisted mode: the officer fills the birth declaration for the citizen, reads it back, and the citizen confirms with
 * the one-time code that reached their phone.
 */
async function assistedBirth(page: Page) {
  // The requester's name and ID number are the applicant's, already entered; their residence is asked.
  expect(await page.getByLabel('Họ, chữ đệm, tên người yêu cầu').inputValue()).toBe('Nguyễn Thị Mai');
  expect(await page.getByLabel('Số định danh cá nhân của người yêu cầu').inputValue()).toBe('038195012345');
  await page.getByLabel('Nơi cư trú của người yêu cầu').fill('Thôn Đông, xã Đông Tiến');
  await page.getByLabel('Họ, chữ đệm, tên của trẻ').fill('Nguyễn Minh Khang');
  // A birth date after today is refused by the form's own rules before anything is sent.
  await page.getByLabel('Ngày, tháng, năm sinh').fill('20/11/2099');
  await page.getByRole('button', { name: /Tiếp tục: đọc lại cho công dân/ }).click();
  await expect
    .poll(() => page.locator('.eform-issue', { hasText: 'không được sau ngày hôm nay' }).isVisible())
    .toBe(true);
  await page.getByLabel('Ngày, tháng, năm sinh').fill('20/11/2026');
  await pickOption(page, 'Giới tính', 'Nam');
  await page.getByLabel('Dân tộc', { exact: true }).fill('Kinh');
  await page.getByLabel('Quốc tịch', { exact: true }).fill('Việt Nam');
  await page.getByLabel('Nơi sinh').fill('Trạm Y tế xã Đông Tiến');
  await page.getByLabel('Họ, chữ đệm, tên người mẹ').fill('Nguyễn Thị Mai');
  await pickOption(page, 'Quan hệ của người đi khai với trẻ', 'Mẹ');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'desk-intake-assisted-desktop');
  await page.getByRole('button', { name: /Tiếp tục: đọc lại cho công dân/ }).click();

  const readBack = page.locator('.intake-readback');
  await expect.poll(() => page.getByRole('heading', { name: 'Đọc lại cho công dân' }).isVisible()).toBe(true);
  const text = (await readBack.textContent()) ?? '';
  for (const v of ['Nguyễn Minh Khang', '20/11/2026', 'Trạm Y tế xã Đông Tiến', 'Mẹ', '0912345678']) {
    expect(text).toContain(v);
  }
  await readBack.getByRole('radio', { name: 'Mã xác nhận gửi tới điện thoại' }).check();
  const before = messages().length;
  await readBack.getByRole('button', { name: /Gửi mã tới 0912345678/ }).click();
  await expect.poll(() => messages().length, { timeout: 15_000 }).toBeGreaterThan(before);
  const sms = messages().at(-1)!;
  expect(sms.to).toBe('+84912345678');
  const code = /\b(\d{6})\b/.exec(sms.body)?.[1];
  expect(code, sms.body).toBeDefined();
  await readBack.getByLabel('Mã xác nhận công dân đọc lại').fill(code!);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'desk-intake-readback-desktop');
  await readBack.getByRole('button', { name: /Công dân đã xác nhận/ }).click();
}

/** Picks an option of an Ant Design select by its label (the shared, patient chooser of e2e/desk.ts). */
const pickOption = (page: Page, label: string, option: string) =>
  chooseOption(page.locator('body'), label, option);

/** Opens the dossier's action, fills its form and confirms; waits for the status to change. */
async function openFromList(page: Page, code: string, list = 'Hồ sơ cần xử lý') {
  await expect.poll(() => page.getByRole('heading', { name: list, level: 1 }).isVisible()).toBe(true);
  await page.getByRole('link', { name: code }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
}

const statusOf = (page: Page) => page.locator('.dossier-summary').textContent();

describe('birth registration at the desk, whole journey', () => {
  it('receipt → assign → appraise → approve → result → returned, then tracked as returned', async () => {
    const reception = await newPage(journey.browser, 'desktop');
    const leader = await newPage(journey.browser, 'desktop');
    const specialist = await newPage(journey.browser, 'desktop');
    try {
      // Reception: log in from the intake link, receive the dossier.
      await signIn(reception.page, journey.server, 'tiepnhan.dongtien', '/ban-lam-viec/tiep-nhan');
      const code = await receiveBirth(
        reception.page,
        { name: 'Nguyễn Thị Mai', phone: '0912 345 678', cccd: '038195012345' },
        assistedBirth,
      );
      expect(await axeViolations(reception.page)).toEqual([]);
      await screenshot(reception.page, 'desk-intake-receipt-desktop');

      // The receipt PDF link answers a PDF.
      const href = await reception.page.getByRole('link', { name: /In giấy tiếp nhận/ }).getAttribute('href');
      expect(href).toContain(`/api/dossiers/${code}/forms/`);
      const pdf = await reception.page.request.get(journey.server.url + href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // Leader: lands on their page after logging in, finds the dossier awaiting assignment there, assigns it.
      await leader.page.goto(journey.server.url + '/dang-nhap');
      await leader.page.getByLabel('Tên đăng nhập').fill('lanhdao.dongtien');
      await leader.page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await leader.page.getByRole('button', { name: 'Đăng nhập' }).click();
      await leader.page.waitForURL((u) => u.pathname === '/ban-lam-viec/lanh-dao');
      await openFromList(leader.page, code, 'Việc chờ lãnh đạo');
      expect(await statusOf(leader.page)).toContain('Đã tiếp nhận');
      expect(await axeViolations(leader.page)).toEqual([]);
      await screenshot(leader.page, 'desk-dossier-leader-desktop');
      // A leader does not appraise: no such button.
      expect(await leader.page.getByRole('button', { name: 'Thẩm định', exact: true }).count()).toBe(0);
      await act(leader.page, 'Phân công', async (dialog) => {
        await expect.poll(() => dialog.getByLabel('Chuyên viên xử lý').isVisible()).toBe(true);
        expect(await axeViolations(leader.page)).toEqual([]);
        await screenshot(leader.page, 'desk-assign-desktop');
        await dialog.getByLabel('Chuyên viên xử lý').click();
        await leader.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      });
      await expect.poll(() => statusOf(leader.page)).toContain('Đang thẩm định');

      // Specialist: appraises with an opinion.
      await signIn(specialist.page, journey.server, 'chuyenvien.dongtien');
      await openFromList(specialist.page, code);
      await act(specialist.page, 'Thẩm định', (dialog) =>
        dialog.getByLabel('Ý kiến thẩm định').fill('Hồ sơ đầy đủ, đề nghị cấp Giấy khai sinh.'),
      );
      await expect.poll(() => statusOf(specialist.page)).toContain('Chờ phê duyệt');

      // Leader: the page still shows the dossier before the appraisal; reassigning from it is refused as stale,
      // said in Vietnamese, and the page reloads to the new status.
      expect(await statusOf(leader.page)).toContain('Đang thẩm định');
      await act(leader.page, 'Phân công', async (dialog) => {
        await dialog.getByLabel('Chuyên viên xử lý').click();
        await leader.page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
      });
      await expect.poll(() => leader.page.getByText(/Hồ sơ vừa được cập nhật/).count()).toBeGreaterThan(0);
      await expect.poll(() => statusOf(leader.page)).toContain('Chờ phê duyệt');
      await act(leader.page, 'Phê duyệt');
      await expect.poll(() => statusOf(leader.page)).toContain('Đã phê duyệt');
      await act(leader.page, 'Cập nhật kết quả', (dialog) =>
        dialog.getByLabel('Số, ký hiệu văn bản kết quả').fill('Giấy khai sinh số 125/2026'),
      );
      await expect.poll(() => statusOf(leader.page)).toContain('Có kết quả, chờ trả');

      // Reception: returns the result; the history reads in Vietnamese.
      await reception.page.goto(`${journey.server.url}/ban-lam-viec/ho-so/${code}`);
      await expect.poll(() => statusOf(reception.page)).toContain('Có kết quả, chờ trả');
      await act(reception.page, 'Trả kết quả', async (dialog) => {
        expect(await dialog.getByLabel('Người nhận kết quả').inputValue()).toBe('Nguyễn Thị Mai');
        await dialog.getByLabel('Số CCCD người nhận').fill('038195012345');
        await dialog.getByLabel('Ghi chú khi trả kết quả').fill('Nhận trực tiếp tại bộ phận một cửa');
      });
      await expect.poll(() => statusOf(reception.page)).toContain('Đã trả kết quả');
      const history = (await reception.page.locator('.dossier-history').textContent()) ?? '';
      for (const step of [
        'Tiếp nhận',
        'Phân công',
        'Thẩm định',
        'Phê duyệt',
        'Cập nhật kết quả',
        'Trả kết quả',
      ]) {
        expect(history).toContain(step);
      }
      expect(history).toContain('Hồ sơ đầy đủ, đề nghị cấp Giấy khai sinh.');
      // The declaration was entered by the officer and confirmed by the citizen's code.
      const declaration = (await reception.page.locator('.dossier-declaration').textContent()) ?? '';
      expect(declaration).toContain('Nguyễn Minh Khang');
      expect(declaration).toContain('Cán bộ Phạm Thị Lan nhập');
      expect(declaration).toMatch(/xác nhận bằng mã xác nhận gửi tới điện thoại/);
      expect(await axeViolations(reception.page)).toEqual([]);
      await screenshot(reception.page, 'desk-dossier-returned-desktop');

      // The citizen's tracking page says it was returned.
      const citizen = reception.page;
      await citizen.goto(`${journey.server.url}/tra-cuu?ma=${encodeURIComponent(code)}`);
      await citizen.getByLabel('Số điện thoại').fill('5678');
      await citizen.getByRole('button', { name: 'Tra cứu' }).click();
      await expect.poll(() => citizen.locator('.track-result').textContent()).toContain('Đã trả kết quả');
    } finally {
      await reception.context.close();
      await leader.context.close();
      await specialist.context.close();
    }
  });

  it('works on a phone: inbox cards, intake and dossier page at 390 px', () =>
    onPage(journey, { size: 'phone', as: 'tiepnhan.dongtien' }, async (page) => {
      await expect
        .poll(() => page.getByRole('heading', { name: 'Hồ sơ cần xử lý', level: 1 }).isVisible())
        .toBe(true);
      await expect.poll(() => page.locator('.desk-cards li').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'desk-inbox-phone');

      await page.getByRole('button', { name: 'Mở menu' }).click();
      await page
        .getByRole('navigation', { name: 'Menu bàn làm việc' })
        .getByRole('link', { name: 'Tiếp nhận hồ sơ' })
        .click();
      const code = await receiveBirth(
        page,
        { name: 'Trần Văn An', phone: '0987654321', cccd: '001090001234' },
        undefined,
        true,
      );
      await expect.poll(() => page.getByText('Đã đính kèm 1 bản quét.').isVisible()).toBe(true);
      await screenshot(page, 'desk-intake-receipt-phone');
      await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
      await expect
        .poll(() => page.locator('.dossier-attachments').textContent())
        .toContain('giay-chung-sinh.pdf');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'desk-dossier-phone');
    }));
});
