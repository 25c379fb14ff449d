/**
 * The citizen's online journey in a real browser: signed in by the code from the SMS, the citizen opens the birth
 * registration's page, follows "Nộp trực tuyến", chooses the commune, answers the case questions, fills the form,
 * uploads two papers and picks a third from "Giấy tờ của tôi" (a paper of an earlier dossier, seeded at the desk),
 * reviews and submits; the code is shown and listed in "Hồ sơ của tôi". The reception officer then accepts THAT
 * dossier at /ban-lam-viec/truc-tuyen, and the citizen sees it received, downloads the receipt (form 01) and gets
 * the receipt's SMS. On a second dossier the officer asks a supplement, the citizen uploads it online and the
 * officer sees the file. Every citizen page is looked at on a 390 px phone and a desktop screen, and axe-core must
 * find no WCAG 2.1 AA violation on any of them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lookAt, loginHeaders, newPage, signIn, useJourney, type Journey } from './harness.js';
import { chooseOption } from './desk.js';
import { askSupplement, citizenSignIn, lookAtPhoneAndDesk, smsAbout } from './citizen.js';

const PHONE = '0912 777 321';
const E164 = '+84912777321';
const MISSING = 'Bản chụp Giấy chứng sinh rõ nét, đủ hai mặt';
const BIRTH = '1.001193';

/** An earlier dossier of the same phone, received at the desk, with a scan of its residence paper. */
async function seedEarlierDossier(journey: Journey) {
  const { server } = journey;
  const staff = await loginHeaders(server, 'tiepnhan.dongtien');
  const made = await fetch(server.url + '/api/dossiers', {
    method: 'POST',
    headers: { ...staff, 'content-type': 'application/json' },
    body: JSON.stringify({
      procedureCode: BIRTH,
      applicant: { name: 'Trần Thị Lan', phone: PHONE, idNumber: '038195077321' },
      documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
      notApplicable: [4, 5, 6, 7],
    }),
  });
  expect(made.status, await made.clone().text()).toBe(201);
  const { dossier } = (await made.json()) as { dossier: { code: string } };
  const scan = await fetch(
    `${server.url}/api/dossiers/${dossier.code}/attachments?position=3&name=so-ho-khau.pdf`,
    {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/pdf' },
      body: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 7)]),
    },
  );
  expect(scan.status, await scan.clone().text()).toBe(201);
}

const journey = useJourney(seedEarlierDossier);

const stepTitle = (page: Page) => page.locator('#step-title').textContent();
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(name.repeat(200))]),
});

