/**
 * The catalogue editor's checklist questions and document conditions in a real browser (the rest of the editor is
 * in admin-catalogue.e2e.test.ts). On the marriage registration (1.000894), the province administrator adds a
 * question, a document needed only when it is answered "Có", and watches the preview beside the form follow the
 * answers; a condition left on an answer the question no longer offers is refused by the server, named next to the
 * document, and nothing is saved; once mended it is saved as version 2, and the public page and checklist API
 * follow it. Removing a question that a document uses asks first and makes the document always needed. On a phone
 * the preview is under the documents and follows a choice question. axe-core on the editor with the new parts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, newPage, onPage, screenshot, signIn, useJourney } from './harness.js';

const journey = useJourney();

const MARRIAGE = '1.000894';
const QUESTION = 'Bên nam hoặc bên nữ thường trú ở xã, phường khác?';
const PAPER = 'Giấy xác nhận tình trạng hôn nhân';

async function versionNumbers(code: string): Promise<number[]> {
  const res = await fetch(`${journey.server.url}/api/procedures/${code}/versions`);
  return ((await res.json()) as { items: { no: number }[] }).items.map((v) => v.no);
}

/** Chooses an option of the select labelled `label` in `scope`, until the select shows it. */
async function choose(page: Page, scope: ReturnType<Page['locator']>, label: string, option: string) {
  const select = scope.locator('.ant-select', { has: page.getByLabel(label, { exact: true }) });
  await select.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await expect.poll(() => select.textContent()).toContain(option.slice(0, 20));
}

/** The names listed under one heading of the preview ("Luôn cần", "Cần theo câu trả lời", …). */
const listed = (page: Page, group: 'always' | 'applies' | 'unanswered' | 'not-needed') =>
  page.locator(`#cat-preview [data-group="${group}"] .cat-preview-name`).allTextContents();

