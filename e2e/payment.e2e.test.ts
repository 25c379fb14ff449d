/**
 * A land dossier whose Tax notice asks for an amount, paid by the citizen on a phone through the local gateway
 * simulator: set up through the staff API (received at the Land Registration Office, sent to the Tax office, back
 * with the notice, approved, asked to pay) → the citizen signs in, sees "Chờ thanh toán" with the amount in "Hồ sơ
 * của tôi", opens the dossier and presses "Thanh toán" → the simulator's page → "Thanh toán" → back on the return
 * page "Thanh toán thành công" with the receipt number → the dossier has moved on and the receipt is in "Hồ sơ của
 * tôi". axe-core on the new pages; screenshots at 390 and 1280 px. The leader then sees the payments on the desk.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  freePort,
  launchBrowser,
  loginHeaders,
  newPage,
  screenshot,
  sentMessages,
  signIn,
  startServer,
  type Server,
} from './harness.js';
import { DEV_PAYMENT_SECRET } from '../src/adapters/payment/config.js';
import { startPaymentSimulator, type PaymentSimulator } from '../src/adapters/payment/simulator.js';
import { sampleNotice, sampleSlip } from '../src/domain/land-tax/test-fixtures.js';

const LAND = '1.013831';
const CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';
const PHONE = '0912 606 707';
const THUE = '000.00.22.H56';

let server: Server;
let sim: PaymentSimulator;
let browser: Browser;

beforeAll(async () => {
  const port = await freePort();
  sim = await startPaymentSimulator({
    port: 0,
    secret: DEV_PAYMENT_SECRET,
    merchantCode: 'MOTCUA01',
    ipnUrl: `http://127.0.0.1:${port}/api/payments/gateway/ipn`,
  });
  server = await startServer(
    {
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      PAYMENT_GATEWAY_URL: `${sim.url}/paymentv2/vpcpay.html`,
      PAYMENT_REPORT_URL: `${sim.url}/report`,
    },
    { port },
  );
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await sim?.close();
});

async function api(user: string, method: string, path: string, body?: unknown) {
  const headers = await loginHeaders(server, user);
  const res = await fetch(server.url + path, {
    method,
    headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await res.json()) as Record<string, unknown>;
  expect(res.status, JSON.stringify(json)).toBeLessThan(300);
  return json;
}

let keyNo = 0;
async function act(user: string, code: string, action: string, extra: object = {}) {
  const one = (await api(user, 'GET', `/api/dossiers/${code}`)) as { version: number };
  await api(user, 'POST', `/api/dossiers/${code}/actions`, {
    action,
    expectedVersion: one.version,
    idempotencyKey: `e2e-payment-${Date.now()}-${++keyNo}`,
    ...extra,
  });
}

/** The land dossier asked to pay, through the staff API (the desk's pages are the land journey's test). */
async function landDossierToPay(): Promise<string> {
  const procedure = (await (await fetch(`${server.url}/api/procedures/${LAND}`)).json()) as {
    documents: { case?: string | null; originals: number; copies: number }[];
  };
  const intake = (await api('tiepnhan.vpdk', 'POST', '/api/dossiers', {
    procedureCode: LAND,
    caseName: CASE,
    applicant: { name: 'Nguyễn Văn Thành', phone: PHONE, idNumber: '038090001234' },
    documents: procedure.documents.flatMap((d, index) =>
      d.case && d.case !== CASE ? [] : [{ index, originals: d.originals, copies: d.copies }],
    ),
  })) as { dossier: { code: string } };
  const code = intake.dossier.code;
  await act('lanhdao.vpdk', code, 'assign');
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await act('chuyenvien.vpdk', code, 'transfer', { toUnit: THUE, taxSlip: sampleSlip() });
  await act('chuyenvien.thue', code, 'transfer_back', {
    note: 'Thông báo nghĩa vụ tài chính',
    taxNotice: sampleNotice(today, due),
  });
  await act('chuyenvien.vpdk', code, 'appraise');
  await act('lanhdao.vpdk', code, 'approve');
  await act('tiepnhan.vpdk', code, 'request_payment');
  return code;
}

