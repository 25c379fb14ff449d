/**
 * A land dossier through the Land Registration Office and the Tax office, as staff do it in their browsers: received
 * at the office's desk (transfer of ownership, 1.013831) → the leader assigns it (automatically) → the specialist
 * sends it to the Tax office → the Tax officer finds it in the Tax office's inbox and sends it back with the
 * financial-obligation notice → appraised, approved, result recorded, returned. The dossier page then shows the
 * control slip with every hand-off, on time or not, and each agency's time against its share; the slip's PDF link
 * answers a PDF. axe-core on the pages; screenshots at 1366 and 390 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  newPage,
  screenshot,
  type Server,
  signIn,
  openJourney,
  closeJourney,
  clickUntilDisabled,
} from './harness.js';
import { act, openDossier } from './desk.js';

let server: Server;
let browser: Browser;
beforeAll(async () => ({ server, browser } = await openJourney()));
afterAll(() => closeJourney({ server, browser }));

const LAND = '1.013831';
const CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';
const TAX = '000.00.22.H56';

const summary = (page: Page) => page.locator('.dossier-summary').textContent();

describe('land dossier sent to the Tax office and back', () => {
  it('goes through both agencies; the control slip lists every hand-off per agency', async () => {
    const desk = await newPage(browser, 'desktop');
    const leader = await newPage(browser, 'desktop');
    const specialist = await newPage(browser, 'desktop');
    const tax = await newPage(browser, 'desktop');
    try {
      // Reception at the Land Registration Office.
      await signIn(desk.page, server, 'tiepnhan.vpdk');
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
      await desk.page.getByLabel('Trường hợp').click();
      await desk.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: CASE })
        .first()
        .click();
      await desk.page.getByLabel('Họ và tên').fill('Nguyễn Văn Thành');
      await desk.page.getByLabel('Số căn cước công dân').fill('038090001234');
      await desk.page.getByLabel('Số điện thoại di động').fill('0912 888 777');
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
      await signIn(leader.page, server, 'lanhdao.vpdk');
      await openDossier(leader.page, server, code);
      await act(leader.page, 'Phân công');
      await expect.poll(() => summary(leader.page)).toContain('Đang thẩm định');

      // A specialist sends it to the Tax office.
      await signIn(specialist.page, server, 'chuyenvien.vpdk');
      await openDossier(specialist.page, server, code);
      await act(specialist.page, 'Chuyển liên thông', async (dialog) => {
        await dialog.getByLabel('Cơ quan nhận liên thông (mã định danh)').fill(TAX);
        await dialog
          .getByLabel('Nội dung đề nghị cơ quan phối hợp')
          .fill('Đề nghị xác định nghĩa vụ tài chính');
      });
      await expect.poll(() => summary(specialist.page)).toContain('Đang xử lý liên thông');
      expect(await summary(specialist.page)).toMatch(/Đơn vị đang xử lý.*[Tt]huế/);

      // The Tax officer finds it in the Tax office's inbox and sends it back with the notice.
      await signIn(tax.page, server, 'chuyenvien.thue');
      await expect
        .poll(() => tax.page.getByRole('link', { name: code }).count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      expect(await axeViolations(tax.page)).toEqual([]);
      await screenshot(tax.page, 'desk-land-tax-inbox-desktop');
      await tax.page.getByRole('link', { name: code }).first().click();
      await expect.poll(() => tax.page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
      await act(tax.page, 'Trả về từ liên thông', async (dialog) => {
        await dialog.getByLabel('Số thông báo, văn bản trả lời').fill('TB-2026-0117');
        await dialog.getByLabel('Số tiền phải nộp (đồng)').fill('12500000');
        await dialog
          .getByLabel('Nội dung trả lời, kết quả liên thông')
          .fill('Thông báo nộp thuế thu nhập cá nhân và lệ phí trước bạ');
      });
      // Back at the office, the Tax officer has nothing more to do.
      await expect.poll(() => tax.page.getByRole('group', { name: 'Thao tác với hồ sơ' }).count()).toBe(0);

      // Appraised, approved, result recorded, returned.
      await openDossier(specialist.page, server, code);
      await expect.poll(() => summary(specialist.page)).toContain('Đang thẩm định');
      await act(specialist.page, 'Thẩm định', (d) => d.getByLabel('Ý kiến thẩm định').fill('Đủ điều kiện'));
      await openDossier(leader.page, server, code);
      await act(leader.page, 'Phê duyệt');
      await act(leader.page, 'Cập nhật kết quả');
      await openDossier(desk.page, server, code);
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

      const href = await desk.page
        .getByRole('link', { name: /Phiếu kiểm soát quá trình giải quyết hồ sơ/ })
        .getAttribute('href');
      const pdf = await desk.page.request.get(server.url + href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');

      await desk.page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(() => desk.page.locator('.dossier-docs').count()).toBe(1);
      expect(await axeViolations(desk.page)).toEqual([]);
      await screenshot(desk.page, 'desk-land-slip-phone');
    } finally {
      for (const p of [desk, leader, specialist, tax]) await p.context.close();
    }
  });
});
