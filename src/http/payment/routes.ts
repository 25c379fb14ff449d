/**
 * Payments: the staff's view of a dossier's payments (GET /api/dossiers/{code}/payments), a desk payment
 * (POST, reception officers of the handling unit), a refund (POST /api/payments/{id}/refunds, leaders of the
 * collecting unit), the leader's payment alerts (GET /api/payments/alerts); and the gateway's own routes: its signed
 * server-to-server notification (GET or POST /api/payments/gateway/ipn, 400 on a wrong signature, otherwise the
 * protocol's RspCode) and the result the return page shows (GET /api/payments/gateway/return).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CodeParams } from '../../contracts/dossier.js';
import {
  DeskPaymentBody,
  DossierPayments,
  GatewayQuery,
  IpnAnswer,
  PaymentAlerts,
  PaymentParams,
  PaymentResult,
  RefundBody,
} from '../../contracts/payment.js';
import { runCommand } from '../../db/transaction.js';
import { listPaymentAlerts } from '../../services/payment/alerts.js';
import { dossierPayments, recordDeskPayment, refundPayment } from '../../services/payment/desk.js';
import { handleGatewayNotice, paymentResult } from '../../services/payment/online.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { publicRoutes, replies, staffReplies, staffRoutes } from '../shared/routes.js';
import { gatewayOf } from './gateway.js';

const tags = ['payments'];
const staff = staffRoutes(tags);
/** The gateway retries a notification until it is answered; a burst of them is normal at the end of a day. */
const GATEWAY_RATE = { max: 600, timeWindow: '1 minute' };
const gatewayRoute = publicRoutes(tags, GATEWAY_RATE);

export const paymentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;
  const gateway = gatewayOf(config);

  app.get(
    '/dossiers/:code/payments',
    staff("A dossier's payment requests, payments with their receipts, and refunds", {
      params: CodeParams,
      response: staffReplies(DossierPayments, 404),
    }),
    async (request) => dossierPayments(db, requireActor(request), request.params.code),
  );

  app.post(
    '/dossiers/:code/payments',
    staff('Record a cash, transfer or card payment at the desk; gives the receipt number', {
      params: CodeParams,
      body: DeskPaymentBody,
      response: staffReplies(DossierPayments, 404, 409),
    }),
    async (request) =>
      runCommand(db, recordDeskPayment, actingContext(request), request.params.code, request.body),
  );

  app.post(
    '/payments/:id/refunds',
    staff('Record a refund of a payment: who, why, how much (leaders of the collecting unit)', {
      params: PaymentParams,
      body: RefundBody,
      response: staffReplies(DossierPayments, 404),
    }),
    async (request) => runCommand(db, refundPayment, actingContext(request), request.params.id, request.body),
  );

  app.get(
    '/payments/alerts',
    staff(
      'Payment alerts of the units the signed-in leader leads: refused notifications, reconciliation mismatches',
      {
        response: staffReplies(PaymentAlerts),
      },
    ),
    async (request) => listPaymentAlerts(db, requireActor(request)),
  );

  const ipn = gatewayRoute("The gateway's signed notification of an order's result (IPN)", {
    querystring: GatewayQuery,
    response: replies(IpnAnswer, 400, 409),
  });
  const onNotice = async (request: { query: Record<string, string> }) =>
    runCommand(db, handleGatewayNotice, gateway, request.query);
  app.get('/payments/gateway/ipn', ipn, onNotice);
  app.post('/payments/gateway/ipn', { ...ipn, config: { ...ipn.config, csrf: false } }, onNotice);

  app.get(
    '/payments/gateway/return',
    gatewayRoute('The result of an online payment, for the page the gateway sends the citizen back to', {
      querystring: GatewayQuery,
      response: replies(PaymentResult, 400, 409),
    }),
    async (request) => paymentResult(db, gateway, request.query),
  );
};
