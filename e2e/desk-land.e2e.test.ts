/**
 * A land dossier through the Land Registration Office and the Tax office, as staff do it in their browsers: received
 * at the office's desk (transfer of ownership, 1.013831) → the leader assigns it (automatically, to the office's
 * land specialist) → the specialist picks the Tax office from the list and fills the information slip on land
 * (form 01/LCHS) → the Tax officer finds it in the Tax office's inbox, reads the slip and sends it back with the
 * notice of financial obligations (two obligations, amounts, deadlines) → back at the office the dossier page shows
 * the obligations and each agency's time against its share; appraised, approved, result recorded, returned. The
 * control slip and the information slip print as PDFs (saved with a PNG of each page under test-results/), and the
 * citizen's tracking page shows what to pay and by when. axe-core on the pages; screenshots at 1366 and 390 px.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newPage, screenshot, signIn, clickUntilDisabled, useJourney } from './harness.js';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { act, chooseOption, openAction, openDossier, submitAction } from './desk.js';

const journey = useJourney();

const LAND = '1.013831';
const CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';
const PHONE = '0912 888 777';

/** Saves a PDF under test-results/ with a PNG of each page (pdftoppm), for people to look at. */
function savePdf(name: string, pdf: Buffer): void {
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync(`test-results/${name}.pdf`, pdf);
  const r = spawnSync('pdftoppm', ['-png', '-r', '80', `test-results/${name}.pdf`, `test-results/${name}`]);
  expect(r.status).toBe(0);
}

const summary = (page: Page) => page.locator('.dossier-summary').textContent();

