/**
 * `POST /api/hotline/events`: the PBX's signed call events. This plugin keeps the raw body (the signature is over
 * the bytes received, not over re-serialised JSON) with its own JSON parser, which only this encapsulated plugin
 * sees, and a 4 KB body limit. The signature and the timestamp are checked before the JSON is parsed. Back-pressure:
 * beyond HOTLINE_EVENTS_IN_FLIGHT events being processed at once, an event is answered 503 HOTLINE_BUSY with
 * Retry-After at once, before its body is read, instead of queueing behind the database pool (the bridge resends it;
 * events are idempotent).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { DomainError, invalid } from '../../domain/errors.js';
import { checkSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../services/hotline/signature.js';
import { ingestEvent } from '../../services/hotline/events.js';
import { ErrorResponse } from '../auth/schemas.js';
import { errorBody } from '../errors.js';
import { CallEvent, EventAccepted } from './schemas.js';
import { runCommand } from '../../db/transaction.js';

export const EVENT_BODY_LIMIT = 4096;

const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name];
  return typeof v === 'string' ? v : undefined;
};

export const hotlineEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const secret = app.deps.config.hotlineSecret;
  const maxInFlight = app.deps.config.hotlineEventsInFlight;
  let inFlight = 0;
  const counted = new WeakSet<FastifyRequest>();
  const release = (request: FastifyRequest) => {
    if (counted.delete(request)) inFlight--;
  };

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: EVENT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/hotline/events',
    {
      bodyLimit: EVENT_BODY_LIMIT,
      schema: {
        tags: ['hotline'],
        summary:
          'A call event from the PBX, signed: x-motcua-timestamp (unix seconds) and x-motcua-signature ' +
          '(sha256=HMAC-SHA256 of "timestamp.body" with HOTLINE_SECRET); a repeat answers {"duplicate":true}',
        body: CallEvent,
        response: {
          200: EventAccepted,
          400: ErrorResponse,
          401: ErrorResponse,
          413: ErrorResponse,
          503: ErrorResponse,
        },
      },
      onRequest: async (request, reply) => {
        if (inFlight >= maxInFlight) {
          return reply
            .status(503)
            .header('retry-after', '1')
            .send(
              errorBody('HOTLINE_BUSY', 'Tổng đài đang nhận quá nhiều sự kiện, vui lòng gửi lại sau 1 giây.'),
            );
        }
        inFlight++;
        counted.add(request);
        // Released when the answer is sent, or when the connection closes first.
        reply.raw.once('close', () => release(request));
        return undefined;
      },
      onResponse: async (request) => release(request),
      preValidation: async (request) => {
        const raw = typeof request.body === 'string' ? request.body : '';
        const check = checkSignature(
          secret,
          { timestamp: header(request, TIMESTAMP_HEADER), signature: header(request, SIGNATURE_HEADER) },
          raw,
          Math.floor(Date.now() / 1000),
        );
        if (check === 'stale') {
          throw new DomainError(
            'unauthenticated',
            'HOTLINE_EVENT_STALE',
            'Sự kiện quá cũ hoặc đồng hồ tổng đài lệch quá 5 phút.',
          );
        }
        if (check !== 'ok') {
          throw new DomainError(
            'unauthenticated',
            'HOTLINE_SIGNATURE_INVALID',
            'Chữ ký sự kiện không hợp lệ.',
          );
        }
        try {
          (request as { body: unknown }).body = JSON.parse(raw) as unknown;
        } catch {
          throw invalid('HOTLINE_EVENT_INVALID', 'Nội dung không phải JSON hợp lệ.', [
            { field: 'body', message: 'JSON không hợp lệ' },
          ]);
        }
      },
    },
    async (request) => runCommand(db, ingestEvent, request.body),
  );
};
