/**
 * The hotline in real browsers: a signed call from the PBX rings in the operator's console with the caller's
 * history (a demo dossier of that phone); the operator transfers it to the justice specialist with a note; the
 * specialist, in a second browser context, sees the call with the note, finds "Đăng ký khai sinh" and sends its
 * checklist by SMS; the SMS is in the outbox; the call log shows both legs; a dossier from the same phone is then
 * received complete and the first-visit rate on the dashboard changes; the leader reads the call log and the
 * callbacks without their actions. axe-core finds no WCAG 2.1 AA violation on the pages; screenshots at phone and
 * desktop sizes go to test-results/.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { birth } from '../src/http/dossier/dossier-test-utils.js';
import { DEMO_TRACKING_PHONE } from '../src/services/demo-data/dossiers-data.js';
import { newPage, signIn, screenshot, useJourney, apiSession, csrfHeader, lookAt } from './harness.js';
import { pbx, specialistAvailable } from './desk.js';

const journey = useJourney();

/** Đông Tiến's public hotline number (the demo data's line of the commune). */
const LINE = '0237 3899 001';
const CALLER = DEMO_TRACKING_PHONE.replace(/\s/g, '');

/** "2/3 hồ sơ đi một lần" → its two numbers. */
function cameOnce(text: string | null): { cameOnce: number; dossiers: number } {
  const m = /^([\d.]+)\/([\d.]+) /.exec(text ?? '');
  if (!m) throw new Error(`not a first-visit count: ${text}`);
  return { cameOnce: Number(m[1]!.replace(/\./g, '')), dossiers: Number(m[2]!.replace(/\./g, '')) };
}

