/**
 * The lobby display's live stream (Server-Sent Events): a full snapshot on every (re)connection, then `call`
 * events (chime and spoken call) and fresh snapshots as the queue changes on any instance. One hub per process
 * listens to the database for all displays; the stream itself is http/live/streams.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { QueueHub } from '../../services/queue/hub.js';
import { publicUnit } from '../../services/queue/views.js';
import { liveStreams } from '../live/streams.js';
import { AgencyParams, ErrorResponse } from '../../contracts/common.js';

export const queueLiveRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const hub = new QueueHub(app.deps.database, (err) =>
    app.log.error({ err }, 'queue display refresh failed'),
  );
  const stream = liveStreams(app, hub);

  app.get(
    '/public/queue/:agencyId/events',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['queue'],
        summary: 'Live stream of the lobby display (text/event-stream): snapshot and call events',
        params: AgencyParams,
        response: { 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const unit = await publicUnit(app.deps.database.db, request.params.agencyId);
      await stream(request, reply, unit.id);
    },
  );
};
