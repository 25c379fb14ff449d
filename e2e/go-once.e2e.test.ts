/**
 * Go once, for real — the linked journey in real browsers. A caller asks the commune's hotline about birth
 * registration (signed PBX events); the justice specialist answers two of the procedure's questions on the phone
 * (no authorisation, not an abandoned child) and sends the checklist: the SMS in the outbox names the declaration,
 * the birth certificate and the ID paper, and not the abandoned-child record. The citizen, on a phone, opens the
 * booking page the specialist's link gives (the answers already there), answers the rest and books; at the desk the
 * check-in's ticket (or, on a day with no slot left, the booking code) prefills the intake — person, procedure,
 * answers — and a dossier without the birth certificate gets a supplement slip (form 02, rendered to PNG and read)
 * that lists only that applicable paper. The citizen's tracking page then shows the thread: call → checklist →
 * booking → (ticket →) dossier. Desktop for staff, 390 px for the citizen; axe-core on the pages this journey adds to.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfFlatText } from '../src/adapters/pdf/pdf-test-utils.js';
import { newPage, screenshot, signIn, useJourney, apiSession, csrfHeader, lookAt } from './harness.js';
import { pbx, setAssisted, specialistAvailable } from './desk.js';

const journey = useJourney();

const LINE = '0237 3899 001';
const UNIT = 'H56.10.01';
const CALLER = '0978 246 135';
const CALLER_E164 = '+84978246135';
const NAME = 'Nguyễn Thị Một Lần';

/** Answers one of the procedure's questions (a fieldset named by the question). */
async function answer(page: Page, question: RegExp, option: 'Có' | 'Không') {
  await page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
}