describe('land dossier sent to the Tax office and back', () => {
  it('goes through both agencies; the control slip lists every hand-off per agency', async () => {
    const desk = await newPage(journey.browser, 'desktop');
    const leader = await newPage(journey.browser, 'desktop');
    const specialist = await newPage(journey.browser, 'desktop');
    const tax = await newPage(journey.browser, 'desktop');
    try {
      // Reception at the Land Registration Office.
      await signIn(desk.page, journey.server, 'tiepnhan.vpdk');
      await desk.page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
      // Not in assisted mode, whatever the weekday (Tuesdays and Thursdays open it by default).
      const assistedSwitch = desk.page.getByRole('switch', { name: /Ngày không viết/ });
      await expect.poll(() => assistedSwitch.isVisible()).toBe(true);
      if ((await assistedSwitch.getAttribute('aria-checked')) === 'true') await assistedSwitch.click();
      await expect.poll(() => assistedSwitch.getAttribute('aria-checked')).toBe('false');
      await desk.page.getByLabel('Thủ tục hành chính').fill(LAND);
      await desk.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: LAND })
        .first()
        .click();
      await desk.page.getByRole('combobox', { name: 'Trường hợp' }).click();
      await desk.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: CASE })
        .first()
        .click();
      await desk.page.getByLabel('Họ và tên').fill('Nguyễn Văn Thành');
      await desk.page.getByLabel('Số căn cước công dân').fill('038090001234');
      await desk.page.getByLabel('Số điện thoại di động').fill(PHONE);
      const docs = desk.page.getByRole('list', { name: 'Thành phần hồ sơ' }).locator('.intake-doc');
      await expect.poll(() => docs.count()).toBeGreaterThan(3);
      // The paper for the other case is not listed.
      expect(await docs.filter({ hasText: 'làm đường giao thông' }).count()).toBe(0);
      for (let i = 0; i < (await docs.count()); i++) {
        await clickUntilDisabled(docs.nth(i).getByRole('button', { name: /^Đủ: / }));
      }
      await desk.page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await expect
        .poll(() => desk.page.getByRole('heading', { name: 'Đã tiếp nhận hồ sơ' }).isVisible())
        .toBe(true);
      const code = ((await desk.page.locator('.intake-code').textContent()) ?? '').trim();
      expect(code).toMatch(/^000\.00\.21\.H56-\d{6}-\d{4}$/);

      // The office's leader assigns it, leaving the choice to the system.
      await signIn(leader.page, journey.server, 'lanhdao.vpdk');
      await openDossier(leader.page, journey.server, code);
      await act(leader.page, 'Phân công');
      await expect.poll(() => summary(leader.page)).toContain('Đang thẩm định');

      // The office's land specialist (the only one of the field) got it; they send it to the Tax office, chosen
      // from the list, with the information slip.
      await signIn(specialist.page, journey.server, 'chuyenvien.vpdk');
      await openDossier(specialist.page, journey.server, code);
      const transfer = await openAction(specialist.page, 'Chuyển liên thông');
      await chooseOption(transfer, 'Cơ quan nhận liên thông', 'Thuế cơ sở 3');
      await expect.poll(() => transfer.getByText('I. Người sử dụng đất').isVisible()).toBe(true);
      // The land user is the applicant; the received papers are listed as attached.
      expect(await transfer.getByLabel('Họ tên người sử dụng đất').inputValue()).toBe('Nguyễn Văn Thành');
      expect(
        await transfer.locator('.ant-select-selection-item', { hasText: 'Hợp đồng' }).count(),
      ).toBeGreaterThan(0);
      // Sent half-filled: each missing field says what it needs, nothing leaves.
      await transfer.getByRole('button', { name: 'Chuyển liên thông', exact: true }).click();
      await expect.poll(() => transfer.getByText('Cần số thửa đất.').isVisible()).toBe(true);
      expect(await transfer.getByText('Cần giá chuyển nhượng.').isVisible()).toBe(true);
      await transfer.getByLabel('Số phiếu').fill('125/PCTT-VPĐK');
      await transfer
        .getByLabel('Địa chỉ nhận thông báo nộp tiền')
        .fill('thôn Hạ, xã Đông Tiến, tỉnh Thanh Hóa');
      await transfer.getByLabel('Thửa đất số').fill('245');
      await transfer.getByLabel('Tờ bản đồ số').fill('12');
      await transfer.getByLabel('Diện tích (m²)').fill('150,5');
      await transfer.getByLabel('Thời hạn sử dụng').fill('Lâu dài');
      await transfer.getByLabel('Địa chỉ thửa đất').fill('thôn Hạ, xã Đông Tiến, tỉnh Thanh Hóa');
      await transfer.getByLabel('Mục đích sử dụng đất').fill('Đất ở tại nông thôn (ONT)');
      await transfer
        .getByLabel('Nguồn gốc sử dụng đất')
        .fill('Nhận chuyển nhượng đất được Nhà nước giao có thu tiền');
      await transfer.getByLabel('Giá ghi trên hợp đồng').fill('850000000');
      await transfer.getByLabel('Số hợp đồng, văn bản').fill('1520/2026/HĐCN');
      await transfer.getByLabel('Họ tên bên chuyển quyền').fill('Lê Thị Mai');
      await transfer
        .getByLabel('Nội dung đề nghị cơ quan phối hợp')
        .fill('Đề nghị xác định nghĩa vụ tài chính');
      expect(await axeViolations(specialist.page)).toEqual([]);
      await screenshot(specialist.page, 'land-tax-slip-form-1366');
      await submitAction(transfer, 'Chuyển liên thông');
      await expect.poll(() => summary(specialist.page)).toContain('Đang xử lý liên thông');
      expect(await summary(specialist.page)).toMatch(/Đơn vị đang xử lý.*[Tt]huế/);

      // The Tax officer finds it in the Tax office's inbox, reads the slip and answers with the notice.
      await signIn(tax.page, journey.server, 'chuyenvien.thue');
      await expect
        .poll(() => tax.page.getByRole('link', { name: code }).count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(await axeViolations(tax.page)).toEqual([]);
      await screenshot(tax.page, 'desk-land-tax-inbox-desktop');
      await tax.page.getByRole('link', { name: code }).first().click();
      await expect.poll(() => tax.page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
      const slipCard = tax.page.locator('.dossier-tax-slip');
      await expect.poll(() => slipCard.textContent()).toContain('Thửa số 245, tờ bản đồ số 12');
      expect(await slipCard.textContent()).toContain('150,5 m²');
      expect(await slipCard.textContent()).toContain('850.000.000 đồng');
      const back = await openAction(tax.page, 'Trả về từ liên thông');
      await chooseOption(back, 'Khoản phải nộp 1', 'Thuế thu nhập cá nhân');
      await back.getByLabel('Số tiền 1').fill('17000000');
      await back.getByLabel('Số thông báo 1').fill('TB-0117/TNCN');
      await back.getByRole('button', { name: 'Thêm khoản phải nộp' }).click();
      await chooseOption(back, 'Khoản phải nộp 2', 'Lệ phí trước bạ');
      await back.getByLabel('Số tiền 2').fill('4250000');
      await back.getByLabel('Số thông báo 2').fill('TB-0118/LPTB');
      await back
        .getByLabel('Nội dung trả lời, kết quả liên thông')
        .fill('Thông báo nộp thuế thu nhập cá nhân và lệ phí trước bạ');
      expect(await axeViolations(tax.page)).toEqual([]);
      await screenshot(tax.page, 'land-tax-notice-form-1366');
      await submitAction(back, 'Trả về từ liên thông');
      // Back at the office, the Tax officer has nothing more to do.
      await expect.poll(() => tax.page.getByRole('group', { name: 'Thao tác với hồ sơ' }).count()).toBe(0);

      // At the office: the obligations, and each agency's time against its share so far.
      await openDossier(specialist.page, journey.server, code);
      const notice = specialist.page.locator('.dossier-tax-notice');
      await expect.poll(() => notice.textContent()).toContain('Thuế thu nhập cá nhân');
      const noticeText = (await notice.textContent()) ?? '';
      expect(noticeText).toContain('17.000.000 đồng');
      expect(noticeText).toContain('4.250.000 đồng');
      expect(noticeText).toContain('Tổng cộng: 21.250.000 đồng');
      expect(noticeText).toMatch(/Hạn nộp\d{2}\/\d{2}\/\d{4}|\d{2}\/\d{2}\/\d{4}/);
      const shares = (await specialist.page.locator('.slip-agencies').textContent()) ?? '';
      expect(shares).toMatch(/Thuế cơ sở 3[^:]*: giữ [\d,]+ giờ \/ được giao 40 giờ/);
      expect(shares).toMatch(/Đăng ký đất đai[^:]*: giữ [\d,]+ giờ \/ được giao \d+ giờ/);
      expect(await axeViolations(specialist.page)).toEqual([]);
      await screenshot(specialist.page, 'land-tax-dossier-1366');
      await specialist.page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await specialist.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await screenshot(specialist.page, 'land-tax-dossier-390');
      await specialist.page.setViewportSize({ width: 1366, height: 900 });

      // Appraised, approved, result recorded, returned.
      await openDossier(specialist.page, journey.server, code);
      await expect.poll(() => summary(specialist.page)).toContain('Đang thẩm định');
      await act(specialist.page, 'Thẩm định', (d) => d.getByLabel('Ý kiến thẩm định').fill('Đủ điều kiện'));
      await openDossier(leader.page, journey.server, code);
      await act(leader.page, 'Phê duyệt');
      await act(leader.page, 'Cập nhật kết quả');
      await openDossier(desk.page, journey.server, code);
      await act(desk.page, 'Trả kết quả');
      await expect.poll(() => summary(desk.page)).toContain('Đã trả kết quả');

      // The control slip: every hand-off, each with its outcome, and both agencies against their share.
      const slip = desk.page.locator('.dossier-slip');
      await expect.poll(() => slip.textContent()).toContain('Trả kết quả cho người nộp');
      const text = (await slip.textContent()) ?? '';
      for (const step of [
        'Tiếp nhận hồ sơ',
        'Phân công xử lý',
        'Chuyển liên thông',
        'Trả kết quả liên thông',
        'Phê duyệt',
        'Trả kết quả cho người nộp',
      ]) {
        expect(text).toContain(step);
      }
      expect(text).toMatch(/Trước hạn|Đúng hạn/);
      expect(text).not.toContain('Quá hạn');
      expect(text).toContain('Thông báo nộp thuế thu nhập cá nhân');
      const agencies = (await slip.locator('.slip-agencies').textContent()) ?? '';
      expect(agencies).toMatch(/[Tt]huế/);
      expect(agencies).toMatch(/[Đđ]ăng ký đất đai/);
      expect(await axeViolations(desk.page)).toEqual([]);
      await screenshot(desk.page, 'desk-land-slip-desktop');

      for (const [name, file] of [
        [/Phiếu kiểm soát quá trình giải quyết hồ sơ/, 'land-tax-control-slip'],
        [/Phiếu chuyển thông tin để xác định nghĩa vụ tài chính/, 'land-tax-information-slip'],
      ] as const) {
        const href = await desk.page.getByRole('link', { name }).getAttribute('href');
        const pdf = await desk.page.request.get(journey.server.url + href!);
        expect(pdf.status()).toBe(200);
        expect(pdf.headers()['content-type']).toContain('application/pdf');
        savePdf(file, await pdf.body());
      }

      // The citizen's tracking page: what to pay, how much, by when.
      await desk.page.goto(`${journey.server.url}/tra-cuu?ma=${encodeURIComponent(code)}`);
      await desk.page.getByLabel(/Số điện thoại/).fill(PHONE);
      await desk.page.getByRole('button', { name: /Tra cứu/ }).click();
      const owed = desk.page.locator('.track-obligations');
      await expect.poll(() => owed.textContent()).toContain('Thuế thu nhập cá nhân');
      expect(await owed.textContent()).toContain('17.000.000 đồng');
      expect(await owed.textContent()).toContain('Hạn nộp');
      expect(await axeViolations(desk.page)).toEqual([]);
      await desk.page.setViewportSize({ width: 390, height: 844 });
      await screenshot(desk.page, 'land-tax-tracking-390');
      await openDossier(desk.page, journey.server, code);
      await desk.page.setViewportSize({ width: 1366, height: 900 });

      await desk.page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => desk.page.locator('.dossier-docs').count()).toBe(1);
      expect(await axeViolations(desk.page)).toEqual([]);
      await screenshot(desk.page, 'desk-land-slip-phone');
    } finally {
      for (const p of [desk, leader, specialist, tax]) await p.context.close();
    }
  }, 300_000);
});
