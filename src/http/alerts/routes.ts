/**
 * Deadline alerts of the signed-in staff member (GET /api/me/alerts, mark read) and the apology-and-extension
 * drafts the sweeper prepares for a leader (GET /api/dossiers/{code}/extension-draft, POST …/confirm).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listMyAlerts, markAlertRead, markAllAlertsRead } from '../../services/dossier/sweeper-alerts.js';
import { confirmExtensionDraft, getExtensionDraft } from '../../services/dossier/sweeper-drafts.js';
import { retryOnIdempotencyRace } from '../../services/dossier/retry.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { CodeParams } from '../dossier/schemas.js';
import {
  AlertParams,
  AlertsQuery,
  ConfirmAnswer,
  ConfirmBody,
  Draft,
  MyAlerts,
  ReadAllAnswer,
  ReadAnswer,
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['alerts'];
const security = [{ session: [] }];

export const alertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/me/alerts',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'My deadline alerts (at risk, overdue), newest first, with the unread count',
        querystring: AlertsQuery,
        response: { 200: MyAlerts, ...staffErrors },
      },
    },
    async (request) => listMyAlerts(db, requireActor(request), request.query),
  );

  app.post(
    '/me/alerts/read-all',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Mark all my alerts read',
        response: { 200: ReadAllAnswer, ...staffErrors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return runCommand(db, markAllAlertsRead, actor);
    },
  );

  app.post(
    '/me/alerts/:id/read',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Mark one of my alerts read',
        params: AlertParams,
        response: { 200: ReadAnswer, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return runCommand(db, markAlertRead, actor, request.params.id);
    },
  );

  app.get(
    '/dossiers/:code/extension-draft',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'The apology and extension drafted for a dossier at risk (leaders of the handling unit)',
        params: CodeParams,
        response: { 200: Draft, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getExtensionDraft(db, requireActor(request), request.params.code),
  );

  app.post(
    '/dossiers/:code/extension-draft/confirm',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Confirm the drafted apology and extension with the reason: takes the `extend` action once',
        params: CodeParams,
        body: ConfirmBody,
        response: { 200: ConfirmAnswer, ...staffErrors, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return retryOnIdempotencyRace(() =>
        runCommand(db, confirmExtensionDraft, ctx, request.params.code, request.body),
      );
    },
  );
};
