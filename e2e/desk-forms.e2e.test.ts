/**
 * The desk's smaller forms on one dossier, as Đông Tiến's staff fill them in their browsers: the reception officer
 * receives a marital-status certificate without the proof of residence → the outcome is a supplement request that
 * lists it and offers its form to print; the dossier waits with no clock → the citizen brings the paper and the
 * officer records it ("Nhận hồ sơ bổ sung"): the dossier is received and its clock starts → the leader assigns it →
 * the specialist asks xã Đông Khê for its opinion ("Xin ý kiến") → Đông Khê's specialist finds it in the inbox and
 * answers on a phone → the specialist asks the citizen for one more paper ("Yêu cầu bổ sung"): the clock stops, no
 * due date → the desk records it: the clock starts over, as this procedure says (restart) → the leader, not the
 * specialist, extends the due date with an apology, once; the new due date is shown and the letter can be printed.
 * axe-core on each form; screenshots go to test-results/.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, newPage, screenshot, signIn, clickUntilDisabled, useJourney } from './harness.js';
import {
  actionButtons,
  chooseOption,
  dossierPath,
  openAction,
  openDossier,
  setAssisted,
  submitAction,
} from './desk.js';

const journey = useJourney();

const MARITAL = '1.004873';
const RESIDENCE = 'Giấy tờ chứng minh nơi cư trú';
const DONG_KHE = 'H56.10.02';
const DATE_TIME = /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

/** "dd/mm/yyyy hh:mm" → the same wall time as a UTC date (for day arithmetic only). */
function parseWall(text: string): Date {
  const [, d, m, y, h, min] = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(text.trim())!;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)));
}
function formatWall(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
/** Today's date in Vietnam, as wall time at 00:00. */
function todayInVietnam(): Date {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** Signs in straight to the dossier's page. */
async function signInTo(page: Page, username: string, code: string) {
  await signIn(page, journey.server, username, dossierPath(code));
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
}

/** Types a date and time into an Ant Design picker, as an officer would, and confirms it. */
async function pickDateTime(field: Locator, text: string) {
  await field.click();
  await field.fill(text);
  await field.press('Enter');
  await expect.poll(() => field.inputValue()).toBe(text);
}

/** A row of the dossier summary ("Trạng thái", "Hạn trả kết quả", "Thời hạn"…). */
async function summaryValue(page: Page, label: string): Promise<string> {
  const cell = page
    .locator('.dossier-summary th', { hasText: label })
    .locator('xpath=following-sibling::td[1]');
  return ((await cell.textContent()) ?? '').trim();
}

const history = (page: Page) => page.locator('.dossier-history').textContent();
const formsCard = (page: Page) => page.locator('.dossier-forms');

describe('the desk’s supplement, consultation and extension forms', () => {
  it('requests and receives a supplement, consults another commune, extends once with an apology', async () => {
    const desk = await newPage(journey.browser, 'desktop');
    const leader = await newPage(journey.browser, 'desktop');
    const specialist = await newPage(journey.browser, 'desktop');
    const other = await newPage(journey.browser, 'phone');
    try {
      // (a) Reception: the proof of residence is not brought.
      await signIn(desk.page, journey.server, 'tiepnhan.dongtien', '/ban-lam-viec/tiep-nhan');
      await setAssisted(desk.page, false);
      await desk.page.getByLabel('Thủ tục hành chính').fill(MARITAL);
      await desk.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: MARITAL })
        .first()
        .click();
      await desk.page.getByLabel('Họ và tên').fill('Vũ Thị Hồng Nhung');
      await desk.page.getByLabel('Số căn cước công dân').fill('038196004321');
      await desk.page.getByLabel('Số điện thoại di động').fill('0915 246 810');
      const docs = desk.page.getByRole('list', { name: 'Thành phần hồ sơ' }).locator('.intake-doc');
      await expect.poll(() => docs.count()).toBe(5);
      await clickUntilDisabled(docs.nth(0).getByRole('button', { name: /^Đủ: / }));
      await clickUntilDisabled(docs.nth(1).getByRole('button', { name: /^Đủ: / }));
      // The residence proof (third) stays at nought; no earlier certificate, no authorisation.
      await docs
        .nth(3)
        .getByRole('checkbox', { name: /^Không áp dụng: / })
        .check();
      await docs
        .nth(4)
        .getByRole('checkbox', { name: /^Không áp dụng: / })
        .check();
      await desk.page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();

      await expect
        .poll(() => desk.page.getByRole('heading', { name: 'Hồ sơ chưa đủ: yêu cầu bổ sung' }).isVisible())
        .toBe(true);
      const code = ((await desk.page.locator('.intake-code').textContent()) ?? '').trim();
      expect(code).toMatch(/^H56\.10\.01-\d{6}-\d{4}$/);
      const missing = desk.page.locator('.intake-missing', { hasText: 'Giấy tờ còn thiếu' });
      expect(await missing.textContent()).toContain(RESIDENCE);
      expect(await missing.locator('li').count()).toBe(1);
      const print = desk.page.getByRole('link', { name: /In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/ });
      const pdf = await desk.page.request.get(journey.server.url + (await print.getAttribute('href'))!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      await screenshot(desk.page, 'desk-forms-supplement-outcome-1366');

      // The dossier waits for the citizen, its clock not started.
      await desk.page.getByRole('button', { name: 'Mở hồ sơ' }).click();
      await expect.poll(() => desk.page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
      expect(await summaryValue(desk.page, 'Trạng thái')).toBe('Chờ bổ sung hồ sơ');
      expect(await summaryValue(desk.page, 'Thời hạn')).toBe('Tạm dừng — chờ công dân bổ sung');
      expect(await summaryValue(desk.page, 'Hạn trả kết quả')).toBe('—');
      expect(await formsCard(desk.page).textContent()).toContain('Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');

      // The citizen comes back with the paper.
      const supplement = await openAction(desk.page, 'Nhận hồ sơ bổ sung');
      expect(await supplement.textContent()).toContain(RESIDENCE);
      // Nothing ticked and no note: the form says what it needs, as the server would.
      await supplement.getByRole('button', { name: 'Nhận hồ sơ bổ sung', exact: true }).click();
      await expect
        .poll(() => supplement.getByText(/giấy tờ chưa đánh dấu thì ghi rõ/).isVisible())
        .toBe(true);
      await supplement.getByRole('checkbox', { name: `Đã nhận: ${RESIDENCE}` }).check();
      expect(await supplement.getByLabel(`Bản chính: ${RESIDENCE}`).inputValue()).toBe('1');
      expect(await axeViolations(desk.page)).toEqual([]);
      await screenshot(desk.page, 'desk-forms-receive-supplement-1366');
      await submitAction(supplement, 'Nhận hồ sơ bổ sung');
      await expect.poll(() => summaryValue(desk.page, 'Trạng thái')).toBe('Đã tiếp nhận');
      // The clock starts over from the supplement (the procedure's rule): three working days ahead.
      expect(await summaryValue(desk.page, 'Thời hạn')).toBe('Đang tính');
      const due = await summaryValue(desk.page, 'Hạn trả kết quả');
      expect(due).toMatch(DATE_TIME);
      expect(parseWall(due).getTime()).toBeGreaterThan(todayInVietnam().getTime() + 2 * 86_400_000);
      expect(await formsCard(desk.page).textContent()).toContain('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
      const documents = desk.page.locator('.ant-table-row', { hasText: RESIDENCE });
      expect(await documents.textContent()).toContain('Đã nhận');

      // The leader assigns it to the specialist.
      await signInTo(leader.page, 'lanhdao.dongtien', code);
      const assign = await openAction(leader.page, 'Phân công');
      await assign.getByLabel('Chuyên viên xử lý').click();
      await leader.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Hoàng Văn Minh' })
        .first()
        .click();
      await submitAction(assign, 'Phân công');
      await expect.poll(() => summaryValue(leader.page, 'Trạng thái')).toBe('Đang thẩm định');

      // (c) The specialist asks xã Đông Khê, where the citizen lived before, for its opinion.
      await signInTo(specialist.page, 'chuyenvien.dongtien', code);
      // Extending is the leader's decision: the specialist has no such button.
      expect(
        await actionButtons(specialist.page).getByRole('button', { name: 'Gia hạn, xin lỗi' }).count(),
      ).toBe(0);
      const consult = await openAction(specialist.page, 'Xin ý kiến');
      // Đông Khê is chosen from the list; its answer deadline is filled in: 3 of its working days, never midnight.
      await chooseOption(consult, 'Đơn vị được xin ý kiến', 'Đông Khê');
      await expect.poll(() => consult.getByLabel('Hạn trả lời').inputValue()).toMatch(DATE_TIME);
      const answerBy = await consult.getByLabel('Hạn trả lời').inputValue();
      expect(answerBy).not.toMatch(/00:00$/);
      expect(parseWall(answerBy).getTime()).toBeGreaterThan(todayInVietnam().getTime() + 86_400_000);
      // The question is required, as on the server.
      await consult.getByRole('button', { name: 'Xin ý kiến', exact: true }).click();
      await expect.poll(() => consult.getByText('Cần ghi nội dung xin ý kiến.').isVisible()).toBe(true);
      await consult
        .getByLabel('Nội dung xin ý kiến')
        .fill('Đề nghị xác minh tình trạng hôn nhân của công dân trong thời gian cư trú tại xã Đông Khê.');
      expect(await axeViolations(specialist.page)).toEqual([]);
      await screenshot(specialist.page, 'desk-forms-consult-1366');
      await submitAction(consult, 'Xin ý kiến');
      await expect.poll(() => history(specialist.page)).toContain('Xin ý kiến');
      expect(await history(specialist.page)).toContain(`Gửi đến: xã Đông Khê (${DONG_KHE})`);
      expect(await history(specialist.page)).toContain(`Hạn trả lời: ${answerBy}`);
      // The dossier stays with the specialist while Đông Khê answers.
      expect(await summaryValue(specialist.page, 'Trạng thái')).toBe('Đang thẩm định');

      // Đông Khê's specialist, on a phone, finds it in the inbox and answers.
      await signIn(other.page, journey.server, 'chuyenvien.dongkhe');
      const link = other.page.getByRole('link', { name: code });
      await expect
        .poll(
          async () => {
            if ((await link.count()) === 0) await other.page.getByRole('button', { name: 'Tải lại' }).click();
            return link.count();
          },
          { timeout: 15_000 },
        )
        .toBeGreaterThan(0);
      await link.first().click();
      await expect.poll(() => other.page.getByRole('heading', { level: 1 }).textContent()).toContain(code);
      const answer = await openAction(other.page, 'Trả lời xin ý kiến');
      // The question is in the form.
      expect(await answer.textContent()).toContain('Đề nghị xác minh tình trạng hôn nhân');
      await answer
        .getByLabel('Nội dung trả lời')
        .fill('Trong thời gian cư trú tại xã Đông Khê, công dân chưa đăng ký kết hôn.');
      expect(await axeViolations(other.page)).toEqual([]);
      await screenshot(other.page, 'desk-forms-answer-consult-390');
      await submitAction(answer, 'Trả lời xin ý kiến');
      await expect.poll(() => actionButtons(other.page).count()).toBe(0);

      await specialist.page.getByRole('button', { name: 'Tải lại' }).click();
      await expect.poll(() => history(specialist.page)).toContain('Trả lời xin ý kiến');
      expect(await history(specialist.page)).toContain('công dân chưa đăng ký kết hôn');
      expect(
        await actionButtons(specialist.page).getByRole('button', { name: 'Thẩm định', exact: true }).count(),
      ).toBe(1);

      // (a, again) Appraising, the specialist needs the citizen's household book: the clock stops.
      const request = await openAction(specialist.page, 'Yêu cầu bổ sung');
      await request.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
      await expect.poll(() => request.getByText('Cần ghi rõ nội dung cần bổ sung.').isVisible()).toBe(true);
      await request
        .getByLabel('Nội dung cần bổ sung, hoàn thiện')
        .fill('Bổ sung bản sao sổ hộ khẩu hoặc giấy xác nhận thông tin cư trú trước năm 2023.');
      await submitAction(request, 'Yêu cầu bổ sung');
      await expect.poll(() => summaryValue(specialist.page, 'Trạng thái')).toBe('Chờ bổ sung hồ sơ');
      expect(await summaryValue(specialist.page, 'Thời hạn')).toBe('Tạm dừng — chờ công dân bổ sung');
      expect(await summaryValue(specialist.page, 'Hạn trả kết quả')).toBe('—');

      // The citizen brings it to the desk; the clock starts over and the specialist carries on.
      await openDossier(desk.page, journey.server, code);
      const back = await openAction(desk.page, 'Nhận hồ sơ bổ sung');
      expect(await back.textContent()).toContain('Không còn giấy tờ nào thiếu.');
      await back.getByLabel('Nội dung bổ sung, lý do tiếp nhận').fill('Công dân nộp bản sao sổ hộ khẩu.');
      await submitAction(back, 'Nhận hồ sơ bổ sung');
      await expect.poll(() => summaryValue(desk.page, 'Trạng thái')).toBe('Đang thẩm định');
      expect(await summaryValue(desk.page, 'Thời hạn')).toBe('Đang tính');
      const restarted = await summaryValue(desk.page, 'Hạn trả kết quả');
      expect(parseWall(restarted).getTime()).toBeGreaterThanOrEqual(parseWall(due).getTime());

      // (b) The leader extends the due date by a week, with the apology, once.
      await openDossier(leader.page, journey.server, code);
      expect(await summaryValue(leader.page, 'Hạn trả kết quả')).toBe(restarted);
      const extend = await openAction(leader.page, 'Gia hạn, xin lỗi');
      expect(await extend.textContent()).toContain(`Hạn hiện tại: ${restarted}`);
      const newDue = formatWall(new Date(parseWall(restarted).getTime() + 7 * 86_400_000));
      await pickDateTime(extend.getByLabel('Hạn trả kết quả mới'), newDue);
      await extend
        .getByLabel('Lý do chậm và lời xin lỗi')
        .fill('Cần thêm thời gian xác minh tại nơi cư trú trước đây. Ủy ban nhân dân xã xin lỗi ông/bà.');
      expect(await axeViolations(leader.page)).toEqual([]);
      await screenshot(leader.page, 'desk-forms-extend-1366');
      await submitAction(extend, 'Gia hạn, xin lỗi');
      await expect.poll(() => summaryValue(leader.page, 'Hạn trả kết quả')).toBe(newDue);
      expect(await history(leader.page)).toContain(`Hạn mới: ${newDue}`);
      expect(await formsCard(leader.page).textContent()).toContain('Văn bản xin lỗi và đề nghị gia hạn');
      // Once only: the button is gone.
      expect(await actionButtons(leader.page).getByRole('button', { name: 'Gia hạn, xin lỗi' }).count()).toBe(
        0,
      );
      await screenshot(leader.page, 'desk-forms-extended-1366');
    } finally {
      for (const p of [desk, leader, specialist, other]) await p.context.close();
    }
  });
});
