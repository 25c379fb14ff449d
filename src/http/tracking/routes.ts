/**
 * /api/track/{code}: public tracking of a dossier by its code and the applicant's phone (no login), rate-limited per
 * client address so that codes and phone endings cannot be guessed in bulk.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { trackDossier } from '../../services/tracking/track.js';
import { TrackedDossier, TrackParams, TrackQuery } from '../../contracts/tracking.js';
import { replies } from '../shared/routes.js';
import { ratingPath } from '../../services/ratings/token.js';

/** Requests per client address. */
export const TRACK_RATE = { max: 30, timeWindow: '1 minute' };

export const trackingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const { sessionSecret } = app.deps.config;

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
        response: replies(TrackedDossier, 400, 404, 429),
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      const tracked = await trackDossier(db, request.params.code, request.query.phone);
      // Whoever proved the applicant's phone may rate (the receipt's QR code leads here).
      if (tracked.status !== 'returned') return tracked;
      return { ...tracked, ratingPath: ratingPath(sessionSecret, tracked.code) };
    },
  );
};
