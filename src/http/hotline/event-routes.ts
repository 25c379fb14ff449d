/**
 * `POST /api/hotline/events`: the PBX's signed call events. This plugin keeps the raw body (the signature is over
 * the bytes received, not over re-serialised JSON) with its own JSON parser, which only this encapsulated plugin
 * sees, and a 4 KB body limit. The signature and the timestamp are checked before the JSON is parsed.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { DomainError, invalid } from '../../domain/errors.js';
import { checkSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../domain/hotline/signature.js';
import { ingestEvent } from '../../services/hotline/events.js';
import { ErrorResponse } from '../auth/schemas.js';
import { CallEvent, EventAccepted } from './schemas.js';

export const EVENT_BODY_LIMIT = 4096;

const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name];
  return typeof v === 'string' ? v : undefined;
};

export const hotlineEventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const secret = app.deps.config.hotlineSecret;

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
        response: { 200: EventAccepted, 400: ErrorResponse, 401: ErrorResponse, 413: ErrorResponse },
      },
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
    async (request) => db.transaction().execute((trx) => ingestEvent(trx, request.body)),
  );
};
