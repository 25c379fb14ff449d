/**
 * The lobby display's live stream (Server-Sent Events): a full snapshot on every (re)connection, then `call`
 * events (chime and spoken call) and fresh snapshots as the queue changes on any instance; a comment line every
 * 15 s keeps proxies from closing the connection. One hub per process listens to the database for all displays.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { QueueHub } from '../../services/queue/hub.js';
import { publicUnit } from '../../services/queue/views.js';
import { ErrorResponse } from '../auth/schemas.js';
import { AgencyParams } from '../day-modes/schemas.js';

const HEARTBEAT_MS = 15_000;

export const queueLiveRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const hub = new QueueHub(app.deps.database, (err) =>
    app.log.error({ err }, 'queue display refresh failed'),
  );
  const open = new Set<ServerResponse>();
  const heartbeat = setInterval(() => hub.heartbeat(), HEARTBEAT_MS).unref();

  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    for (const res of open) res.end();
    open.clear();
    await hub.close();
  });

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
      const res = reply.raw;
      reply.hijack();
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      // Reconnect after 2 s when the connection drops; the new connection starts with a snapshot.
      res.write('retry: 2000\n\n');
      open.add(res);
      let unsubscribe: (() => void) | undefined;
      let closed = false;
      request.raw.on('close', () => {
        closed = true;
        open.delete(res);
        unsubscribe?.();
      });
      try {
        unsubscribe = await hub.subscribe(unit.id, { send: (frame) => void res.write(frame) });
        if (closed) unsubscribe();
      } catch (err) {
        request.log.error({ err }, 'queue display subscription failed');
        open.delete(res);
        res.end();
      }
    },
  );
};
