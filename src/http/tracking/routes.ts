/**
 * /api/track/{code}: public tracking of a dossier by its code and the applicant's phone (no login), rate-limited per
 * client address so that codes and phone endings cannot be guessed in bulk.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { trackDossier } from '../../services/tracking/track.js';
import { ErrorResponse } from '../auth/schemas.js';
import { TrackedDossier, TrackParams, TrackQuery } from './schemas.js';

/** Requests per client address. */
export const TRACK_RATE = { max: 30, timeWindow: '1 minute' };

export const trackingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/track/:code',
    {
      config: { rateLimit: TRACK_RATE },
      schema: {
        tags: ['tracking'],
        summary:
          "Track a dossier by its code and the applicant's mobile number or its last 4 digits (no login)",
        params: TrackParams,
        querystring: TrackQuery,
        response: { 200: TrackedDossier, 400: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return trackDossier(db, request.params.code, request.query.phone);
    },
  );
};
