/**
 * Deadline alerts of the signed-in staff member (GET /api/me/alerts, mark read) and the apology-and-extension
 * drafts the sweeper prepares for a leader (GET /api/dossiers/{code}/extension-draft, POST …/confirm).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listMyAlerts, markAlertRead, markAllAlertsRead } from '../../services/dossier/sweeper-alerts.js';
import { confirmExtensionDraft, getExtensionDraft } from '../../services/dossier/sweeper-drafts.js';
import { retryOnIdempotencyRace } from '../../services/dossier/retry.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { CodeParams } from '../../contracts/dossier.js';
import {
  AlertParams,
  AlertsQuery,
  ConfirmAnswer,
  ConfirmBody,
  Draft,
  MyAlerts,
  ReadAllAnswer,
  ReadAnswer,
} from '../../contracts/alerts.js';
import { staffReplies, staffRoutes } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['alerts'];
const staff = staffRoutes(tags);

export const alertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/me/alerts',
    staff('My deadline alerts (at risk, overdue), newest first, with the unread count', {
      querystring: AlertsQuery,
      response: staffReplies(MyAlerts),
    }),
    async (request) => listMyAlerts(db, requireActor(request), request.query),
  );

  app.post(
    '/me/alerts/read-all',
    staff('Mark all my alerts read', {
      response: staffReplies(ReadAllAnswer),
    }),
    async (request) => {
      const actor = requireActor(request);
      return runCommand(db, markAllAlertsRead, actor);
    },
  );

  app.post(
    '/me/alerts/:id/read',
    staff('Mark one of my alerts read', {
      params: AlertParams,
      response: staffReplies(ReadAnswer, 404),
    }),
    async (request) => {
      const actor = requireActor(request);
      return runCommand(db, markAlertRead, actor, request.params.id);
    },
  );

  app.get(
    '/dossiers/:code/extension-draft',
    staff('The apology and extension drafted for a dossier at risk (leaders of the handling unit)', {
      params: CodeParams,
      response: staffReplies(Draft, 404),
    }),
    async (request) => getExtensionDraft(db, requireActor(request), request.params.code),
  );

  app.post(
    '/dossiers/:code/extension-draft/confirm',
    staff('Confirm the drafted apology and extension with the reason: takes the `extend` action once', {
      params: CodeParams,
      body: ConfirmBody,
      response: staffReplies(ConfirmAnswer, 404, 409),
    }),
    async (request) =>
      retryOnIdempotencyRace(() =>
        runCommand(db, confirmExtensionDraft, actingContext(request), request.params.code, request.body),
      ),
  );
};
