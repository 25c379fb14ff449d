/**
 * GET /api/dossiers/intake-prefill: what the desk already knows about the citizen in front of it (the ticket called,
 * the appointment checked in, the hotline call named), so that intake asks nothing twice.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { intakePrefill } from '../../services/dossier/intake/prefill.js';
import { requireActor } from '../shared/guard.js';
import { IntakePrefill, PrefillQuery } from '../../contracts/intake-prefill.js';
import { staffReplies } from '../shared/routes.js';
import { dossierStaff } from './options.js';

export const prefillRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  app.get(
    '/dossiers/intake-prefill',
    dossierStaff('Intake prefilled from the ticket called, the appointment checked in or the hotline call', {
      querystring: PrefillQuery,
      response: staffReplies(IntakePrefill, 404),
    }),
    async (request) => intakePrefill(db, requireActor(request), request.query),
  );
};
