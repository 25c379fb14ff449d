/**
 * The citizen's payments on their own dossier, under /api/citizen (registered inside ./routes.ts, so the citizen's
 * session hook and CSRF check apply): what is due and the receipts, and the start of an online payment (the
 * gateway's signed URL to go to). Another citizen's dossier is 404; no session is 401.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CitizenCodeParams } from '../../contracts/citizen-dossier.js';
import { CitizenPayments, StartedPayment } from '../../contracts/payment.js';
import { PAYMENT_RETURN_PAGE } from '../../contracts/payment-api.js';
import { runCommand } from '../../db/transaction.js';
import { myPayments, payMyDossierOnline } from '../../services/citizen/payments.js';
import { gatewayOf } from '../payment/gateway.js';
import { replies } from '../shared/routes.js';
import { citizenAuthenticated, citizenOf } from './session.js';

const tags = ['citizen'];
const security = [{ citizenSession: [] }];
const PAY_RATE = { max: 20, timeWindow: '10 minutes' };

export const citizenPaymentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;
  const gateway = gatewayOf(config);

  app.get(
    '/citizen/dossiers/:code/payments',
    {
      onRequest: citizenAuthenticated,
      schema: {
        tags,
        summary: "What the citizen's own dossier still owes, whether it can be paid online, and its receipts",
        security,
        params: CitizenCodeParams,
        response: replies(CitizenPayments, 400, 401, 404),
      },
    },
    async (request) => myPayments(db, gateway, citizenOf(request), request.params.code),
  );

  app.post(
    '/citizen/dossiers/:code/payments/online',
    {
      onRequest: citizenAuthenticated,
      config: { rateLimit: PAY_RATE },
      schema: {
        tags,
        summary: 'Start paying what the dossier owes online: the signed URL of the payment gateway to go to',
        security,
        params: CitizenCodeParams,
        response: replies(StartedPayment, 400, 401, 403, 404, 409),
      },
    },
    async (request) =>
      runCommand(db, payMyDossierOnline, gateway, citizenOf(request), request.params.code, {
        returnUrl: `${config.publicUrl}${PAYMENT_RETURN_PAGE}`,
        clientIp: request.ip,
      }),
  );
};