async function citizenSignIn(page: Page) {
  await page.goto(`${server.url}/cong-dan/dang-nhap`);
  await page.getByLabel('Số điện thoại di động').fill(PHONE);
  const before = sentMessages(server).length;
  await page.getByRole('button', { name: 'Gửi mã xác nhận' }).click();
  await expect.poll(() => sentMessages(server).length, { timeout: 20_000 }).toBeGreaterThan(before);
  const code = /\b(\d{6})\b/.exec(sentMessages(server).at(-1)!.body)![1]!;
  await page.getByLabel('Mã xác nhận (6 chữ số)').fill(code);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/cong-dan/ho-so');
}

/** A screenshot at 390 and at 1280 px and an axe check at each; back to the phone after. */
async function look(page: Page, name: string) {
  for (const [size, width, height] of [
    ['390', 390, 844],
    ['1280', 1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `payment-${name}-${size}`);
    expect(await axeViolations(page)).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

describe('a land obligation paid online', () => {
  it('is paid by the citizen through the gateway; the dossier moves on and the receipt is in Hồ sơ của tôi', async () => {
    const code = await landDossierToPay();
    const { page } = await newPage(browser, 'phone');
    await citizenSignIn(page);
    const item = page.locator('li.citizen-dossier', { hasText: code });
    await expect.poll(() => item.textContent()).toContain('Chờ thanh toán');
    // The Tax notice's 21.250.000 đồng, plus the dossier's fee if it has one.
    expect(await item.textContent()).toMatch(/Chờ thanh toán: [\d.]+ đồng/);
    await look(page, 'my-dossiers-due');

    await item.getByRole('link', { name: /Xem chi tiết/ }).click();
    await page.waitForURL((u) => u.pathname === `/cong-dan/ho-so/${code}`);
    const section = page.locator('.payment-section');
    await expect.poll(() => section.textContent()).toContain('Còn phải nộp');
    expect(await section.textContent()).toContain('Lệ phí trước bạ');
    await look(page, 'dossier-due');

    await section.getByRole('button', { name: 'Thanh toán' }).click();
    await page.waitForURL((u) => u.href.startsWith(sim.url));
    expect(await page.locator('h1').textContent()).toContain('Cổng thanh toán');
    await screenshot(page, 'payment-simulator-390');
    await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();

    await page.waitForURL((u) => u.pathname === '/cong-dan/thanh-toan/ket-qua');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Thanh toán thành công');
    const receipt = page.locator('.payment-result');
    await expect.poll(() => receipt.textContent()).toMatch(/BL-000\.00\.21\.H56-\d{4}-\d{6}/);
    const receiptNo = /BL-[\w.]+-\d{4}-\d{6}/.exec((await receipt.textContent())!)![0];
    await look(page, 'return');

    await page.getByRole('link', { name: '← Hồ sơ của tôi' }).click();
    await page.waitForURL((u) => u.pathname === '/cong-dan/ho-so');
    await expect.poll(() => item.textContent()).toContain(receiptNo);
    expect(await item.textContent()).not.toContain('Chờ thanh toán');
    await look(page, 'my-dossiers-paid');

    const detail = (await api('tiepnhan.vpdk', 'GET', `/api/dossiers/${code}`)) as { status: string };
    expect(detail.status).toBe('approved');

    // The desk sees the payment with its receipt on the dossier page.
    const desk = await newPage(browser, 'desktop');
    await signIn(desk.page, server, 'lanhdao.vpdk', `/ban-lam-viec/ho-so/${code}`);
    const panel = desk.page.locator('.dossier-payments');
    await expect.poll(() => panel.textContent(), { timeout: 20_000 }).toContain(receiptNo);
    await desk.page.setViewportSize({ width: 1280, height: 900 });
    await panel.scrollIntoViewIfNeeded();
    await screenshot(desk.page, 'payment-desk-1280');
    const violations = await axeViolations(desk.page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
  }, 240_000);
});
