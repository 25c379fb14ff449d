/**
 * Rating a returned dossier in a real browser: the link of the result SMS opens the rating page on a phone; the
 * citizen answers "Không hài lòng" with a reason; the commune's leader finds it under "Ý kiến không hài lòng" at the
 * desk and answers; the citizen's page then shows the answer. axe-core (WCAG 2.1 AA) finds nothing on either page.
 */
import { describe, expect, it } from 'vitest';
import {
  apiSession,
  lookAt,
  loginHeaders,
  newPage,
  sentMessages,
  signIn,
  useJourney,
  type Server,
} from './harness.js';

const PHONE = '0913 579 246';
const E164 = '+84913579246';
const ANSWER = 'Đơn vị xin lỗi ông/bà; từ nay cán bộ tiếp nhận hướng dẫn đủ giấy tờ ngay lần đầu.';
let code = '';

/** Receives a birth registration at Đông Tiến through the API and walks it to the returned result. */
async function returnedDossier(server: Server): Promise<string> {
  const as = async (user: string) => ({
    'content-type': 'application/json',
    ...(await loginHeaders(server, user)),
  });
  const received = await fetch(server.url + '/api/dossiers', {
    method: 'POST',
    headers: await as('tiepnhan.dongtien'),
    body: JSON.stringify({
      procedureCode: '1.001193',
      applicant: { name: 'Trịnh Văn Nam', phone: PHONE, idNumber: '038090013579' },
      documents: [0, 1, 2, 3].map((index) => ({ index, originals: 1, copies: 0 })),
      notApplicable: [4, 5, 6, 7],
    }),
  });
  expect(received.status, await received.clone().text()).toBe(201);
  const dossier = ((await received.json()) as { dossier: { code: string } }).dossier.code;
  let version = 1;
  for (const [user, action] of [
    ['lanhdao.dongtien', 'assign'],
    ['chuyenvien.dongtien', 'appraise'],
    ['lanhdao.dongtien', 'approve'],
    ['chuyenvien.dongtien', 'record_result'],
    ['tiepnhan.dongtien', 'notify_result'],
    ['tiepnhan.dongtien', 'return_result'],
  ] as const) {
    const res = await fetch(`${server.url}/api/dossiers/${encodeURIComponent(dossier)}/actions`, {
      method: 'POST',
      headers: await as(user),
      body: JSON.stringify({
        action,
        expectedVersion: version,
        idempotencyKey: `rating-e2e-${action}-${Date.now()}`,
        note: 'Đủ điều kiện',
      }),
    });
    expect(res.status, `${action}: ${await res.clone().text()}`).toBe(200);
    version = ((await res.json()) as { dossier: { version: number } }).dossier.version;
  }
  return dossier;
}

const journey = useJourney(async ({ server }) => {
  code = await returnedDossier(server);
}, 120_000);

/** The result SMS as the citizen gets it: sent (the development channel's file), or held until 07:00 at night. */
async function resultSms(): Promise<string> {
  const admin = await apiSession(journey, 'admin.dongtien');
  try {
    let body = '';
    await expect
      .poll(
        async () => {
          const sent = sentMessages(journey.server).find((m) => m.to === E164 && m.body.includes(code));
          if (sent) return (body = sent.body);
          const res = await admin.request.get(
            `${journey.server.url}/api/admin/notifications?q=${encodeURIComponent(E164)}`,
          );
          const list = (await res.json()) as { items: { event: string; body: string }[] };
          return (body = list.items.find((m) => m.event === 'result_returned')?.body ?? '');
        },
        { timeout: 20_000 },
      )
      .toMatch(/da tra ket qua\. Cam on ong\/ba\. Moi danh gia muc do hai long: http\S+\/danh-gia\//);
    return body;
  } finally {
    await admin.close();
  }
}

describe('rating a returned dossier', () => {
  it('from the result SMS on a phone → "Không hài lòng" → the leader answers → the citizen reads it', async () => {
    const link = /(http\S+\/danh-gia\/\S+)/.exec(await resultSms())![1]!;
    const citizen = await newPage(journey.browser, 'phone');
    const leader = await newPage(journey.browser, 'desktop');
    try {
      const page = citizen.page;
      await page.goto(link);
      await page.getByRole('heading', { name: 'Đánh giá mức độ hài lòng', level: 1 }).waitFor();
      expect(await page.locator('.rating-dossier').textContent()).toContain(code);
      await lookAt(page, 'rating-form', ['phone']);
      // Nothing chosen: said in Vietnamese, nothing sent.
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await expect.poll(() => page.getByRole('alert').textContent()).toBe('Vui lòng chọn mức độ hài lòng.');
      await page.getByRole('radio', { name: 'Không hài lòng' }).check();
      await page.getByRole('checkbox', { name: 'Phải đi lại nhiều lần' }).check();
      await page.getByLabel('Ý kiến khác (không bắt buộc)').fill('Tôi phải đến ba lần mới đủ giấy tờ.');
      await lookAt(page, 'rating-not-satisfied', ['phone']);
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await page.getByRole('heading', { name: 'Cảm ơn ông/bà đã đánh giá' }).waitFor();
      expect(await page.locator('.rating-answer').textContent()).toMatch(/đang xem xét .* trước \d{2}:\d{2}/);
      await lookAt(page, 'rating-done', ['phone', 'desktop']);

      await signIn(leader.page, journey.server, 'lanhdao.dongtien', '/ban-lam-viec/y-kien');
      const card = leader.page.locator('.follow-up', { hasText: code });
      await card.waitFor();
      expect(await card.textContent()).toContain('Phải đi lại nhiều lần');
      expect(await card.textContent()).toContain('Tôi phải đến ba lần mới đủ giấy tờ.');
      await lookAt(leader.page, 'rating-follow-up', ['desktop']);
      await card.getByLabel('Trả lời công dân').fill(ANSWER);
      await card.getByRole('button', { name: 'Gửi trả lời' }).click();
      await leader.page.getByText('Không có ý kiến nào chờ trả lời.').waitFor();

      await page.reload();
      await expect.poll(() => page.locator('.rating-answer-text').textContent()).toBe(ANSWER);
      await lookAt(page, 'rating-answered', ['phone']);
    } finally {
      await citizen.context.close();
      await leader.context.close();
    }
  });
});