describe('questions and conditions at desktop size', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage(journey.browser, 'desktop'));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('adds a question and a document needed only for one answer; the preview follows the answers', async () => {
    await signIn(page, journey.server, 'admin.tinh', `/quan-tri/thu-tuc/${MARRIAGE}`);
    await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 1').isVisible()).toBe(true);
    // No question yet: the preview lists the three papers as always needed and asks nothing.
    await expect.poll(() => listed(page, 'always')).toHaveLength(3);
    expect(await page.locator('#cat-preview .case-question').count()).toBe(0);

    await page.getByRole('button', { name: 'Thêm câu hỏi' }).click();
    const question = page.getByRole('group', { name: /^Câu hỏi 1/ });
    await question.getByLabel('Câu hỏi (công dân đọc)').fill(QUESTION);
    await question.getByLabel('Câu hỏi (công dân đọc)').blur();
    // An id is proposed from the words of the question; the officer may write a shorter one.
    await expect.poll(() => question.getByLabel('Mã câu hỏi').inputValue()).toBe('ben_nam_hoac_ben');
    await question.getByLabel('Mã câu hỏi').fill('cu_tru_xa_khac');
    await expect.poll(() => question.textContent()).toContain('Chưa giấy tờ nào dùng câu hỏi này');

    await page.getByRole('button', { name: 'Thêm giấy tờ' }).click();
    const paper = page.getByRole('group', { name: /^Giấy tờ 4/ });
    await paper.getByLabel('Tên giấy tờ').fill(PAPER);
    await choose(page, paper, 'Khi nào cần giấy tờ 4', `Cần khi: ${QUESTION}`);
    await expect.poll(() => paper.getByRole('checkbox', { name: 'Có', exact: true }).isChecked()).toBe(true);
    await expect.poll(() => question.textContent()).toContain(`Quyết định giấy tờ 4 «${PAPER}»`);

    // The citizen is asked; unanswered, the paper is "tùy câu trả lời"; "Có" → needed; "Không" → not needed.
    const asked = page.locator('#cat-preview').getByRole('group', { name: QUESTION });
    await expect.poll(() => asked.isVisible()).toBe(true);
    await expect.poll(() => listed(page, 'unanswered')).toEqual([PAPER]);
    expect(await listed(page, 'always')).toHaveLength(3);
    await asked.getByLabel('Có', { exact: true }).check();
    await expect.poll(() => listed(page, 'applies')).toEqual([PAPER]);
    await screenshot(page, 'admin-catalogue-questions-preview-desktop');
    await asked.getByLabel('Không', { exact: true }).check();
    await expect.poll(() => listed(page, 'not-needed')).toEqual([PAPER]);
    expect(await listed(page, 'applies')).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses, next to the document, a condition on an answer the question no longer offers; saves nothing', async () => {
    const question = page.getByRole('group', { name: /^Câu hỏi 1/ });
    await question.getByLabel('Chọn một phương án').check();
    await question.getByLabel('Phương án 1', { exact: true }).fill('Cùng xã, phường');
    await question.getByLabel('Phương án 1', { exact: true }).blur();
    await question.getByLabel('Phương án 2', { exact: true }).fill('Khác xã, phường');
    await question.getByLabel('Phương án 2', { exact: true }).blur();
    await expect.poll(() => question.getByLabel('Mã phương án').nth(1).inputValue()).toBe('khac_xa_phuong');
    const paper = page.getByRole('group', { name: /^Giấy tờ 4/ });
    // The answer "Có" is no longer one of the question's: shown so, and left for the server to refuse.
    await expect.poll(() => paper.textContent()).toContain('yes (không còn là phương án)');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    const answersItem = paper.locator('.ant-form-item', { hasText: 'Cần khi câu trả lời là' });
    await expect
      .poll(() => answersItem.locator('.ant-form-item-explain').textContent())
      .toContain(
        `Điều kiện của giấy tờ «${PAPER}»: "yes" không phải là câu trả lời của câu hỏi "cu_tru_xa_khac"`,
      );
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Thành phần hồ sơ, giấy tờ 4');
    await screenshot(page, 'admin-catalogue-questions-refused-desktop');
    expect(await versionNumbers(MARRIAGE)).toEqual([1]);
  });

  it('saves once mended, and the public page and checklist API follow the answer', async () => {
    await page
      .getByRole('group', { name: /^Câu hỏi 1/ })
      .getByLabel('Có / Không')
      .check();
    await page
      .getByLabel('Ghi chú phiên bản')
      .fill('Thêm giấy xác nhận tình trạng hôn nhân khi cư trú ở xã khác');
    await page.getByRole('button', { name: 'Lưu thành phiên bản mới' }).click();
    await expect.poll(() => page.getByText('Đang áp dụng: phiên bản 2').isVisible()).toBe(true);
    expect(await versionNumbers(MARRIAGE)).toEqual([1, 2]);

    const shown = (await (await fetch(`${journey.server.url}/api/procedures/${MARRIAGE}`)).json()) as {
      questions: unknown[];
      documents: { name: string; condition: unknown }[];
    };
    expect(shown.questions).toEqual([{ id: 'cu_tru_xa_khac', text: QUESTION, kind: 'yes_no' }]);
    expect(shown.documents.at(-1)).toMatchObject({
      name: PAPER,
      condition: {
        question: { id: 'cu_tru_xa_khac', text: QUESTION },
        answers: [{ value: 'yes', label: 'Có' }],
      },
    });
    const checklist = async (answer: string) =>
      (
        (await (
          await fetch(
            `${journey.server.url}/api/procedures/${MARRIAGE}/checklist?answers=cu_tru_xa_khac:${answer}`,
          )
        ).json()) as { documents: { name: string; status: string }[] }
      ).documents;
    expect((await checklist('yes')).find((d) => d.name === PAPER)?.status).toBe('applies');
    expect((await checklist('no')).some((d) => d.name === PAPER)).toBe(false);

    const pub = await context.newPage();
    await pub.goto(`${journey.server.url}/thu-tuc/${MARRIAGE}?tra-loi=cu_tru_xa_khac:yes`);
    await expect.poll(() => pub.getByText(PAPER, { exact: true }).count()).toBe(1);
    await pub.goto(`${journey.server.url}/thu-tuc/${MARRIAGE}?tra-loi=cu_tru_xa_khac:no`);
    await expect.poll(() => pub.getByText(QUESTION).first().isVisible()).toBe(true);
    expect(await pub.getByText(PAPER, { exact: true }).count()).toBe(0);
    await pub.close();
  });

  it('asks before removing a question a document uses; the document becomes always needed', async () => {
    await page.getByRole('button', { name: 'Xóa câu hỏi 1' }).click();
    const dialog = page.getByRole('dialog', { name: `Xóa câu hỏi «${QUESTION}»?` });
    await expect.poll(() => dialog.textContent()).toContain(`giấy tờ 4 «${PAPER}»`);
    await dialog.getByRole('button', { name: 'Giữ lại' }).click();
    await expect.poll(() => page.getByRole('group', { name: /^Câu hỏi 1/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Xóa câu hỏi 1' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa câu hỏi' }).click();
    await expect.poll(() => page.getByRole('group', { name: /^Câu hỏi 1/ }).count()).toBe(0);
    const paper = page.getByRole('group', { name: /^Giấy tờ 4/ });
    await expect.poll(() => paper.locator('.ant-select', { hasText: 'Luôn cần' }).count()).toBe(1);
    await expect.poll(() => listed(page, 'always')).toContain(PAPER);
    expect(await versionNumbers(MARRIAGE)).toEqual([1, 2]);
  });
});

describe('the preview on a phone', () => {
  it('sits under the documents and follows a choice question', () =>
    onPage(journey, { size: 'phone', as: 'admin.tinh', path: '/quan-tri/thu-tuc/1.004837' }, async (page) => {
      const asked = page
        .locator('#cat-preview')
        .getByRole('group', { name: 'Giám hộ cử hay giám hộ đương nhiên?' });
      await asked.scrollIntoViewIfNeeded();
      const documents = await page.locator('#cat-documents').boundingBox();
      const preview = await page.locator('#cat-preview').boundingBox();
      expect(preview!.y).toBeGreaterThan(documents!.y + documents!.height - 1);
      await asked.getByLabel('Giám hộ đương nhiên').check();
      await expect
        .poll(() => listed(page, 'applies'))
        .toEqual(['Giấy tờ chứng minh điều kiện giám hộ đương nhiên']);
      expect(await listed(page, 'not-needed')).toEqual(['Văn bản cử người giám hộ']);
      await screenshot(page, 'admin-catalogue-questions-preview-phone');
      expect(await axeViolations(page)).toEqual([]);
    }));
});