describe('online submission', () => {
  it('birth registration with two uploads and one reused document, on a phone and a desktop', async () => {
    const { context, page } = await newPage(journey.browser, 'phone');
    try {
      await citizenSignIn(journey, page, PHONE);
      await page.goto(`${journey.server.url}/thu-tuc/${BIRTH}`);
      await page.getByRole('link', { name: 'Nộp trực tuyến' }).click();
      await page.waitForURL((u) => u.pathname === `/cong-dan/nop/${BIRTH}`);

      await expect.poll(() => stepTitle(page)).toContain('Chọn nơi nộp hồ sơ');
      await lookAt(page, 'submit-1-unit');
      await page.getByLabel('xã Đông Tiến').check();
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      await expect.poll(() => stepTitle(page)).toContain('Trường hợp của bạn');
      for (const q of await page.locator('fieldset.case-question').all()) await q.getByLabel('Không').check();
      await lookAt(page, 'submit-2-questions');
      await page.getByRole('button', { name: 'Tiếp tục' }).click();

      await expect.poll(() => stepTitle(page)).toContain('Điền tờ khai');
      // The applicant's details also fill the declaration's requester fields (no typing twice).
      await page.getByLabel('Họ và tên').fill('Trần Thị Lan');
      await page.getByLabel('Số căn cước (12 số)').fill('038195012345');
      await page.getByLabel('Địa chỉ').fill('thôn Thượng, xã Đông Tiến');
      expect(await page.getByLabel('Họ, chữ đệm, tên người yêu cầu', { exact: true }).inputValue()).toBe(
        'Trần Thị Lan',
      );
      await page.getByLabel('Họ, chữ đệm, tên của trẻ', { exact: true }).fill('Phạm Gia Bảo');
      const form = page.locator('form.wizard-form');
      // A birth date in the future is refused before anything is sent.
      await page.getByLabel('Ngày, tháng, năm sinh', { exact: true }).fill('02/11/2099');
      await chooseOption(form, 'Giới tính', 'Nam');
      await page.getByLabel('Dân tộc', { exact: true }).fill('Kinh');
      await page.getByLabel('Quốc tịch', { exact: true }).fill('Việt Nam');
      await page.getByLabel('Nơi sinh', { exact: true }).fill('Trạm y tế xã Đông Tiến');
      await chooseOption(form, 'Quan hệ của người đi khai với trẻ', 'Mẹ');
      await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
      await form
        .getByText(/không được sau ngày hôm nay/)
        .first()
        .waitFor();
      await page.getByLabel('Ngày, tháng, năm sinh', { exact: true }).fill('02/11/2026');
      await lookAt(page, 'submit-3-form');
      await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();

      await expect.poll(() => stepTitle(page)).toContain('Tải lên giấy tờ');
      const papers = page.locator('.wizard-paper');
      await expect.poll(() => papers.count()).toBe(3);
      await papers.nth(0).locator('input[type=file]').setInputFiles(pdf('giay-chung-sinh.pdf'));
      await expect.poll(() => papers.nth(0).textContent()).toContain('giay-chung-sinh.pdf');
      await papers.nth(1).locator('input[type=file]').setInputFiles(pdf('can-cuoc.pdf'));
      await expect.poll(() => papers.nth(1).textContent()).toContain('can-cuoc.pdf');
      const pick = papers.nth(2).getByLabel(/Hoặc chọn từ Giấy tờ của tôi/);
      await pick.selectOption({ index: 1 });
      await papers.nth(2).getByRole('button', { name: 'Dùng giấy tờ này' }).click();
      await expect.poll(() => papers.nth(2).textContent()).toContain('từ Giấy tờ của tôi');
      await lookAt(page, 'submit-4-papers');
      await page.getByRole('button', { name: 'Tiếp tục: xem lại hồ sơ' }).click();

      await expect.poll(() => stepTitle(page)).toContain('Xem lại và nộp');
      expect(await page.locator('.wizard-review').textContent()).toContain('Phạm Gia Bảo');
      await lookAt(page, 'submit-5-review');
      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

      const code = page.locator('.wizard-code');
      await expect.poll(() => code.isVisible(), { timeout: 20_000 }).toBe(true);
      const dossierCode = (await code.textContent())!;
      expect(dossierCode).toMatch(/^H56\.10\.01-/);
      await lookAt(page, 'submit-6-done');

      await page.getByRole('link', { name: 'Xem Hồ sơ của tôi' }).click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/ho-so');
      await expect.poll(() => page.locator('.citizen-list').first().textContent()).toContain(dossierCode);
      // (The SMS is queued with the dossier — the integration tests read the outbox; quiet hours may hold it.)

      await page.getByRole('link', { name: 'Giấy tờ của tôi' }).click();
      await page.waitForURL((u) => u.pathname === '/cong-dan/giay-to');
      await expect.poll(() => page.locator('.citizen-list').textContent()).toContain('giay-chung-sinh.pdf');
      await lookAt(page, 'submit-7-documents');

      // The reception officer, at a desk, accepts that same dossier from the online list.
      const officer = await newPage(journey.browser, 'desktop');
      try {
        const desk = officer.page;
        await signIn(desk, journey.server, 'tiepnhan.dongtien', '/ban-lam-viec/truc-tuyen');
        const row = (c: string) => desk.locator('tr', { hasText: c });
        await row(dossierCode).waitFor();
        await row(dossierCode)
          .getByRole('button', { name: /^Tiếp nhận/ })
          .click();
        await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
        await expect.poll(() => row(dossierCode).count(), { timeout: 20_000 }).toBe(0);

        // The citizen sees it received, the appointment, the receipt (form 01) and the receipt's SMS.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${journey.server.url}/cong-dan/ho-so/${dossierCode}`);
        await page.getByText('Đã tiếp nhận', { exact: true }).first().waitFor();
        expect(await page.locator('dl').first().textContent()).toContain('Ngày hẹn trả kết quả');
        await lookAtPhoneAndDesk(page, 'journey-1-accepted');
        const receipt = page.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ });
        const pdfRes = await page.request.get(journey.server.url + (await receipt.getAttribute('href'))!);
        expect(pdfRes.status()).toBe(200);
        expect(pdfRes.headers()['content-type']).toBe('application/pdf');
        expect((await pdfRes.body()).subarray(0, 4).toString()).toBe('%PDF');
        expect(await smsAbout(journey, E164, dossierCode, 'dossier_received')).toMatch(
          /da duoc tiep nhan.*Hen tra ket qua: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/,
        );

        await supplementJourney(page, desk);
      } finally {
        await officer.context.close();
      }
    } finally {
      await context.close();
    }
  }, 300_000);
});

