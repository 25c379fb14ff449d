/**
 * The one mapper from errors to HTTP responses. Every error body is {"error":{"code","message",...}} with a stable
 * code; 500 details are hidden in production.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '../domain/errors.js';

const statusByKind = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  locked: 423,
  rate_limited: 429,
} as const satisfies Record<ErrorKind, number>;

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: { field: string; message: string }[];
    [k: string]: unknown;
  };
}

export const notFoundBody = (method: string, url: string) =>
  errorBody('NOT_FOUND', `Không tìm thấy địa chỉ ${method} ${url.split('?')[0]}.`);

export function errorBody(code: string, message: string, extra?: Record<string, unknown>): ErrorBody {
  return { error: { code, message, ...extra } };
}

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const missing =
    issue.params?.missingProperty ?? issue.params?.requiredProperty ?? issue.params?.additionalProperty;
  const base = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const path = [base, typeof missing === 'string' ? missing : ''].filter(Boolean).join('.');
  return path || context || 'body';
}

export function registerErrorHandling(app: FastifyInstance, opts: { production: boolean }) {
  app.setErrorHandler(
    (err: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) => {
      if (err instanceof DomainError) {
        return reply.status(statusByKind[err.kind]).send(errorBody(err.code, err.message, err.details));
      }
      const fe = err as FastifyError & { validation?: ValidationIssue[]; validationContext?: string };
      if (fe.validation) {
        const fields = fe.validation.map((v) => ({
          field: fieldOf(v, fe.validationContext),
          message: v.message ?? 'không hợp lệ',
        }));
        return reply
          .status(400)
          .send(
            errorBody(
              'VALIDATION_FAILED',
              'Dữ liệu gửi lên không hợp lệ: ' + fields.map((f) => f.field).join(', '),
              { fields },
            ),
          );
      }
      const status = fe.statusCode ?? 500;
      if (status === 429) {
        return reply
          .status(429)
          .send(errorBody('RATE_LIMITED', 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút.'));
      }
      if (status === 413) {
        return reply.status(413).send(errorBody('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'));
      }
      if (status === 415) {
        return reply
          .status(415)
          .send(errorBody('UNSUPPORTED_MEDIA_TYPE', 'Định dạng dữ liệu gửi lên không được hỗ trợ.'));
      }
      if (status >= 400 && status < 500) {
        const code = fe.code?.startsWith('FST_') ? 'BAD_REQUEST' : (fe.code ?? 'BAD_REQUEST');
        return reply
          .status(status)
          .send(errorBody(code, 'Yêu cầu không hợp lệ.', opts.production ? {} : { detail: fe.message }));
      }
      request.log.error({ err }, 'unhandled error');
      return reply
        .status(500)
        .send(
          errorBody(
            'INTERNAL',
            'Hệ thống gặp lỗi, vui lòng thử lại sau.',
            opts.production ? {} : { detail: err.message },
          ),
        );
    },
  );
}
