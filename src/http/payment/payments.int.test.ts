/**
 * Payments through HTTP: a land dossier asked to pay the Tax notice's obligations; the citizen's online payment
 * (signed redirect, the gateway's notification: wrong signature 400 and nothing changes, a wrong amount refused and
 * shown to the unit's leader, the same notification twice one payment), the desk's cash and transfer payments with
 * receipt numbers, refunds, and who may do what (anonymous 401, another citizen's dossier 404, wrong role 403).
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/app.js';
import { loginAs, type LoggedIn } from '../../../test/auth.js';
import { verifyParams } from '../../adapters/payment/signature.js';
import { DEV_PAYMENT_SECRET } from '../../adapters/payment/config.js';
import { signInCitizen, type CitizenHeaders } from '../citizen/citizen-test-utils.js';
import { gatewayResult, landDossierToPay, NOTICE_TOTAL } from './payment-test-utils.js';

const t = useTestApp({ demo: true });
const PHONE = '0912345678';
const OTHER_PHONE = '0987654321';

const inject = (method: 'GET' | 'POST', url: string, headers: object = {}, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), ...headers });
const status = async (code: string) =>
  (
    await t.database.db
      .selectFrom('dossiers')
      .select('status')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).status;
const paymentsOf = (code: string) =>
  t.database.db
    .selectFrom('payments as p')
    .innerJoin('dossiers as d', 'd.id', 'p.dossier_id')
    .select(['p.receipt_no', 'p.amount', 'p.channel'])
    .where('d.code', '=', code)
    .orderBy('p.receipt_no')
    .execute();

async function startOnline(code: string, citizen: CitizenHeaders) {
  const res = await inject('POST', `/api/citizen/dossiers/${code}/payments/online`, { headers: citizen });
  expect(res.statusCode, res.body).toBe(200);
  const url = new URL(res.json<{ redirectUrl: string }>().redirectUrl);
  return Object.fromEntries(url.searchParams);
}

describe('online payment through the gateway', () => {
  let code: string;
  let citizen: CitizenHeaders;

  it("opens a request for the Tax notice's obligations; the citizen sees it in 'Hồ sơ của tôi'", async () => {
    code = await landDossierToPay(t.database.db, PHONE);
    expect(await status(code)).toBe('awaiting_payment');
    citizen = await signInCitizen(t, PHONE);
    const mine = await inject('GET', `/api/citizen/dossiers/${code}/payments`, { headers: citizen });
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json<{ due: number; online: boolean; items: { kind: string; amount: number }[] }>();
    expect(body.online).toBe(true);
    expect(body.items.filter((i) => i.kind !== 'fee').map((i) => [i.kind, i.amount])).toEqual([
      ['personal_income_tax', 17_000_000],
      ['registration_fee', 4_250_000],
    ]);
    const fee = body.items.find((i) => i.kind === 'fee')?.amount ?? 0;
    expect(body.due).toBe(NOTICE_TOTAL + fee);
    const list = await inject('GET', '/api/citizen/dossiers', { headers: citizen });
    const item = list.json<{ items: { code: string; needsMe: boolean; payment?: { due: number } }[] }>()
      .items;
    expect(item.find((i) => i.code === code)).toMatchObject({ needsMe: true, payment: { due: body.due } });
  });

  it('signs the redirect: amount ×100, VND, the order reference, HMAC-SHA512', async () => {
    const params = await startOnline(code, citizen);
    expect(verifyParams(params, DEV_PAYMENT_SECRET)).toBe(true);
    expect(params).toMatchObject({ vnp_Version: '2.1.0', vnp_Command: 'pay', vnp_CurrCode: 'VND' });
    const due = (await inject('GET', `/api/citizen/dossiers/${code}/payments`, { headers: citizen })).json<{
      due: number;
    }>().due;
    expect(params.vnp_Amount).toBe(String(due * 100));
    expect(params.vnp_TxnRef).toMatch(/^MC[0-9A-F]{18}$/);
  });

  it('refuses a notification with a wrong signature: 400, and nothing changes', async () => {
    const { vnp_TxnRef: ref, vnp_Amount } = await startOnline(code, citizen);
    const amount = Number(vnp_Amount) / 100;
    for (const query of [
      gatewayResult(ref!, amount, { secret: 'not-the-gateway-secret' }),
      gatewayResult(ref!, amount).replace(/vnp_SecureHash=[0-9a-f]{4}/, 'vnp_SecureHash=0000'),
      gatewayResult(ref!, amount).replace('vnp_Amount=', 'vnp_Amount=1'),
    ]) {
      const res = await inject('POST', `/api/payments/gateway/ipn?${query}`);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('BAD_SIGNATURE');
    }
    const noHash = await inject('GET', '/api/payments/gateway/ipn?vnp_TxnRef=X');
    expect(noHash.statusCode).toBe(400);
    expect(await paymentsOf(code)).toEqual([]);
    expect(await status(code)).toBe('awaiting_payment');
    const order = await t.database.db
      .selectFrom('payment_orders')
      .select('status')
      .where('txn_ref', '=', ref!)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe('pending');
  });

  it("refuses a wrong amount and shows it to the unit's leader only", async () => {
    const { vnp_TxnRef: ref, vnp_Amount } = await startOnline(code, citizen);
    const res = await inject(
      'GET',
      `/api/payments/gateway/ipn?${gatewayResult(ref!, Number(vnp_Amount) / 100 - 1000)}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ RspCode: '04', Message: 'Invalid amount' });
    expect(await paymentsOf(code)).toEqual([]);
    const leader = await loginAs(t.app, 'lanhdao.vpdk');
    const alerts = await inject('GET', '/api/payments/alerts', leader);
    expect(alerts.statusCode, alerts.body).toBe(200);
    const items = alerts.json<{
      items: { kind: string; dossierCode: string; txnRef: string; title: string }[];
    }>().items;
    expect(items).toContainEqual(
      expect.objectContaining({ kind: 'wrong_amount', dossierCode: code, txnRef: ref }),
    );
    const elsewhere = await inject('GET', '/api/payments/alerts', await loginAs(t.app, 'lanhdao.dongtien'));
    expect(elsewhere.json<{ items: unknown[] }>().items).toEqual([]);
    // The refused order stays refused: the right amount afterwards is "already confirmed", not a payment.
    const again = await inject(
      'GET',
      `/api/payments/gateway/ipn?${gatewayResult(ref!, Number(vnp_Amount) / 100)}`,
    );
    expect(again.json()).toMatchObject({ RspCode: '02' });
  });

  it('records the payment once however often it is notified, gives a receipt and takes the dossier on', async () => {
    const { vnp_TxnRef: ref, vnp_Amount } = await startOnline(code, citizen);
    const query = gatewayResult(ref!, Number(vnp_Amount) / 100);
    const first = await inject('POST', `/api/payments/gateway/ipn?${query}`);
    expect(first.json()).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    const second = await inject('GET', `/api/payments/gateway/ipn?${query}`);
    expect(second.json()).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    const paid = await paymentsOf(code);
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ channel: 'online', amount: Number(vnp_Amount) / 100 });
    expect(paid[0]!.receipt_no).toMatch(/^BL-000\.00\.21\.H56-2026-\d{6}$/);
    expect(await status(code)).toBe('approved');
    const log = await t.database.db
      .selectFrom('dossier_actions as a')
      .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
      .select(['a.action', 'a.actor_id'])
      .where('d.code', '=', code)
      .orderBy('a.seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(log).toEqual({ action: 'record_payment', actor_id: null });

    const back = await inject('GET', `/api/payments/gateway/return?${query}`);
    expect(back.json()).toMatchObject({ ok: true, dossierCode: code, receiptNo: paid[0]!.receipt_no });
    const bad = await inject(
      'GET',
      `/api/payments/gateway/return?${query.replace('vnp_Amount=', 'vnp_Amount=9')}`,
    );
    expect(bad.statusCode).toBe(400);

    const list = await inject('GET', '/api/citizen/dossiers', { headers: citizen });
    const item = list
      .json<{ items: { code: string; payment?: { due: number; receipts: { receiptNo: string }[] } }[] }>()
      .items.find((i) => i.code === code);
    expect(item?.payment).toMatchObject({ due: 0, receipts: [{ receiptNo: paid[0]!.receipt_no }] });
    // Nothing is left to pay.
    const more = await inject('POST', `/api/citizen/dossiers/${code}/payments/online`, { headers: citizen });
    expect(more.statusCode).toBe(409);
  });

  it('answers an unknown order with the protocol code, and bad input with 400, never 5xx', async () => {
    const unknown = await inject('GET', `/api/payments/gateway/ipn?${gatewayResult('MCUNKNOWN0000', 1000)}`);
    expect(unknown.json()).toMatchObject({ RspCode: '01' });
    const wrongMerchant = await inject(
      'GET',
      `/api/payments/gateway/ipn?${gatewayResult('MCX00000001', 1, { merchant: 'OTHER' })}`,
    );
    expect(wrongMerchant.statusCode).toBe(400);
    for (const q of ['', 'vnp_Amount=abc', `${'a'.repeat(50)}=1`, 'vnp_SecureHash=' + 'f'.repeat(128)]) {
      const res = await inject('GET', `/api/payments/gateway/ipn?${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });
});

describe('payments at the desk, receipts and refunds', () => {
  let code: string;
  let desk: LoggedIn;
  let due: number;

  it('records cash, then a transfer; consecutive receipt numbers; paid in full the dossier moves on', async () => {
    code = await landDossierToPay(t.database.db, '0912 555 666', '2026-04');
    desk = await loginAs(t.app, 'tiepnhan.vpdk');
    const view = await inject('GET', `/api/dossiers/${code}/payments`, desk);
    expect(view.statusCode, view.body).toBe(200);
    due = view.json<{ outstanding: number; mayRecord: boolean }>().outstanding;
    expect(view.json()).toMatchObject({ mayRecord: true, mayRefund: false });
    const url = `/api/dossiers/${code}/payments`;
    const cash = await inject('POST', url, desk, {
      channel: 'cash',
      amount: 1_250_000,
      payerName: 'Nguyễn Văn Thành',
    });
    expect(cash.statusCode, cash.body).toBe(200);
    expect(await status(code)).toBe('awaiting_payment');
    const noRef = await inject('POST', url, desk, { channel: 'transfer', amount: 1000, payerName: 'A' });
    expect(noRef.statusCode).toBe(400);
    const over = await inject('POST', url, desk, { channel: 'cash', amount: due, payerName: 'A' });
    expect(over.statusCode).toBe(400);
    expect(over.json<{ error: { code: string } }>().error.code).toBe('AMOUNT_OVER');
    const rest = await inject('POST', url, desk, {
      channel: 'transfer',
      amount: due - 1_250_000,
      payerName: 'Nguyễn Văn Thành',
      reference: 'FT26100123456',
    });
    expect(rest.statusCode, rest.body).toBe(200);
    const receipts = rest.json<{ payments: { receiptNo: string; channel: string }[]; outstanding: number }>();
    expect(receipts.outstanding).toBe(0);
    const [a, b] = receipts.payments.map((p) => p.receiptNo);
    expect(a).toMatch(/^BL-000\.00\.21\.H56-2026-\d{6}$/);
    expect(Number(b!.slice(-6))).toBe(Number(a!.slice(-6)) + 1);
    expect(await status(code)).toBe('approved');
    const none = await inject('POST', url, desk, { channel: 'cash', amount: 1000, payerName: 'A' });
    expect(none.statusCode).toBe(409);
  });

  it("records a refund by the unit's leader: who, why, how much; never more than was paid", async () => {
    const leader = await loginAs(t.app, 'lanhdao.vpdk');
    const view = await inject('GET', `/api/dossiers/${code}/payments`, leader);
    expect(view.json()).toMatchObject({ mayRefund: true });
    const first = view.json<{ payments: { id: string; amount: number }[] }>().payments[0]!;
    const url = `/api/payments/${first.id}/refunds`;
    const refund = await inject('POST', url, leader, { amount: 250_000, reason: 'Thu thừa lệ phí trước bạ' });
    expect(refund.statusCode, refund.body).toBe(200);
    const after = refund.json<{ payments: { id: string; refunded: number; refunds: object[] }[] }>();
    expect(after.payments[0]).toMatchObject({
      refunded: 250_000,
      refunds: [{ amount: 250_000, reason: 'Thu thừa lệ phí trước bạ', by: 'Trần Quốc Việt' }],
    });
    const over = await inject('POST', url, leader, { amount: first.amount, reason: 'x' });
    expect(over.statusCode).toBe(400);
    const byDesk = await inject('POST', url, desk, { amount: 1000, reason: 'x' });
    expect(byDesk.statusCode).toBe(403);
    const unknown = await inject(
      'POST',
      '/api/payments/00000000-0000-4000-8000-000000000000/refunds',
      leader,
      {
        amount: 1,
        reason: 'x',
      },
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('lets only whom it should: anonymous 401, wrong role 403, another unit 403, another citizen 404', async () => {
    const anon = [
      inject('GET', `/api/dossiers/${code}/payments`),
      inject('POST', `/api/dossiers/${code}/payments`, {}, { channel: 'cash', amount: 1, payerName: 'A' }),
      inject(
        'POST',
        '/api/payments/00000000-0000-4000-8000-000000000000/refunds',
        {},
        { amount: 1, reason: 'x' },
      ),
      inject('GET', '/api/payments/alerts'),
      inject('GET', `/api/citizen/dossiers/${code}/payments`),
      inject('POST', `/api/citizen/dossiers/${code}/payments/online`),
    ];
    for (const res of await Promise.all(anon)) expect(res.statusCode, res.body).toBe(401);

    const other = await landDossierToPay(t.database.db, '0912 777 888', '2026-05');
    const specialist = await loginAs(t.app, 'chuyenvien.vpdk');
    const bySpecialist = await inject('POST', `/api/dossiers/${other}/payments`, specialist, {
      channel: 'cash',
      amount: 1000,
      payerName: 'A',
    });
    expect(bySpecialist.statusCode).toBe(403);
    const elsewhere = await loginAs(t.app, 'tiepnhan.dongtien');
    expect((await inject('GET', `/api/dossiers/${other}/payments`, elsewhere)).statusCode).toBe(403);
    expect(
      (
        await inject('POST', `/api/dossiers/${other}/payments`, elsewhere, {
          channel: 'cash',
          amount: 1,
          payerName: 'A',
        })
      ).statusCode,
    ).toBe(403);
    expect((await inject('GET', '/api/dossiers/XX-000000-0000/payments', desk)).statusCode).toBe(404);

    const stranger = await signInCitizen(t, OTHER_PHONE);
    expect(
      (await inject('GET', `/api/citizen/dossiers/${other}/payments`, { headers: stranger })).statusCode,
    ).toBe(404);
    expect(
      (await inject('POST', `/api/citizen/dossiers/${other}/payments/online`, { headers: stranger }))
        .statusCode,
    ).toBe(404);
    const bad = await inject('POST', `/api/dossiers/${other}/payments`, desk, {
      channel: 'gold',
      amount: -1,
    });
    expect(bad.statusCode).toBe(400);
  });
});