/** A second dossier, submitted with the citizen's own session: the officer asks a supplement, the citizen sends it. */
async function supplementJourney(page: Page, desk: Page) {
  const asked = await submitWithSession(page);
  await desk.goto(`${journey.server.url}/ban-lam-viec/truc-tuyen`);
  await askSupplement(desk, asked, MISSING);

  await page.goto(`${journey.server.url}/cong-dan/ho-so/${asked}`);
  const needed = page.getByRole('region', { name: 'Cần bổ sung hồ sơ' });
  await needed.waitFor();
  expect(await needed.textContent()).toContain(MISSING);
  const upload = page.getByRole('region', { name: 'Nộp bổ sung trực tuyến' });
  await upload.locator('input[type="file"]').first().setInputFiles(pdf('bo-sung-giay-chung-sinh.pdf'));
  await upload.getByText(/bo-sung-giay-chung-sinh\.pdf/).waitFor();
  await lookAtPhoneAndDesk(page, 'journey-2-supplement');
  await upload.getByRole('button', { name: 'Gửi bổ sung' }).click();
  await upload.getByText(/Đã gửi 1 tệp bổ sung/).waitFor();

  // The officer sees the citizen's file on the dossier.
  await desk.reload();
  await expect
    .poll(() => desk.locator('main').textContent(), { timeout: 20_000 })
    .toContain('bo-sung-giay-chung-sinh.pdf');
}

/** A birth registration submitted through the citizen's API with the page's own session; its code. */
async function submitWithSession(page: Page): Promise<string> {
  const api = `${journey.server.url}/api/citizen`;
  const csrf = (await page.context().cookies()).find((c) => c.name === 'motcua_citizen_csrf')!.value;
  const headers = { 'x-citizen-csrf': decodeURIComponent(csrf) };
  const made = await page.request.post(`${api}/drafts`, {
    headers,
    data: { procedureCode: BIRTH, unit: 'H56.10.01' },
  });
  expect(made.status(), await made.text()).toBe(201);
  const id = ((await made.json()) as { id: string }).id;
  const saved = await page.request.put(`${api}/drafts/${id}`, {
    headers,
    data: {
      answers: { uy_quyen: 'no', tre_bo_roi: 'no', mang_thai_ho: 'no', sinh_ngoai_co_so_y_te: 'no' },
      form: [
        ['childName', 'Phạm Gia Huy'],
        ['childBirthDate', '01/11/2026'],
        ['childSex', 'Nam'],
        ['childEthnicity', 'Kinh'],
        ['childNationality', 'Việt Nam'],
        ['birthPlace', 'Trạm y tế xã Đông Tiến'],
        ['relation', 'Mẹ'],
      ].map(([key, value]) => ({ key, value })),
      applicant: { name: 'Trần Thị Lan', idNumber: '038195012345', address: 'thôn Thượng, xã Đông Tiến' },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const position of [1, 2, 3]) {
    const up = await page.request.post(`${api}/drafts/${id}/files?position=${position}`, {
      headers,
      multipart: { file: pdf(`giay-${position}.pdf`) },
    });
    expect(up.status(), await up.text()).toBe(201);
  }
  const sent = await page.request.post(`${api}/drafts/${id}/submit`, { headers });
  expect(sent.status(), await sent.text()).toBe(201);
  return ((await sent.json()) as { code: string }).code;
}
