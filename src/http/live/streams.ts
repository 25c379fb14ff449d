/**
 * Live streams (Server-Sent Events) of one hub (services/live/fan-out.ts): the stream subscribes before its headers
 * go out, so a change made while the client fetches its lists is already on its way to it (frames that arrive
 * meanwhile wait for the headers); a hub that cannot subscribe answers 503 with a JSON error; a comment line every
 * 15 s keeps proxies from closing the connection; every stream ends when the server shuts down.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { UnitFanOut } from '../../services/live/fan-out.js';
import { errorBody } from '../errors.js';

const HEARTBEAT_MS = 15_000;

/** Opens a unit's stream on a request (the route has checked the unit). Registers the heartbeat and the shutdown. */
export type OpenStream = (request: FastifyRequest, reply: FastifyReply, unitId: string) => Promise<void>;

export function liveStreams(app: FastifyInstance, hub: UnitFanOut): OpenStream {
  const open = new Set<ServerResponse>();
  const heartbeat = setInterval(() => hub.heartbeat(), HEARTBEAT_MS).unref();
  app.addHook('preClose', async () => {
    clearInterval(heartbeat);
    for (const res of open) res.end();
    open.clear();
    await hub.close();
  });

  return async (request, reply, unitId) => {
    const res = reply.raw;
    reply.hijack();
    let pending: string[] | undefined = [];
    let unsubscribe: (() => void) | undefined;
    let closed = false;
    request.raw.on('close', () => {
      closed = true;
      open.delete(res);
      unsubscribe?.();
    });
    try {
      unsubscribe = await hub.subscribe(unitId, {
        send: (frame) => void (pending ? pending.push(frame) : res.write(frame)),
      });
    } catch (err) {
      request.log.error({ err }, 'live stream subscription failed');
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify(errorBody('LIVE_UNAVAILABLE', 'Không mở được luồng trực tiếp, vui lòng thử lại sau.')),
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
    // Reconnect after 2 s when the connection drops.
    res.write('retry: 2000\n\n: connected\n\n');
    for (const frame of pending) res.write(frame);
    pending = undefined;
    open.add(res);
  };
}
