/**
 * Called on the root instance (not registered as an encapsulated plugin) because it owns the not-found handler.
 * Serves the built web app (web/dist) with an index.html fallback for client-side routes.
 * When the build is missing (e.g. API-only tests), a plain Vietnamese notice is served instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundBody } from './errors.js';

/**
 * A request for a missing static file (answered with a JSON 404) rather than a client-side route. Routes may contain
 * dots, e.g. /thu-tuc/1.001193 (procedure codes), so only known file extensions count.
 */
const STATIC_FILE =
  /\.(?:js|mjs|css|map|json|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|txt|xml|webmanifest|pdf)$/i;

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function webApp(app: FastifyInstance) {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) {
    app.get('/', (_req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><title>motcua</title><p>Giao diện chưa được xây dựng. Chạy <code>npm run build</code>.</p>',
        ),
    );
    app.setNotFoundHandler((request, reply) =>
      reply.status(404).send(notFoundBody(request.method, request.url)),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    wildcard: false,
    index: false,
    maxAge: '1h',
    immutable: false,
  });
  const html = fs.readFileSync(index, 'utf8');
  app.setNotFoundHandler((request, reply) => {
    if (
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !STATIC_FILE.test(request.url.split('?')[0] ?? '')
    ) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    }
    return reply.status(404).send(notFoundBody(request.method, request.url));
  });
}