describe('go once: one linked journey', () => {
  it('hotline answers → SMS for them → booking prefilled → intake prefilled → a supplement slip of applicable papers only → the thread', async () => {
    const specialist = await newPage(journey.browser, 'desktop');
    const citizen = await newPage(journey.browser, 'phone');
    const desk = await newPage(journey.browser, 'desktop');
    const admin = await apiSession(journey, 'admin.dongtien');
    const reception = await apiSession(journey, 'tiepnhan.dongtien');
    try {
      // 1. The call reaches the justice specialist (extension 211), who is at the console.
      await specialistAvailable(specialist.page, journey.server);
      const callId = `e2e-go-once-${randomUUID()}`;
      const t0 = Date.now();
      await pbx(journey.server, {
        callId,
        event: 'ringing',
        at: new Date(t0).toISOString(),
        caller: CALLER.replace(/\s/g, ''),
        called: LINE,
      });
      await pbx(journey.server, {
        callId,
        event: 'answered',
        at: new Date(t0 + 3000).toISOString(),
        extension: '211',
      });

      // 2. Two questions asked on the phone; the list on screen drops the abandoned-child record at once.
      await specialist.page.getByLabel('Tìm thủ tục').fill('khai sinh');
      await specialist.page.getByRole('button', { name: 'Tìm' }).click();
      await specialist.page
        .getByRole('radio', { name: /^Đăng ký khai sinh/ })
        .first()
        .check();
      const list = specialist.page.getByTestId('hotline-checklist');
      await list.waitFor();
      await answer(specialist.page, /ủy quyền/, 'Không');
      await answer(specialist.page, /bỏ rơi/, 'Không');
      await expect.poll(() => list.textContent()).not.toContain('Biên bản về việc trẻ bị bỏ rơi');
      await lookAt(specialist.page, 'go-once-hotline', ['desktop']);
      await specialist.page.getByRole('button', { name: /^Gửi danh mục cho/ }).click();
      await specialist.page
        .getByRole('status')
        .filter({ hasText: /^(Đã gửi danh mục giấy tờ qua SMS\.|Danh mục giấy tờ sẽ được gửi qua SMS lúc)/ })
        .waitFor();
      const bookingHref = await specialist.page
        .getByRole('link', { name: 'Đặt lịch hẹn cho người gọi' })
        .getAttribute('href');
      expect(bookingHref).toContain('tra-loi=');
      await pbx(journey.server, {
        callId,
        event: 'hangup',
        at: new Date(t0 + 90_000).toISOString(),
        durationSeconds: 87,
      });

      // 3. The SMS as the citizen gets it: the declaration, the birth certificate, the ID paper; no abandoned child.
      let sms = '';
      await expect
        .poll(async () => {
          const res = await admin.request.get(
            `${journey.server.url}/api/admin/notifications?q=${encodeURIComponent(CALLER_E164)}`,
          );
          const body = (await res.json()) as { items: { event: string; body: string }[] };
          sms = body.items.find((m) => m.event === 'hotline_checklist')?.body ?? '';
          return sms.length > 0;
        })
        .toBe(true);
      fs.mkdirSync('test-results', { recursive: true });
      fs.writeFileSync('test-results/go-once-sms.txt', sms + '\n');
      expect(sms).toContain('To khai dang ky khai sinh');
      expect(sms).toContain('Giay chung sinh');
      expect(sms).toContain('Giay to tuy than');
      expect(sms).not.toMatch(/bo roi/i);

      // 4. The citizen books on a phone from the specialist's link: the two answers are there; the rest asked.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      const todays = (await (
        await fetch(`${journey.server.url}/api/appointments/slots?unit=${UNIT}&field=HT&from=${today}&days=1`)
      ).json()) as { days: { date: string; slots: unknown[] }[] };
      const bookToday = (todays.days[0]?.slots.length ?? 0) > 0;
      await citizen.page.goto(
        `${journey.server.url}${bookingHref}&don-vi=${UNIT}${bookToday ? `&ngay=${today}` : ''}`,
      );
      await expect.poll(() => citizen.page.locator('h1').textContent()).toBe('Đặt lịch hẹn');
      expect(
        await citizen.page
          .getByRole('group', { name: /ủy quyền/ })
          .getByRole('radio', { name: 'Không', exact: true })
          .isChecked(),
      ).toBe(true);
      expect(
        await citizen.page
          .getByRole('group', { name: /bỏ rơi/ })
          .getByRole('radio', { name: 'Không', exact: true })
          .isChecked(),
      ).toBe(true);
      await answer(citizen.page, /mang thai hộ/, 'Không');
      await answer(citizen.page, /ngoài cơ sở y tế/, 'Không');
      await citizen.page.locator('.appt-slot').first().click();
      await citizen.page.getByLabel('Họ và tên').fill(NAME);
      await citizen.page.getByLabel('Số điện thoại di động').fill(CALLER);
      await lookAt(citizen.page, 'go-once-booking', ['phone']);
      await citizen.page.getByRole('button', { name: /^Đặt lịch \d/ }).click();
      await expect.poll(() => citizen.page.url()).toMatch(/\/dat-lich\/[A-Z2-9]{8}$/);
      const bookingCode = citizen.page.url().split('/').pop()!;

      // 5. At the desk: check-in gives the ticket the intake is prefilled from (the booking itself on a day with no
      //    slot left to book today).
      let intakePath = `/ban-lam-viec/tiep-nhan?appointment=${bookingCode}`;
      if (bookToday) {
        const checkIn = await reception.request.post(
          `${journey.server.url}/api/appointments/${bookingCode}/check-in`,
          {
            headers: await csrfHeader(reception),
          },
        );
        expect(checkIn.status(), await checkIn.text()).toBe(200);
        const { ticket } = (await checkIn.json()) as { ticket: { id: string } };
        intakePath = `/ban-lam-viec/tiep-nhan?ticket=${ticket.id}`;
      }
      await signIn(desk.page, journey.server, 'tiepnhan.dongtien', intakePath.split('?')[0]);
      await desk.page.goto(`${journey.server.url}${intakePath}`);
      await desk.page.getByText(/^Điền sẵn từ: /).waitFor();
      await setAssisted(desk.page, false);
      expect(await desk.page.getByText(/^Điền sẵn từ: /).textContent()).toMatch(/Lịch hẹn .*Cuộc gọi/);
      await expect.poll(() => desk.page.getByLabel('Họ và tên').inputValue()).toBe(NAME);
      expect(await desk.page.getByLabel('Số điện thoại di động').inputValue()).toBe(
        CALLER.replace(/\s/g, ''),
      );
      for (const q of [/ủy quyền/, /bỏ rơi/, /mang thai hộ/, /ngoài cơ sở y tế/])
        expect(
          await desk.page
            .getByRole('group', { name: q })
            .getByRole('radio', { name: 'Không', exact: true })
            .isChecked(),
        ).toBe(true);
      const docs = desk.page.getByRole('list', { name: 'Thành phần hồ sơ' }).locator('.intake-doc');
      await expect.poll(() => docs.count()).toBe(4);
      const ruledOut = desk.page.getByRole('list', { name: 'Giấy tờ không áp dụng' });
      expect(await ruledOut.textContent()).toContain('Biên bản về việc trẻ bị bỏ rơi');
      await desk.page.getByLabel('Số căn cước công dân').fill('038196013579');
      // The declaration, the ID paper and the residence proof are brought; the birth certificate is not.
      for (const i of [0, 2, 3]) await docs.nth(i).getByRole('button', { name: /^Đủ: / }).click();
      await lookAt(desk.page, 'go-once-intake', ['desktop']);
      await desk.page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
      await desk.page.getByRole('heading', { name: 'Hồ sơ chưa đủ: yêu cầu bổ sung' }).waitFor();
      const code = (await desk.page.locator('.intake-code').textContent()) ?? '';
      expect(code).toMatch(/^H56\.10\.01-\d{6}-\d{4}$/);
      await lookAt(desk.page, 'go-once-supplement', ['desktop']);

      // 6. The supplement slip lists only the applicable missing paper.
      const pdf = await reception.request.get(`${journey.server.url}/api/dossiers/${code}/forms/02`);
      expect(pdf.status()).toBe(200);
      const bytes = Buffer.from(await pdf.body());
      fs.writeFileSync('test-results/go-once-form-02.pdf', bytes);
      spawnSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        'test-results/go-once-form-02.pdf',
        'test-results/go-once-form-02',
      ]);
      const text = pdfFlatText(bytes);
      expect(text).toContain('Giấy chứng sinh');
      expect(text).not.toMatch(/bỏ rơi|ủy quyền|mang thai hộ|người làm chứng/);

      // 7. The dossier page says where it came from; the citizen's tracking page shows the thread.
      await desk.page.goto(`${journey.server.url}/ban-lam-viec/ho-so/${encodeURIComponent(code)}`);
      const origin = desk.page.getByRole('heading', { name: 'Nguồn tiếp nhận' });
      await origin.waitFor();
      expect(await desk.page.locator('main').textContent()).toContain('Trẻ bị bỏ rơi? — Không');
      await lookAt(desk.page, 'go-once-dossier', ['desktop']);
      await citizen.page.goto(`${journey.server.url}/tra-cuu`);
      await citizen.page.getByLabel('Mã hồ sơ').fill(code);
      await citizen.page.getByLabel(/Số điện thoại/).fill(CALLER);
      await citizen.page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
      const thread = citizen.page.locator('.track-thread li');
      await expect.poll(() => thread.count()).toBeGreaterThanOrEqual(4);
      const steps = await thread.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')));
      expect(steps).toEqual([
        'call',
        'checklist',
        'appointment',
        ...(bookToday ? ['ticket'] : []),
        'dossier',
      ]);
      await lookAt(citizen.page, 'go-once-tracking', ['phone']);
    } catch (err) {
      await screenshot(specialist.page, 'go-once-failure-specialist').catch(() => undefined);
      await screenshot(citizen.page, 'go-once-failure-citizen').catch(() => undefined);
      await screenshot(desk.page, 'go-once-failure-desk').catch(() => undefined);
      throw err;
    } finally {
      await specialist.context.close();
      await citizen.context.close();
      await desk.context.close();
      await admin.close();
      await reception.close();
    }
  });
});
