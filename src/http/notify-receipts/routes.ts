/**
 * Delivery receipt callbacks from HTTP providers: POST /api/notify/receipts/{provider}. The gateway proves itself
 * with the shared secret configured for it (X-Receipt-Secret header, or Authorization: Bearer); the body (JSON)
 * carries the provider's message id and state at the configured fields. A final state updates the message
 * (delivered or permanent failure); an intermediate one is acknowledged and ignored. SMPP receipts do not come
 * here: they arrive on the SMPP bind itself.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { parseHttpReceipt, type HttpReceiptSettings } from '../../adapters/notify/http-sms-provider.js';
import { DomainError, invalid, notFound } from '../../domain/errors.js';
import { recordReceipts } from '../../services/outbox/receipts.js';
import { replies } from '../shared/routes.js';

const ReceiptAnswer = Type.Object({
  outcome: Type.Union([Type.Literal('applied'), Type.Literal('unmatched'), Type.Literal('pending')]),
});

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const notifyReceiptRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const http = app.deps.config.notify.httpSms;
  const receivers = new Map<string, HttpReceiptSettings>();
  if (http?.receipts) receivers.set(http.name ?? 'http-sms', http.receipts);

  app.post(
    '/notify/receipts/:provider',
    {
      config: { rateLimit: { max: 6000, timeWindow: '1 minute' } },
      schema: {
        tags: ['notify'],
        summary: 'Delivery receipt callback of an HTTP notification provider (shared-secret authenticated)',
        params: Type.Object({ provider: Type.String({ maxLength: 60 }) }),
        body: Type.Record(Type.String(), Type.Unknown()),
        response: replies(ReceiptAnswer, 400, 401, 404),
      },
    },
    async (request) => {
      const settings = receivers.get(request.params.provider);
      if (!settings)
        throw notFound('PROVIDER_NOT_FOUND', 'Không có nhà cung cấp nhận báo cáo gửi tin với tên này.');
      const header = request.headers['x-receipt-secret'];
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      const given = typeof header === 'string' ? header : (bearer ?? '');
      if (!sameSecret(given, settings.secret)) {
        throw new DomainError(
          'unauthenticated',
          'RECEIPT_SECRET_INVALID',
          'Khóa xác thực báo cáo gửi tin không đúng.',
        );
      }
      const receipt = parseHttpReceipt(request.params.provider, settings, request.body);
      if (receipt === null) {
        throw invalid('RECEIPT_INVALID', 'Báo cáo gửi tin thiếu mã tin nhắn hoặc trạng thái.');
      }
      if (receipt === 'pending') return { outcome: 'pending' as const };
      const changed = await recordReceipts(db, [receipt]);
      return { outcome: changed > 0 ? ('applied' as const) : ('unmatched' as const) };
    },
  );
};
