/**
 * /api/citizen: a citizen signs in with a one-time code to their phone (or their national identity,
 * ./national-id-routes.ts), sees who they are and "Hồ sơ của tôi".
 * The staff's CSRF check is off on these routes (`csrf: false`): they have their own session and CSRF token
 * (./session.ts), and a staff cookie opens none of them.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CitizenDossierList,
  CitizenDossierQuery,
  CitizenMe,
  CitizenOtpBody,
  CitizenOtpSent,
  CitizenVerifyBody,
} from '../../contracts/citizen.js';
import { Ok } from '../../contracts/auth.js';
import { runCommand } from '../../db/transaction.js';
import { logoutCitizen, requestLoginCode, verifyLoginCode } from '../../services/citizen/login.js';
import { getCitizenMe, listMyDossiers } from '../../services/citizen/me.js';
import { errorReplies, replies } from '../shared/routes.js';
import { citizenRoute, citizenSecurity, citizenTags } from './options.js';
import { submissionRoutes } from './submission-routes.js';
import { citizenDossierRoutes } from './dossier-routes.js';
import { nationalIdRoutes } from './national-id-routes.js';
import {
  citizenOf,
  citizenSessionHook,
  clearCitizenCookies,
  clientMeta,
  setCitizenCookies,
} from './session.js';
import { CitizenActivity } from '../../contracts/citizen-activity.js';
import { getCitizenActivity } from '../../services/citizen/activity.js';

const tags = citizenTags;
const security = citizenSecurity;
/** Per client address, a flood guard on top of the codes' own limits (services/citizen/login.ts). */
const CODE_RATE = { max: 30, timeWindow: '10 minutes' };
const VERIFY_RATE = { max: 30, timeWindow: '10 minutes' };

export const citizenRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;
  app.decorateRequest('citizen', null);
  app.addHook('onRequest', citizenSessionHook(db, config));
  await app.register(nationalIdRoutes);

  app.post(
    '/citizen/auth/otp',
    {
      config: { csrf: false, citizenCsrf: false, rateLimit: CODE_RATE },
      schema: {
        tags,
        summary: "Send a sign-in code (6 digits, 5 minutes) to the citizen's phone by SMS",
        body: CitizenOtpBody,
        response: { 202: CitizenOtpSent, ...errorReplies(400, 429) },
      },
    },
    async (request, reply) => {
      const sent = await runCommand(db, requestLoginCode, request.body.phone, clientMeta(request));
      return reply.status(202).send(sent);
    },
  );

  app.post(
    '/citizen/auth/verify',
    {
      config: { csrf: false, citizenCsrf: false, rateLimit: VERIFY_RATE },
      schema: {
        tags,
        summary: 'Sign in with the code received by SMS; sets the citizen session and CSRF cookies',
        body: CitizenVerifyBody,
        response: replies(CitizenMe, 400, 409, 429),
      },
    },
    async (request, reply) => {
      const session = await verifyLoginCode(db, request.body, {
        ...clientMeta(request),
        previousSessionId: request.citizen?.id,
      });
      setCitizenCookies(reply, config, session, request.body.kiosk === true);
      const { phone, personId, verifiedBy } = session;
      return getCitizenMe(db, { phone, personId, verifiedBy, requestId: request.id });
    },
  );

  app.post(
    '/citizen/auth/logout',
    {
      config: { csrf: false },
      schema: {
        tags,
        summary: "End the citizen's session and clear its cookies",
        security,
        response: replies(Ok, 403),
      },
    },
    async (request, reply) => {
      if (request.citizen) await runCommand(db, logoutCitizen, request.citizen, request.id);
      clearCitizenCookies(reply, config);
      return { ok: true as const };
    },
  );

  app.get(
    '/citizen/me',
    citizenRoute('The signed-in citizen: verified phone, and name and ID number (masked) when known', {
      response: replies(CitizenMe, 401),
    }),
    async (request) => getCitizenMe(db, citizenOf(request)),
  );

  app.get(
    '/citizen/dossiers',
    citizenRoute('"Hồ sơ của tôi": the dossiers whose applicant is the signed-in citizen, newest first', {
      querystring: CitizenDossierQuery,
      response: replies(CitizenDossierList, 400, 401),
    }),
    async (request) => listMyDossiers(db, citizenOf(request), request.query),
  );

  app.get(
    '/citizen/activity',
    citizenRoute(
      "The citizen's appointments, queue tickets, hotline calls and messages (by the verified phone; no one-time codes)",
      {
        response: replies(CitizenActivity, 401),
      },
    ),
    async (request) => getCitizenActivity(db, citizenOf(request)),
  );

  // Online submission (drafts, uploads, submit, "Giấy tờ của tôi", supplement): under this plugin's session hook.
  await app.register(submissionRoutes);
  // One dossier of the citizen's, its notices and withdrawing it: under this plugin's session hook.
  await app.register(citizenDossierRoutes);
};
