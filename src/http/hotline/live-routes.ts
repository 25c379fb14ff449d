/**
 * The consoles' live stream (Server-Sent Events): `call`, `presence` and `callback` frames for the unit, from any
 * instance (PostgreSQL LISTEN/NOTIFY through one hub per process); a comment line every 15 s keeps proxies from
 * closing the connection; every stream ends when the server shuts down. A console that reconnects reloads its
 * lists (the stream carries changes, not snapshots).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerResponse } from 'node:http';
import { HotlineHub } from '../../services/hotline/hub.js';
import { hotlineUnit } from '../../services/hotline/scope.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { staffErrors } from '../auth/schemas.js';
import { errorBody } from '../errors.js';
import { UnitQuery } from './schemas.js';

const HEARTBEAT_MS = 15_000;

export const hotlineLiveRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const hub = new HotlineHub(app.deps.database, (err) => app.log.error({ err }, 'hotline live read failed'));
  const open = new Set<ServerResponse>();
  const heartbeat = setInterval(() => hub.heartbeat(), HEARTBEAT_MS).unref();

  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    for (const res of open) res.end();
    open.clear();
    await hub.close();
  });

  app.get(
    '/hotline/live',
    {
      onRequest: authenticated,
      schema: {
        tags: ['hotline'],
        security: [{ session: [] }],
        summary: "Live stream of the unit's hotline (text/event-stream): call, presence and callback frames",
        querystring: UnitQuery,
        response: staffErrors,
      },
    },
    async (request, reply) => {
      const unit = await hotlineUnit(
        app.deps.database.db,
        requireActor(request),
        request.query.unitId,
        'read',
      );
      const res = reply.raw;
      reply.hijack();
      // Subscribe before the headers go out: a console fetches its lists once the stream is open, so a change
      // made in between must already be on its way to it. Frames that arrive meanwhile wait for the headers.
      let pending: string[] | undefined = [];
      let unsubscribe: (() => void) | undefined;
      let closed = false;
      request.raw.on('close', () => {
        closed = true;
        open.delete(res);
        unsubscribe?.();
      });
      try {
        unsubscribe = await hub.subscribe(unit.id, {
          send: (frame) => void (pending ? pending.push(frame) : res.write(frame)),
        });
      } catch (err) {
        request.log.error({ err }, 'hotline live subscription failed');
        res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify(
            errorBody('LIVE_UNAVAILABLE', 'Không mở được luồng trực tiếp, vui lòng thử lại sau.'),
          ),
        );
        return;
      }
      if (closed) {
        unsubscribe();
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': request.id,
      });
      res.write('retry: 2000\n\n: connected\n\n');
      for (const frame of pending) res.write(frame);
      pending = undefined;
      open.add(res);
    },
  );
};
