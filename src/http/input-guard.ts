/**
 * Text the database cannot hold never reaches it: one guard on every request refuses a NUL character (U+0000) or
 * an unpaired UTF-16 surrogate in any string input — path parameters, query string, cookies and other headers,
 * and the parsed body however deep — with 400 INVALID_TEXT naming the field. PostgreSQL refuses both in text, and
 * the refusal used to come back as a 500 from wherever the value first met a query.
 *
 * Also the answer to requests Node's HTTP parser refuses before Fastify sees them (over-long URL or headers, a
 * malformed request, a timeout): the same {error:{code,message}} body as every other error.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from './errors.js';

/** The place in the request of the first string holding U+0000 or an unpaired surrogate, or null. */
export function findInvalidText(value: unknown, where: string): string | null {
  const stack: [unknown, string][] = [[value, where]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (!validText(v)) return path;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v) && !ArrayBuffer.isView(v)) {
      for (const [k, inner] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (!validText(k)) return at;
        stack.push([inner, at]);
      }
    }
  }
  return null;
}

/** U+0000, or a high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function validText(s: string): boolean {
  return !INVALID_TEXT.test(s);
}

/** The field as the client named it: `phone` for the query, `applicant.name` for the body, `header x-…`. */
function invalidTextError(field: string) {
  return errorBody(
    'INVALID_TEXT',
    `Trường "${field}" chứa ký tự không hợp lệ (ký tự rỗng U+0000 hoặc ký tự Unicode hỏng). Vui lòng nhập lại.`,
    { field },
  );
}

/** Registers the guard on every route: parameters, query and headers first, then the parsed body. */
export function registerInputGuard(app: FastifyInstance) {
  app.addHook('onRequest', async (request: FastifyRequest, reply) => {
    const field =
      findInvalidText(request.params, '') ??
      findInvalidText(request.query, '') ??
      findInvalidText(request.cookies, 'cookie') ??
      findInvalidText(request.headers, 'header');
    if (field !== null) return reply.status(400).send(invalidTextError(field));
  });
  app.addHook('preValidation', async (request, reply) => {
    const field = findInvalidText(request.body, '');
    if (field !== null) return reply.status(400).send(invalidTextError(field || 'body'));
  });
}

/** Node's HTTP parser's refusals as our error body. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = clientErrorAnswer(err);
  if (socket.writable) {
    const body = JSON.stringify(errorBody(code, message));
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** An URL longer than this (in the request line) is answered 414 rather than 431 when the head is too large. */
const LONG_URL = 8 * 1024;

export function clientErrorAnswer(err: { code?: string; rawPacket?: unknown }): [number, string, string] {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT') {
    return [408, 'REQUEST_TIMEOUT', 'Yêu cầu gửi quá chậm, vui lòng thử lại.'];
  }
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket : null;
    const lineEnd = raw ? raw.indexOf('\r\n') : -1;
    if (raw && (lineEnd < 0 ? raw.length : lineEnd) > LONG_URL) {
      return [414, 'URL_TOO_LONG', 'Địa chỉ yêu cầu quá dài.'];
    }
    return [431, 'HEADERS_TOO_LARGE', 'Phần đầu (header) của yêu cầu quá lớn.'];
  }
  return [400, 'BAD_REQUEST', 'Yêu cầu không hợp lệ.'];
}
