/**
 * The payment routes, with their schemas as types (src/contracts/route.ts). The gateway's own routes (the signed
 * notification and return) are called by the gateway and the return page: PAYMENT_IPN_PATH, PAYMENT_RETURN_PATH.
 */
import type { CodeParams } from './dossier.js';
import type * as P from './payment.js';
import { get, post } from './route.js';

export const paymentApi = {
  ofDossier: get<typeof P.DossierPayments, { params: typeof CodeParams }>('/api/dossiers/:code/payments'),
  recordAtDesk: post<typeof P.DossierPayments, { params: typeof CodeParams; body: typeof P.DeskPaymentBody }>(
    '/api/dossiers/:code/payments',
  ),
  refund: post<typeof P.DossierPayments, { params: typeof P.PaymentParams; body: typeof P.RefundBody }>(
    '/api/payments/:id/refunds',
  ),
  alerts: get<typeof P.PaymentAlerts>('/api/payments/alerts'),
  gatewayReturn: get<typeof P.PaymentResult, { querystring: typeof P.GatewayQuery }>(
    '/api/payments/gateway/return',
  ),
  mine: get<typeof P.CitizenPayments, { params: typeof CodeParams }>('/api/citizen/dossiers/:code/payments'),
  payOnline: post<typeof P.StartedPayment, { params: typeof CodeParams }>(
    '/api/citizen/dossiers/:code/payments/online',
  ),
};

export const PAYMENT_IPN_PATH = '/api/payments/gateway/ipn';
/** The web page the gateway sends the citizen back to. */
export const PAYMENT_RETURN_PAGE = '/cong-dan/thanh-toan/ket-qua';
