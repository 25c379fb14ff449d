/**
 * The citizen's own dossier, under /api/citizen (registered inside ./routes.ts, so the citizen's session hook and
 * CSRF check apply): GET /citizen/dossiers/{code}, its notices GET /citizen/dossiers/{code}/{receipt|supplement|
 * refusal}.pdf, and POST /citizen/dossiers/{code}/withdraw. Another citizen's dossier is 404; no session is 401.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CitizenCodeParams,
  CitizenDossierDetail,
  CitizenFormParams,
  CitizenWithdrawBody,
} from '../../contracts/citizen-dossier.js';
import { runCommand } from '../../db/transaction.js';
import { getMyDossier, myDossierForm, withdrawMyDossier } from '../../services/citizen/dossier.js';
import { PdfBody, sendPdf } from '../forms/routes.js';
import { replies } from '../shared/routes.js';
import { citizenOf } from './session.js';
import { citizenRoute } from './options.js';

const PDF_RATE = { max: 60, timeWindow: '1 minute' };

export const citizenDossierRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;

  app.get(
    '/citizen/dossiers/:code',
    citizenRoute(
      "The signed-in citizen's own dossier: status, dates, the steps meant for them, papers, what waits for them, its notices",
      {
        params: CitizenCodeParams,
        response: replies(CitizenDossierDetail, 400, 401, 404),
      },
    ),
    async (request) => getMyDossier(db, citizenOf(request), request.params.code),
  );

  app.get(
    '/citizen/dossiers/:code/:form',
    citizenRoute(
      "A notice of the citizen's own dossier as a PDF: receipt.pdf (form 01), supplement.pdf (02), refusal.pdf (03)",
      {
        produces: ['application/pdf'],
        params: CitizenFormParams,
        response: replies(PdfBody, 400, 401, 404),
      },
      PDF_RATE,
    ),
    async (request, reply) =>
      sendPdf(
        reply,
        await myDossierForm(
          db,
          citizenOf(request),
          request.params.code,
          request.params.form,
          config.publicUrl,
        ),
      ),
  );

  app.post(
    '/citizen/dossiers/:code/withdraw',
    citizenRoute(
      'The citizen withdraws their own dossier online, where its status allows it (409 otherwise)',
      {
        params: CitizenCodeParams,
        body: CitizenWithdrawBody,
        response: replies(CitizenDossierDetail, 400, 401, 403, 404, 409),
      },
    ),
    async (request) =>
      runCommand(db, withdrawMyDossier, citizenOf(request), request.params.code, request.body.reason),
  );
};
