/**
 * The notification admin page in a real browser, at phone and desktop size: the province administrator edits an
 * SMS template and sees the segment count and the preview change as they type, cannot save an unknown
 * placeholder, saves a valid one; finds a failed message by phone and sends it again. axe-core must find no
 * WCAG 2.1 AA violation. The failed message is written into the data directory between two starts of the server
 * (no provider has to fail on cue).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../src/db/connection.js';
import { withNotify } from '../src/db/with-notify.js';
import {
  axeViolations,
  launchBrowser,
  newPage,
  screenshot,
  startServer,
  type Server,
  signIn,
} from './harness.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-notify-'));
let server: Server;
let browser: Browser;
const phones = { phone: '+84912000771', desktop: '+84912000772' } as const;

beforeAll(async () => {
  const first = await startServer({}, { dataDir, keepData: true });
  await first.stop();
  const database = await openDatabase({ dataDir });
  try {
    const db = withNotify(database.db);
    const unit = await db
      .selectFrom('units')
      .select('id')
      .where('agency_id', '=', 'H56.10.01')
      .executeTakeFirstOrThrow();
    for (const [size, phone] of Object.entries(phones)) {
      await db
        .insertInto('notifications')
        .values({
          dedupe_key: `e2e:${size}`,
          event: 'result_ready',
          channel: 'sms',
          recipient: phone,
          body: 'Ho so H56.10.01-261201-0007 da co ket qua. Moi ong/ba den nhan tai UBND xa Dong Tien.',
          unit_id: unit.id,
          status: 'permanent_failure',
          provider: 'smpp-chinh',
          attempts: 1,
          last_error: 'UNDELIV: thuê bao không tồn tại',
        })
        .execute();
    }
  } finally {
    await database.close();
  }
  server = await startServer({}, { dataDir, keepData: true });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function login(page: Page) {
  await signIn(page, server, 'admin.tinh', '/quan-tri/thong-bao');
  await expect
    .poll(() => page.getByRole('heading', { name: 'Tin nhắn thông báo', level: 1 }).isVisible())
    .toBe(true);
}

describe.each(['phone', 'desktop'] as const)('notification admin at %s size', (size) => {
  it('edits a template with the live segment count and preview, then finds and resends a failed message', async () => {
    const { context, page } = await newPage(browser, size);
    try {
      await login(page);

      // Templates: the count and the preview follow the text.
      await page.getByRole('tab', { name: 'Mẫu tin' }).click();
      const body = page.getByLabel('Nội dung mẫu tin');
      await expect.poll(() => body.inputValue()).toContain('{{maHoSo}}');
      const count = page.locator('.notify-count');
      await expect.poll(() => count.textContent()).toMatch(/Tin nhắn mẫu: 2 \/ 3 phần \(196 ký tự/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `notify-templates-${size}`);

      await body.fill('Hồ sơ {{maHoSo}} của {{hoTen}} đã được tiếp nhận.');
      await expect.poll(() => page.getByText('{{hoTen}}', { exact: false }).first().isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Lưu mẫu tin' }).isDisabled()).toBe(true);

      const long = 'Hồ sơ {{maHoSo}} đã được tiếp nhận tại {{donVi}}, hẹn trả {{hanTra}}. '.repeat(7);
      await body.fill(long);
      await expect.poll(() => count.textContent()).toMatch(/Tin nhắn mẫu: [4-9] \/ 3 phần.*vượt giới hạn/);

      const wording = `Đã nhận hồ sơ {{maHoSo}} ({{thuTuc}}) tại {{donVi}}. Hẹn trả: {{hanTra}}. Mẫu ${size}`;
      await body.fill(wording);
      await expect.poll(() => count.textContent()).toMatch(/Tin nhắn mẫu: 1 \/ 3 phần/);
      await expect
        .poll(() => page.locator('.notify-preview').textContent())
        .toBe(
          `Da nhan ho so H56.10.01-261125-0001 (Dang ky khai sinh) tai UBND xa Dong Tien. Hen tra: 17:00 27/11/2026. Mau ${size}`,
        );
      await page.getByRole('button', { name: 'Lưu mẫu tin' }).click();
      await expect.poll(() => page.getByText('Đã lưu mẫu tin.').isVisible()).toBe(true);
      await expect.poll(() => page.getByText('Đã sửa', { exact: true }).isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `notify-template-saved-${size}`);
      // Back to the built-in wording (the other size starts from it too).
      await page.getByRole('button', { name: 'Dùng mẫu mặc định' }).click();
      await expect.poll(() => page.getByText('Mẫu mặc định', { exact: true }).isVisible()).toBe(true);
      await expect.poll(() => count.textContent()).toMatch(/Tin nhắn mẫu: 2 \/ 3 phần \(196 ký tự/);

      // Messages: search by phone (typed the national way), see the error, resend.
      await page.getByRole('tab', { name: 'Tin nhắn đã gửi' }).click();
      const search = page.getByLabel('Tìm theo số điện thoại, thư điện tử hoặc mã hồ sơ');
      await search.fill('0' + phones[size].slice(3));
      await search.press('Enter');
      const row = page.locator('.ant-table-row', { hasText: phones[size] });
      await expect.poll(() => row.count()).toBe(1);
      await expect.poll(() => row.textContent()).toContain('Lỗi vĩnh viễn');
      await expect.poll(() => row.textContent()).toContain('UNDELIV: thuê bao không tồn tại');
      await expect.poll(() => row.textContent()).toContain('smpp-chinh');
      expect(await page.locator('.ant-table-row').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `notify-messages-${size}`);

      await row.getByRole('button', { name: /Gửi lại/ }).click();
      await expect.poll(() => page.getByText('Đã đưa tin nhắn vào hàng đợi gửi lại.').isVisible()).toBe(true);
      await expect.poll(() => row.textContent()).not.toContain('Lỗi vĩnh viễn');
      expect(await row.getByRole('button', { name: /Gửi lại/ }).count()).toBe(0);
      await screenshot(page, `notify-resent-${size}`);

      // A citizen asks for no more SMS notices: recorded by phone, one-time codes still go.
      await page.getByRole('tab', { name: 'Lựa chọn nhận tin' }).click();
      const who = page.getByLabel('Số điện thoại của người dân');
      await who.fill('0' + phones[size].slice(3));
      await who.press('Enter');
      const optOut = page.getByLabel('Không nhận tin nhắn SMS thông báo (trừ mã xác nhận)');
      await expect.poll(() => optOut.isVisible()).toBe(true);
      expect(await optOut.isChecked()).toBe(false);
      await optOut.check();
      await page.getByRole('button', { name: 'Lưu lựa chọn' }).click();
      await expect
        .poll(() => page.getByText('Đã ghi nhận lựa chọn nhận tin của người dân.').isVisible())
        .toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `notify-preferences-${size}`);
      const saved = (await (
        await page.request.get(`${server.url}/api/notification-preferences?phone=${phones[size]}`)
      ).json()) as { smsOptOut: boolean };
      expect(saved.smsOptOut).toBe(true);
    } finally {
      await context.close();
    }
  });
});