describe('hotline journey', () => {
  it('a call rings with the caller’s history, goes to the justice specialist, the checklist is sent by SMS, and the first-visit rate follows', async () => {
    const operator = await newPage(journey.browser, 'desktop');
    const specialist = await newPage(journey.browser, 'desktop');
    const admin = await apiSession(journey, 'admin.dongtien');
    const reception = await apiSession(journey, 'tiepnhan.dongtien');
    try {
      // The specialist is at their desk and available; the operator's console is connected.
      await specialistAvailable(specialist.page, journey.server);
      await signIn(operator.page, journey.server, 'tongdai.dongtien', '/ban-lam-viec/tong-dai');
      await operator.page.getByText('Đang kết nối trực tiếp').waitFor();
      await lookAt(operator.page, 'hotline-operator-idle');

      // The dashboard before the call: how many of the callers' dossiers came once (the demo data has one).
      const dashboard = await newPage(journey.browser, 'desktop');
      await signIn(dashboard.page, journey.server, 'lanhdao.dongtien', '/ban-lam-viec/thong-ke-tong-dai');
      const firstVisit = dashboard.page.getByTestId('stat-first-visit-detail');
      await firstVisit.waitFor();
      const before = cameOnce(await firstVisit.textContent());

      // The call rings in the console with the caller's name and dossiers.
      const callId = `e2e-${randomUUID()}`;
      const t0 = Date.now();
      await pbx(journey.server, {
        callId,
        event: 'ringing',
        at: new Date(t0).toISOString(),
        caller: CALLER,
        called: LINE,
      });
      const ring = operator.page.getByTestId('hotline-ring');
      await ring.filter({ hasText: DEMO_TRACKING_PHONE }).waitFor();
      await expect
        .poll(() => operator.page.getByTestId('pop-dossiers').locator('li').count())
        .toBeGreaterThan(0);
      const callerName = (await operator.page.getByTestId('caller-name').textContent()) ?? '';
      expect(callerName).not.toBe('Chưa rõ tên');
      await expect
        .poll(() => operator.page.getByRole('status').filter({ hasText: 'Cuộc gọi đến từ số' }).count())
        .toBe(1);
      await lookAt(operator.page, 'hotline-operator-ringing');

      // The operator answers at extension 200, chooses the justice field, the specialist, and transfers.
      await pbx(journey.server, {
        callId,
        event: 'answered',
        at: new Date(t0 + 4000).toISOString(),
        extension: '200',
      });
      await ring.waitFor({ state: 'detached' });
      await operator.page.getByLabel('Lĩnh vực người gọi hỏi').click();
      await operator.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hộ tịch' })
        .click();
      const minh = operator.page.getByRole('radio', { name: /Hoàng Văn Minh/ });
      await expect.poll(() => minh.isEnabled()).toBe(true);
      await minh.check();
      const note = 'Chị hỏi giấy tờ đăng ký khai sinh cho con mới sinh';
      await operator.page.getByLabel('Ghi chú cho chuyên viên').fill(note);
      await lookAt(operator.page, 'hotline-operator-transfer');
      await operator.page.getByRole('button', { name: 'Chuyển máy' }).click();
      await pbx(journey.server, {
        callId,
        event: 'transferred',
        at: new Date(t0 + 40_000).toISOString(),
        extension: '200',
        toExtension: '211',
      });

      // The specialist sees it with the note, finds the birth registration and sends its checklist by SMS.
      await expect.poll(() => specialist.page.getByTestId('operator-note').textContent()).toBe(note);
      await specialist.page.getByLabel('Tìm thủ tục').fill('khai sinh');
      await specialist.page.getByRole('button', { name: 'Tìm' }).click();
      await specialist.page
        .getByRole('radio', { name: /^Đăng ký khai sinh/ })
        .first()
        .check();
      await specialist.page.getByTestId('hotline-checklist').waitFor();
      await specialist.page.getByRole('button', { name: /^Gửi danh mục cho/ }).click();
      // Sent at once, or held until the morning when the test runs in the quiet hours: either way by SMS.
      await specialist.page
        .getByRole('status')
        .filter({ hasText: /^(Đã gửi danh mục giấy tờ qua SMS\.|Danh mục giấy tờ sẽ được gửi qua SMS lúc)/ })
        .waitFor();
      await specialist.page.getByRole('radio', { name: 'Đã hướng dẫn' }).check();
      await specialist.page.getByLabel('Ghi chú').fill('Đã đọc danh mục, chị sẽ đến nộp tuần này');
      await specialist.page.getByRole('button', { name: 'Ghi kết quả' }).click();
      await specialist.page.getByText(/^Đã ghi: Đã hướng dẫn/).waitFor();
      await lookAt(specialist.page, 'hotline-specialist');
      await pbx(journey.server, {
        callId,
        event: 'hangup',
        at: new Date(t0 + 180_000).toISOString(),
        durationSeconds: 180,
      });

      // The SMS is in the outbox, addressed to the caller.
      await expect
        .poll(async () => {
          const res = await admin.request.get(
            `${journey.server.url}/api/admin/notifications?q=${encodeURIComponent(CALLER)}`,
          );
          const body = (await res.json()) as { items: { event: string; channel: string }[] };
          return body.items.filter((m) => m.event === 'hotline_checklist' && m.channel === 'sms').length;
        })
        .toBe(1);

      // The call log, searched by the number in its +84 form, shows both legs.
      await operator.page.goto(`${journey.server.url}/ban-lam-viec/cuoc-goi`);
      await operator.page.getByLabel('Số điện thoại người gọi').fill('+84' + CALLER.slice(1));
      await operator.page.getByLabel('Số điện thoại người gọi').press('Enter');
      const legs = operator.page.getByTestId('call-legs').first().locator('li');
      await expect.poll(() => legs.count()).toBe(2);
      expect(await legs.nth(0).textContent()).toContain('máy lẻ 200');
      expect(await legs.nth(1).textContent()).toContain('máy lẻ 211');
      expect(await legs.nth(1).textContent()).toContain(note);
      await lookAt(operator.page, 'hotline-call-log');

      // The demo data's missed call waits for a callback; the operator returns it and writes what was said.
      await operator.page.getByRole('tab', { name: 'Cần gọi lại' }).click();
      const callback = operator.page.getByTestId('callback').filter({ hasText: 'Gọi nhỡ' }).first();
      await callback.getByRole('button', { name: 'Đánh dấu đã gọi lại' }).click();
      await callback.getByLabel('Kết quả gọi lại').fill('Đã gọi lại, hướng dẫn nộp trực tuyến');
      await callback.getByRole('button', { name: 'Xong' }).click();
      await callback.getByText('Đã gọi lại', { exact: true }).waitFor();
      await lookAt(operator.page, 'hotline-callbacks');

      // A complete dossier from the same phone is received at the desk: the callers' first-visit rate changes.
      const received = await reception.request.post(`${journey.server.url}/api/dossiers`, {
        headers: await csrfHeader(reception),
        data: birth({ idempotencyKey: `hotline-e2e-${Date.now()}` }),
      });
      expect(received.status(), await received.text()).toBe(201);
      await expect
        .poll(async () => {
          await dashboard.page.reload();
          await firstVisit.waitFor();
          return cameOnce(await firstVisit.textContent());
        })
        .toEqual({ cameOnce: before.cameOnce + 1, dossiers: before.dossiers + 1 });
      await lookAt(dashboard.page, 'hotline-dashboard');

      // The leader finds the call log in the menu and reads it, on a page of their own: the calls and a new missed
      // call's callback, without the operator's actions.
      const missedId = `e2e-missed-${randomUUID()}`;
      const t1 = Date.now();
      await pbx(journey.server, {
        callId: missedId,
        event: 'ringing',
        at: new Date(t1).toISOString(),
        caller: CALLER,
        called: LINE,
      });
      await pbx(journey.server, { callId: missedId, event: 'hangup', at: new Date(t1 + 9000).toISOString() });
      const log = await newPage(journey.browser, 'desktop');
      await signIn(log.page, journey.server, 'lanhdao.dongtien', '/ban-lam-viec/cuoc-goi');
      const logLink = log.page
        .getByRole('navigation', { name: 'Menu bàn làm việc' })
        .getByRole('link', { name: 'Cuộc gọi và gọi lại' });
      expect(await logLink.getAttribute('href')).toContain('/ban-lam-viec/cuoc-goi');
      await log.page.getByText('chỉ xem', { exact: false }).waitFor();
      await expect.poll(() => log.page.getByTestId('call-legs').count()).toBeGreaterThan(0);
      await log.page.getByRole('tab', { name: 'Cần gọi lại' }).click();
      await log.page.getByTestId('callback').filter({ hasText: 'Gọi nhỡ' }).first().waitFor();
      expect(await log.page.getByRole('button', { name: 'Đánh dấu đã gọi lại' }).count()).toBe(0);
      await lookAt(log.page, 'hotline-call-log-leader');
      await log.context.close();
      await dashboard.context.close();
    } catch (err) {
      // What each person saw when it failed, for the next engineer.
      await screenshot(operator.page, 'hotline-failure-operator').catch(() => undefined);
      await screenshot(specialist.page, 'hotline-failure-specialist').catch(() => undefined);
      throw err;
    } finally {
      await operator.context.close();
      await specialist.context.close();
      await admin.close();
      await reception.close();
    }
  });
});
