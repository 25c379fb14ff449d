/**
 * GET /api/desk/online-intake: the desk's "online, to accept" list (services/dossier/online-intake.ts). Like the
 * inbox it lists without personal data beyond the applicant's name, so the list itself is not an audited read;
 * opening a dossier is.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OnlineIntakeList } from '../../contracts/online-intake.js';
import { listOnlineIntake } from '../../services/dossier/online-intake.js';
import { requireActor } from '../shared/guard.js';
import { staffReplies } from '../shared/routes.js';
import { dossierStaff } from './options.js';

export const onlineIntakeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config } = app.deps;
  app.get(
    '/desk/online-intake',
    dossierStaff(
      "Dossiers submitted online to the officer's units and not yet accepted, oldest first, with the working time left to accept them",
      { response: staffReplies(OnlineIntakeList) },
    ),
    async (request) =>
      listOnlineIntake(database.db, requireActor(request), { acceptHours: config.onlineAcceptHours }),
  );
};
