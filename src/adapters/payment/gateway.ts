/**
 * The payment gateway port and its implementation for the common Vietnamese protocol (VNPay 2.1.0, see
 * signature.ts and docs/DECISIONS.md "Payments: requests, the gateway, receipts"): the signed redirect URL for an
 * order, the reading of a signed notification (IPN or return), and the daily transaction report used to reconcile.
 * Amounts are whole đồng here; the protocol carries them multiplied by 100.
 */
import { signedQuery, verifyParams, type Params } from './signature.js';

export interface PaymentGatewayConfig {
  /** The gateway's payment page (the redirect target). */
  payUrl: string;
  /** The gateway's daily transaction report (GET ?day=YYYY-MM-DD, signed). */
  reportUrl: string;
  /** The merchant's terminal code at the gateway (vnp_TmnCode). */
  merchantCode: string;
  /** The secret shared with the gateway (HMAC-SHA512). Never logged. */
  secret: string;
}

export interface Order {
  txnRef: string;
  /** Whole đồng. */
  amount: number;
  /** Shown by the gateway (ASCII is safest: the protocol advises no accents). */
  info: string;
  returnUrl: string;
  clientIp: string;
  createdAt: Date;
}

/** A notification read from the gateway, its signature checked. */
export type GatewayNotice =
  | { ok: false; reason: 'signature' | 'malformed' | 'merchant' }
  | {
      ok: true;
      txnRef: string;
      /** Whole đồng (vnp_Amount / 100). */
      amount: number;
      currency: string;
      /** vnp_ResponseCode '00' and vnp_TransactionStatus '00'. */
      success: boolean;
      responseCode: string;
      gatewayTxnNo: string | null;
      payDate: string | null;
    };

/** A line of the gateway's daily report. */
export interface ReportLine {
  txnRef: string;
  amount: number;
  status: 'success' | 'failed';
  gatewayTxnNo: string | null;
}

export interface PaymentGateway {
  payUrl(order: Order): string;
  readNotice(params: Params): GatewayNotice;
  dailyReport(day: string): Promise<ReportLine[]>;
}

/** yyyyMMddHHmmss in Vietnam's time (GMT+7, no daylight saving), as the protocol writes dates. */
export function gatewayDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
}

const CURRENCY = 'VND';

export function vnpayGateway(config: PaymentGatewayConfig): PaymentGateway {
  return {
    payUrl(order) {
      const params: Params = {
        vnp_Version: '2.1.0',
        vnp_Command: 'pay',
        vnp_TmnCode: config.merchantCode,
        vnp_Amount: String(order.amount * 100),
        vnp_CurrCode: CURRENCY,
        vnp_TxnRef: order.txnRef,
        vnp_OrderInfo: order.info,
        vnp_OrderType: 'other',
        vnp_Locale: 'vn',
        vnp_ReturnUrl: order.returnUrl,
        vnp_IpAddr: order.clientIp,
        vnp_CreateDate: gatewayDate(order.createdAt),
      };
      return `${config.payUrl}?${signedQuery(params, config.secret)}`;
    },
    readNotice(params) {
      if (!verifyParams(params, config.secret)) return { ok: false, reason: 'signature' };
      const raw = params.vnp_Amount ?? '';
      const txnRef = params.vnp_TxnRef ?? '';
      if (!/^\d{1,15}$/.test(raw) || !/^[A-Z0-9]{8,40}$/.test(txnRef))
        return { ok: false, reason: 'malformed' };
      if (params.vnp_TmnCode !== config.merchantCode) return { ok: false, reason: 'merchant' };
      const responseCode = params.vnp_ResponseCode ?? '';
      return {
        ok: true,
        txnRef,
        amount: Number(raw) / 100,
        // The notification names no currency in 2.1.0: an order is asked in VND, so VND unless it says otherwise.
        currency: params.vnp_CurrCode || CURRENCY,
        success: responseCode === '00' && params.vnp_TransactionStatus === '00',
        responseCode,
        gatewayTxnNo: params.vnp_TransactionNo || null,
        payDate: params.vnp_PayDate || null,
      };
    },
    async dailyReport(day) {
      const query = signedQuery({ vnp_TmnCode: config.merchantCode, vnp_Day: day }, config.secret);
      const res = await fetch(`${config.reportUrl}?${query}`, { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) throw new Error(`the gateway's report answered ${res.status}`);
      const body = (await res.json()) as { transactions?: unknown };
      return readReport(body.transactions);
    },
  };
}

/** The report's lines, each checked; a malformed line is an error (reconciling against half a report is worse). */
export function readReport(list: unknown): ReportLine[] {
  if (!Array.isArray(list)) throw new Error("the gateway's report has no transactions list");
  return list.map((item: unknown) => {
    const o = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { txnRef, amount, status, gatewayTxnNo } = o;
    if (typeof txnRef !== 'string' || typeof amount !== 'number' || !Number.isInteger(amount))
      throw new Error("a line of the gateway's report is malformed");
    if (status !== 'success' && status !== 'failed') throw new Error('a report line has an unknown status');
    return { txnRef, amount, status, gatewayTxnNo: typeof gatewayTxnNo === 'string' ? gatewayTxnNo : null };
  });
}
