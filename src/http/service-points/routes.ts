/**
 * Online public service points: the unit administrator's points, helpers and counts (/api/admin/service-points,
 * `service_points.manage`, unit scope checked in the services) and the helper's own routes (/api/service-point),
 * the only staff routes a service-point helper may use (`config.servicePointHelper`, src/http/shared/guard.ts).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { FileStore } from '../../adapters/storage/file-store.js';
import { DossierSummary, OtpSent } from '../../contracts/dossier.js';
import {
  HelperFile,
  HelperPoint,
  HelperSubmissions,
  OnBehalfBody,
  OnBehalfOtpBody,
  PointCreateBody,
  PointIdParams,
  PointPatchBody,
  PointStats,
  PointStatsQuery,
  ServicePoint,
  ServicePointList,
} from '../../contracts/service-points.js';
import { inTransaction, runCommand } from '../../db/transaction.js';
import { countingWrongCodes } from '../../services/dossier/intake/otp.js';
import { retryOnIdempotencyRace } from '../../services/dossier/retry.js';
import { createPoint, listPoints, patchPoint } from '../../services/service-points/points.js';
import { pointStats } from '../../services/service-points/stats.js';
import { receiveFile } from '../citizen/upload.js';
import {
  addHelperFile,
  helperPoint,
  listHelperSubmissions,
  requestOnBehalfOtp,
  submitOnBehalf,
} from '../../services/service-points/submit.js';
import { actingContext, requireActor, requirePermission } from '../shared/guard.js';
import { staffCreated, staffReplies, staffRoutes } from '../shared/routes.js';

const tags = ['service-points'];
const admin = staffRoutes(tags, requirePermission('service_points.manage'));
const helperRoute = staffRoutes(tags);
/** The helper's routes: the one place a helper's session is accepted besides their own account's. */
const forHelper = { servicePointHelper: true } as const;
/** One-time codes cost an SMS each; a point serves one person at a time. */
const OTP_RATE = { max: 20, timeWindow: '10 minutes' };

export const servicePointRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const store = new FileStore(app.deps.config.dataDir);
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 6 } });

  app.get(
    '/admin/service-points',
    admin('Service points of the units the actor manages, with their helpers and the helpers not yet bound', {
      response: staffReplies(ServicePointList),
    }),
    async (request) => listPoints(db, requireActor(request)),
  );

  app.post(
    '/admin/service-points',
    admin('Open a service point at a unit the actor manages (and bind its helpers)', {
      body: PointCreateBody,
      response: staffCreated(ServicePoint),
    }),
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, createPoint, actingContext(request), request.body)),
  );

  app.patch(
    '/admin/service-points/:id',
    admin('Change a service point (name, kind, address, active) or the helpers bound to it', {
      params: PointIdParams,
      body: PointPatchBody,
      response: staffReplies(ServicePoint, 404),
    }),
    async (request) => runCommand(db, patchPoint, actingContext(request), request.params.id, request.body),
  );

  app.get(
    '/admin/service-points/stats',
    admin(
      'Dossiers submitted online to the units the actor manages, those entered at a service point, and each point per day',
      { querystring: PointStatsQuery, response: staffReplies(PointStats) },
    ),
    async (request) => pointStats(db, requireActor(request), request.query),
  );

  app.get(
    '/service-point',
    {
      ...helperRoute('The service point the signed-in helper works at', {
        response: staffReplies(HelperPoint),
      }),
      config: forHelper,
    },
    async (request) => helperPoint(db, actingContext(request)),
  );

  app.post(
    '/service-point/otp',
    {
      ...helperRoute("Send a one-time code to the citizen's phone: their consent to the submission", {
        body: OnBehalfOtpBody,
        response: staffCreated(OtpSent, 429),
      }),
      config: { ...forHelper, rateLimit: OTP_RATE },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runCommand(db, requestOnBehalfOtp, actingContext(request), request.body.phone)),
  );

  app.post(
    '/service-point/dossiers',
    {
      ...helperRoute(
        "Submit online on a citizen's behalf at the helper's point, with the citizen's consent (code or signature)",
        { body: OnBehalfBody, response: staffCreated(DossierSummary, 404, 409, 429) },
      ),
      config: forHelper,
    },
    async (request, reply) => {
      const ctx = actingContext(request);
      const c = request.body.consent;
      const result = await countingWrongCodes(db, c.method === 'otp' ? c.otpId : undefined, () =>
        retryOnIdempotencyRace(() => inTransaction(db, (trx) => submitOnBehalf(trx, ctx, request.body))),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/service-point/files',
    {
      ...helperRoute(
        'Upload a scan of a paper (PDF, JPEG, PNG; 10 MB), to name in the submission by its SHA-256',
        {
          consumes: ['multipart/form-data'],
          response: staffCreated(HelperFile, 413),
        },
      ),
      config: forHelper,
    },
    async (request, reply) => {
      const ctx = actingContext(request);
      const file = await receiveFile(request, store, () => helperPoint(db, ctx).then(() => undefined));
      return reply.status(201).send(await runCommand(db, addHelperFile, ctx, file));
    },
  );

  app.get(
    '/service-point/dossiers',
    {
      ...helperRoute('The dossiers the signed-in helper submitted, with their status only', {
        response: staffReplies(HelperSubmissions),
      }),
      config: forHelper,
    },
    async (request) => listHelperSubmissions(db, actingContext(request)),
  );
};
