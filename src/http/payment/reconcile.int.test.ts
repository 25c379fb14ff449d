/**
 * The local gateway simulator end to end (its payment page, the signed notification it posts to a listening server,
 * the signed return, its daily report) and the daily reconciliation against that report: a planted difference is
 * found and shown to the unit's leader once, however often the day is reconciled.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { loginAs } from '../../../test/auth.js';
import { DEV_PAYMENT_SECRET } from '../../adapters/payment/config.js';
import { vnpayGateway, type PaymentGateway } from '../../adapters/payment/gateway.js';
import { startPaymentSimulator, type PaymentSimulator } from '../../adapters/payment/simulator.js';
import { verifyParams } from '../../adapters/payment/signature.js';
import { reconcileDay } from '../../services/payment/reconcile.js';
import { signInCitizen } from '../citizen/citizen-test-utils.js';
import { landDossierToPay, MERCHANT } from './payment-test-utils.js';

let sim: PaymentSimulator;
let gateway: PaymentGateway;
const t = useTestApp({
  demo: true,
  env: { PAYMENT_GATEWAY_URL: 'http://127.0.0.1:1/paymentv2/vpcpay.html' },
});

beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  sim = await startPaymentSimulator({
    port: 0,
    secret: DEV_PAYMENT_SECRET,
    merchantCode: MERCHANT,
    ipnUrl: `http://127.0.0.1:${port}/api/payments/gateway/ipn`,
  });
  gateway = vnpayGateway({
    payUrl: `${sim.url}/paymentv2/vpcpay.html`,
    reportUrl: `${sim.url}/report`,
    merchantCode: MERCHANT,
    secret: DEV_PAYMENT_SECRET,
  });
});
afterAll(() => sim?.close());

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

describe('the gateway simulator and the daily reconciliation', () => {
  let code: string;
  let txnRef: string;

  it('shows the order, posts the signed notification on "Thanh toán" and sends the citizen back signed', async () => {
    code = await landDossierToPay(t.database.db, '0912 333 444');
    const citizen = await signInCitizen(t, '0912 333 444');
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/dossiers/${code}/payments/online`,
      headers: citizen,
    });
    const order = new URL(started.json<{ redirectUrl: string }>().redirectUrl).search;
    txnRef = new URLSearchParams(order).get('vnp_TxnRef')!;
    const page = await fetch(`${sim.url}/paymentv2/vpcpay.html${order}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Thanh toán');
    expect(html).toContain(txnRef);
    const tampered = await fetch(
      `${sim.url}/paymentv2/vpcpay.html${order.replace('vnp_Amount=', 'vnp_Amount=1')}`,
    );
    expect(tampered.status).toBe(400);

    const signedOrder = /name="order" value="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&');
    const paid = await fetch(`${sim.url}/pay`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ order: signedOrder, outcome: 'pay' }).toString(),
      redirect: 'manual',
    });
    expect(paid.status).toBe(302);
    const back = new URL(paid.headers.get('location')!);
    expect(back.pathname).toBe('/cong-dan/thanh-toan/ket-qua');
    expect(verifyParams(Object.fromEntries(back.searchParams), DEV_PAYMENT_SECRET)).toBe(true);
    expect(sim.ipnAnswers.at(-1)).toMatchObject({ status: 200 });
    expect(JSON.parse(sim.ipnAnswers.at(-1)!.body)).toMatchObject({ RspCode: '00' });
    const dossier = await t.database.db
      .selectFrom('dossiers')
      .select('status')
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
    expect(dossier.status).toBe('approved');
  });

  it("serves the day's signed report; reconciliation matches it, then finds a planted difference once", async () => {
    const report = await gateway.dailyReport(today());
    expect(report).toContainEqual(expect.objectContaining({ txnRef, status: 'success' }));
    const clean = await t.database.db.transaction().execute((trx) => reconcileDay(trx, today(), report));
    expect(clean).toMatchObject({ mismatches: 0 });
    expect(clean.matched).toBeGreaterThanOrEqual(1);

    // Plant differences: the gateway says another amount for our payment, and reports one we never had.
    const line = sim.transactions.find((l) => l.txnRef === txnRef)!;
    line.amount -= 50_000;
    sim.transactions.push({
      txnRef: 'MCSTRANGER0001',
      amount: 99_000,
      status: 'success',
      gatewayTxnNo: '1',
      day: today(),
    });
    const planted = await gateway.dailyReport(today());
    const found = await t.database.db.transaction().execute((trx) => reconcileDay(trx, today(), planted));
    expect(found).toMatchObject({ mismatches: 2, newAlerts: 2 });
    const again = await t.database.db.transaction().execute((trx) => reconcileDay(trx, today(), planted));
    expect(again).toMatchObject({ mismatches: 2, newAlerts: 0 });

    const leader = await loginAs(t.app, 'lanhdao.vpdk');
    const alerts = await t.app.inject({ method: 'GET', url: '/api/payments/alerts', ...leader });
    const items = alerts.json<{
      items: { kind: string; txnRef: string; dossierCode: string; title: string }[];
    }>().items;
    const mine = items.filter((i) => i.kind === 'reconciliation');
    expect(mine).toEqual([expect.objectContaining({ txnRef, dossierCode: code })]);
    expect(mine[0]!.title).toContain('Số tiền khác với cổng thanh toán');
  });

  it('refuses a report request that is not signed', async () => {
    const res = await fetch(`${sim.url}/report?vnp_TmnCode=${MERCHANT}&vnp_Day=${today()}`);
    expect(res.status).toBe(400);
  });
});
