/**
 * Online payment through the gateway: the citizen's order (the redirect URL, signed), the gateway's signed
 * notification (IPN) that records the payment — signature, merchant, amount and currency checked, idempotent by the
 * order's reference, a wrong amount refused and shown to the unit's leader — and the result shown on the return page.
 */
import { randomBytes } from 'node:crypto';
import type { GatewayNotice, PaymentGateway } from '../../adapters/payment/gateway.js';
import type { Params } from '../../adapters/payment/signature.js';
import { conflict, invalid } from '../../domain/errors.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { PaymentResult } from '../../contracts/payment.js';
import { getDossierRow } from '../dossier/common.js';
import { alertWrongAmount } from './alerts.js';
import { receivePayment } from './receipts.js';
import { openRequestOf } from './requests.js';

/** The gateway's answer codes to a notification (the protocol's RspCode). */
export const IPN = {
  confirmed: { RspCode: '00', Message: 'Confirm Success' },
  unknownOrder: { RspCode: '01', Message: 'Order not found' },
  alreadyConfirmed: { RspCode: '02', Message: 'Order already confirmed' },
  wrongAmount: { RspCode: '04', Message: 'Invalid amount' },
} as const;
export type IpnAnswer = (typeof IPN)[keyof typeof IPN];

const unavailable = () =>
  conflict(
    'PAYMENT_UNAVAILABLE',
    'Thanh toán trực tuyến chưa được cung cấp. Vui lòng nộp tại bộ phận một cửa.',
  );

/** A new order for what the dossier still owes; the gateway's signed URL to send the citizen to. */
export async function startOnlinePayment(
  trx: Trx,
  gateway: PaymentGateway | null,
  dossier: { id: string; code: string },
  opts: { returnUrl: string; clientIp: string; now?: number },
): Promise<{ redirectUrl: string }> {
  if (!gateway) throw unavailable();
  await getDossierRow(trx, dossier.code, true);
  const request = await openRequestOf(trx, dossier.id);
  if (!request || request.outstanding <= 0)
    throw conflict('NOTHING_TO_PAY', 'Hồ sơ không có khoản nào cần thanh toán.');
  const txnRef = `MC${randomBytes(9).toString('hex').toUpperCase()}`;
  const createdAt = new Date(opts.now ?? Date.now());
  await trx
    .insertInto('payment_orders')
    .values({ txn_ref: txnRef, request_id: request.id, amount: request.outstanding, created_at: createdAt })
    .execute();
  const redirectUrl = gateway.payUrl({
    txnRef,
    amount: request.outstanding,
    info: `Thanh toan ho so ${dossier.code}`,
    returnUrl: opts.returnUrl,
    // The protocol wants an IPv4/IPv6 address; a proxy's forwarded chain is reduced to the client's.
    clientIp: opts.clientIp.replace(/^::ffff:/, '') || '127.0.0.1',
    createdAt,
  });
  return { redirectUrl };
}

/** A notification whose signature (or form) is wrong: 400, and nothing is recorded. */
function checked(notice: GatewayNotice): Extract<GatewayNotice, { ok: true }> {
  if (!notice.ok)
    throw invalid(
      notice.reason === 'signature' ? 'BAD_SIGNATURE' : 'BAD_NOTIFICATION',
      notice.reason === 'signature'
        ? 'Chữ ký của thông báo thanh toán không hợp lệ.'
        : 'Thông báo thanh toán không đúng định dạng.',
    );
  return notice;
}

/** The gateway's server-to-server notification: records the payment once, or says why not. */
export async function handleGatewayNotice(
  trx: Trx,
  gateway: PaymentGateway | null,
  params: Params,
  now = Date.now(),
): Promise<IpnAnswer> {
  if (!gateway) throw unavailable();
  const notice = checked(gateway.readNotice(params));
  const order = await trx
    .selectFrom('payment_orders as o')
    .innerJoin('payment_requests as r', 'r.id', 'o.request_id')
    .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
    .select(['o.txn_ref', 'o.amount', 'o.status', 'r.unit_id', 'r.dossier_id', 'd.code'])
    .where('o.txn_ref', '=', notice.txnRef)
    .forUpdate('o')
    .executeTakeFirst();
  if (!order) return IPN.unknownOrder;
  if (order.status !== 'pending') return IPN.alreadyConfirmed;
  const at = new Date(now);
  const finish = (status: 'paid' | 'failed' | 'refused') =>
    trx
      .updateTable('payment_orders')
      .set({
        status,
        response_code: notice.responseCode,
        gateway_txn_no: notice.gatewayTxnNo,
        finished_at: at,
      })
      .where('txn_ref', '=', order.txn_ref)
      .execute();
  if (notice.amount !== order.amount || notice.currency !== 'VND') {
    await finish('refused');
    await alertWrongAmount(
      trx,
      {
        unitId: order.unit_id,
        dossierId: order.dossier_id,
        txnRef: order.txn_ref,
        asked: order.amount,
        notified: notice.amount,
        currency: notice.currency,
      },
      at,
    );
    return IPN.wrongAmount;
  }
  if (!notice.success) {
    await finish('failed');
    return IPN.confirmed;
  }
  const row = await getDossierRow(trx, order.code, true);
  await finish('paid');
  const request = await trx
    .selectFrom('payment_orders')
    .select('request_id')
    .where('txn_ref', '=', order.txn_ref)
    .executeTakeFirstOrThrow();
  const open = await openRequestOf(trx, row.id);
  // Paid on a request since closed (paid at the desk meanwhile): the money is recorded all the same, on its request.
  const target =
    open && open.id === request.request_id
      ? open
      : {
          id: request.request_id,
          unit_id: order.unit_id,
          amount: Infinity,
          items: [],
          paid: 0,
          outstanding: 0,
        };
  await receivePayment(trx, row, target, {
    channel: 'online',
    amount: order.amount,
    payerName: row.applicant_name,
    txnRef: order.txn_ref,
    gatewayTxnNo: notice.gatewayTxnNo,
    officer: null,
    at,
  });
  return IPN.confirmed;
}

/** What the return page shows: the signature checked, then the order as the notification left it. */
export async function paymentResult(
  db: Reader,
  gateway: PaymentGateway | null,
  params: Params,
): Promise<PaymentResult> {
  if (!gateway) throw unavailable();
  const notice = checked(gateway.readNotice(params));
  const order = await db
    .selectFrom('payment_orders as o')
    .innerJoin('payment_requests as r', 'r.id', 'o.request_id')
    .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
    .leftJoin('payments as p', 'p.txn_ref', 'o.txn_ref')
    .select(['o.amount', 'o.status', 'd.code', 'p.receipt_no'])
    .where('o.txn_ref', '=', notice.txnRef)
    .executeTakeFirst();
  if (!order)
    return { ok: false, message: 'Không tìm thấy giao dịch.', dossierCode: null, amount: 0, receiptNo: null };
  const base = { dossierCode: order.code, amount: order.amount, receiptNo: order.receipt_no ?? null };
  if (order.status === 'paid') return { ok: true, message: 'Thanh toán thành công.', ...base };
  if (order.status === 'pending' && notice.success)
    return {
      ok: false,
      message: 'Đang chờ cổng thanh toán xác nhận. Vui lòng tải lại sau ít phút.',
      ...base,
    };
  return { ok: false, message: 'Thanh toán không thành công. Ông/bà có thể thử lại.', ...base };
}
