/**
 * A local payment gateway for development and tests (`motcua payment-simulator`, README.md): it speaks the same
 * protocol as the real one (signature.ts). GET /paymentv2/vpcpay.html shows the order and two buttons; "Thanh toán"
 * (or "Hủy giao dịch") signs the result, POSTs it to the merchant's notification URL (IPN) and sends the browser back
 * to the order's return URL, signed the same way. GET /report?vnp_TmnCode&vnp_Day&vnp_SecureHash answers the day's
 * transactions for reconciliation. Transactions are kept in memory (`transactions`: a test may plant a difference).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gatewayDate, type ReportLine } from './gateway.js';
import { signedQuery, verifyParams, type Params } from './signature.js';

export interface SimulatorOptions {
  port: number;
  host?: string;
  secret: string;
  merchantCode: string;
  /** The merchant's notification URL (…/api/payments/gateway/ipn). */
  ipnUrl: string;
}

export interface SimulatedTransaction extends ReportLine {
  /** YYYY-MM-DD in Vietnam. */
  day: string;
}

export interface PaymentSimulator {
  url: string;
  transactions: SimulatedTransaction[];
  /** The answers the merchant gave to the notifications, newest last. */
  ipnAnswers: { status: number; body: string }[];
  close(): Promise<void>;
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const dong = (n: number) => `${new Intl.NumberFormat('vi-VN').format(n)} đồng`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>
body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1a1a1a}
main{max-width:28rem;margin:2rem auto;background:#fff;padding:1.5rem;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.25rem;margin-top:0}dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem}dt{color:#444}
dd{margin:0;font-weight:600}.actions{display:flex;gap:.75rem;margin-top:1.5rem;flex-wrap:wrap}
button{font-size:1rem;padding:.75rem 1.25rem;border-radius:6px;border:1px solid #0b5cad;cursor:pointer}
.pay{background:#0b5cad;color:#fff}.cancel{background:#fff;color:#0b5cad}
</style></head><body><main>${body}</main></body></html>`;
}

function queryOf(req: IncomingMessage): Params {
  const url = new URL(req.url ?? '/', 'http://simulator');
  return Object.fromEntries(url.searchParams);
}

async function formOf(req: IncomingMessage): Promise<Params> {
  let raw = '';
  for await (const chunk of req) {
    raw += String(chunk);
    if (raw.length > 20_000) break;
  }
  return Object.fromEntries(new URLSearchParams(raw));
}

const vietnamDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export async function startPaymentSimulator(o: SimulatorOptions): Promise<PaymentSimulator> {
  const transactions: SimulatedTransaction[] = [];
  const ipnAnswers: { status: number; body: string }[] = [];
  let seq = 14_000_000;

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
    res.end(body);
  };
  const refuse = (res: ServerResponse, message: string) =>
    send(
      res,
      400,
      'text/html',
      page('Giao dịch không hợp lệ', `<h1>Giao dịch không hợp lệ</h1><p>${escape(message)}</p>`),
    );

  async function pay(res: ServerResponse, form: Params) {
    const order: Params = Object.fromEntries(new URLSearchParams(form.order ?? ''));
    if (!verifyParams(order, o.secret) || order.vnp_TmnCode !== o.merchantCode)
      return refuse(res, 'Chữ ký của đơn hàng không hợp lệ.');
    const paid = form.outcome === 'pay';
    const at = new Date();
    const txnNo = String(++seq);
    const result: Params = {
      vnp_Amount: order.vnp_Amount!,
      vnp_BankCode: 'NCB',
      vnp_CardType: 'ATM',
      vnp_OrderInfo: order.vnp_OrderInfo ?? '',
      vnp_PayDate: gatewayDate(at),
      vnp_ResponseCode: paid ? '00' : '24',
      vnp_TmnCode: o.merchantCode,
      vnp_TransactionNo: paid ? txnNo : '0',
      vnp_TransactionStatus: paid ? '00' : '02',
      vnp_TxnRef: order.vnp_TxnRef!,
    };
    transactions.push({
      txnRef: result.vnp_TxnRef!,
      amount: Number(order.vnp_Amount) / 100,
      status: paid ? 'success' : 'failed',
      gatewayTxnNo: paid ? txnNo : null,
      day: vietnamDay(at),
    });
    const query = signedQuery(result, o.secret);
    try {
      const answer = await fetch(`${o.ipnUrl}?${query}`, {
        method: 'POST',
        signal: AbortSignal.timeout(20_000),
      });
      ipnAnswers.push({ status: answer.status, body: await answer.text() });
    } catch (err) {
      ipnAnswers.push({ status: 0, body: (err as Error).message });
    }
    res.writeHead(302, { location: `${order.vnp_ReturnUrl}?${query}` });
    res.end();
  }

  function payPage(res: ServerResponse, order: Params) {
    if (!verifyParams(order, o.secret) || order.vnp_TmnCode !== o.merchantCode)
      return refuse(res, 'Chữ ký của đơn hàng không hợp lệ.');
    const signed = signedQuery(order, o.secret);
    const amount = Number(order.vnp_Amount) / 100;
    const button = (outcome: string, cls: string, label: string) =>
      `<form method="post" action="/pay"><input type="hidden" name="order" value="${escape(signed)}">` +
      `<input type="hidden" name="outcome" value="${outcome}"><button class="${cls}" type="submit">${label}</button></form>`;
    send(
      res,
      200,
      'text/html',
      page(
        'Cổng thanh toán (mô phỏng)',
        `<h1>Cổng thanh toán (mô phỏng)</h1><dl><dt>Đơn vị</dt><dd>${escape(o.merchantCode)}</dd>` +
          `<dt>Nội dung</dt><dd>${escape(order.vnp_OrderInfo ?? '')}</dd><dt>Mã giao dịch</dt><dd>${escape(order.vnp_TxnRef ?? '')}</dd>` +
          `<dt>Số tiền</dt><dd>${escape(dong(amount))}</dd></dl>` +
          `<div class="actions">${button('pay', 'pay', 'Thanh toán')}${button('cancel', 'cancel', 'Hủy giao dịch')}</div>`,
      ),
    );
  }

  function report(res: ServerResponse, q: Params) {
    if (!verifyParams(q, o.secret) || q.vnp_TmnCode !== o.merchantCode)
      return send(res, 400, 'application/json', JSON.stringify({ error: 'signature' }));
    const lines = transactions
      .filter((t) => t.day === q.vnp_Day)
      .map(({ txnRef, amount, status, gatewayTxnNo }) => ({ txnRef, amount, status, gatewayTxnNo }));
    send(res, 200, 'application/json', JSON.stringify({ day: q.vnp_Day, transactions: lines }));
  }

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://simulator').pathname;
    if (req.method === 'GET' && path === '/paymentv2/vpcpay.html') return payPage(res, queryOf(req));
    if (req.method === 'POST' && path === '/pay') {
      formOf(req)
        .then((form) => pay(res, form))
        .catch(() => refuse(res, 'Yêu cầu không hợp lệ.'));
      return;
    }
    if (req.method === 'GET' && path === '/report') return report(res, queryOf(req));
    send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(o.port, o.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${o.host ?? '127.0.0.1'}:${port}`,
    transactions,
    ipnAnswers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
