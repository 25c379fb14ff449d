/**
 * The consoles' live stream (Server-Sent Events): `call`, `presence` and `callback` frames for the unit, from any
 * instance (PostgreSQL LISTEN/NOTIFY through one hub per process; the stream itself is http/live/streams.ts). A
 * console that reconnects reloads its lists (the stream carries changes, not snapshots).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HotlineHub } from '../../services/hotline/hub.js';
import { hotlineUnit } from '../../services/hotline/scope.js';
import { requireActor } from '../shared/guard.js';
import { liveStreams } from '../live/streams.js';
import { UnitQuery } from '../../contracts/hotline.js';
import { staffErrors } from '../shared/routes.js';
import { hotlineStaff } from './options.js';

export const hotlineLiveRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const hub = new HotlineHub(app.deps.database, (err) => app.log.error({ err }, 'hotline live read failed'));
  const stream = liveStreams(app, hub);

  app.get(
    '/hotline/live',
    hotlineStaff(
      "Live stream of the unit's hotline (text/event-stream): call, presence and callback frames",
      { querystring: UnitQuery, response: staffErrors },
    ),
    async (request, reply) => {
      const unit = await hotlineUnit(
        app.deps.database.db,
        requireActor(request),
        request.query.unitId,
        'read',
      );
      await stream(request, reply, unit.id);
    },
  );
};
