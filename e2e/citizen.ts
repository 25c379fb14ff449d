/**
 * Steps of the citizen's journeys shared by the browser tests: signing in with the code read from the SMS file, and
 * reading an SMS about a dossier as the citizen gets it — from the development channel's file, or, in the quiet
 * hours (21:00–07:00 in Vietnam), from the outbox where it waits for the morning.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { act } from './desk.js';
import { apiSession, axeViolations, screenshot, sentMessages, type Journey } from './harness.js';

/** Signs `phone` in at /cong-dan/dang-nhap with the code from its SMS and waits to land on `next`. */
export async function citizenSignIn(journey: Journey, page: Page, phone: string, next = '/cong-dan/ho-so') {
  await page.goto(`${journey.server.url}/cong-dan/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Số điện thoại di động').fill(phone);
  const before = sentMessages(journey.server).length;
  await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
  await expect.poll(() => sentMessages(journey.server).length, { timeout: 20_000 }).toBeGreaterThan(before);
  const code = /\b(\d{6})\b/.exec(sentMessages(journey.server).at(-1)!.body)![1]!;
  await page.getByLabel('Mã xác nhận (6 chữ số)').fill(code);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((u) => u.pathname === next);
}

/** The SMS of `event` about dossier `code` to `to` (+84…): from the file once sent, else the held message. */
export async function smsAbout(journey: Journey, to: string, code: string, event: string): Promise<string> {
  const admin = await apiSession(journey, 'admin.dongtien');
  try {
    let body = '';
    await expect
      .poll(
        async () => {
          const file = sentMessages(journey.server).find((m) => m.to === to && m.body.includes(code));
          if (file) return (body = file.body);
          const res = await admin.request.get(
            `${journey.server.url}/api/admin/notifications?q=${encodeURIComponent(to)}`,
          );
          const list = (await res.json()) as { items: { event: string; body: string }[] };
          return (body = list.items.find((m) => m.event === event && m.body.includes(code))?.body ?? '');
        },
        { timeout: 20_000 },
      )
      .not.toBe('');
    return body;
  } finally {
    await admin.close();
  }
}

/** A screenshot and an axe check at 390 px and at 1280 px, then back to the phone's size. */
export async function lookAtPhoneAndDesk(page: Page, name: string): Promise<void> {
  for (const [size, width, height] of [
    ['phone', 390, 844],
    ['1280', 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${size}`);
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

/** From the online list, the officer opens dossier `code` and asks a supplement saying what is `missing`. */
export async function askSupplement(desk: Page, code: string, missing: string): Promise<void> {
  await desk
    .locator('tr', { hasText: code })
    .getByRole('link', { name: /Bổ sung, từ chối/ })
    .click();
  await desk.waitForURL((u) => u.pathname.startsWith('/ban-lam-viec/ho-so/'));
  await act(desk, 'Yêu cầu bổ sung', async (dialog) => {
    await dialog.getByLabel('Nội dung cần bổ sung, hoàn thiện').fill(missing);
  });
  await desk.getByText('Chờ bổ sung hồ sơ').first().waitFor();
}
