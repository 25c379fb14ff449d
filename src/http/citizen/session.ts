/**
 * The citizen's session on the citizen's routes only (docs/DECISIONS.md, "Citizen sessions"); the staff's session
 * layer (http/auth/session.ts) never reads these cookies, and this one never reads the staff's.
 *
 * Cookies: `motcua_citizen` (HttpOnly, the random token, Path=/api/citizen so no other route ever receives it) and
 * `motcua_citizen_csrf` (readable by the page's script, Path=/). Both SameSite=Strict, Secure in production, Max-Age
 * the session's longest life; the server also ends a session left idle (services/citizen/sessions.ts). Writes made
 * with a session must echo the CSRF token in `x-citizen-csrf` (the staff's token and header are separate, so that a
 * browser signed in on both sides sends each its own).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import {
  CITIZEN_SESSION_MS,
  resumeCitizenSession,
  type CitizenSession,
} from '../../services/citizen/sessions.js';
import type { Citizen } from '../../services/citizen/me.js';
import type { Config } from '../../config.js';
import type { Reader } from '../../db/transaction.js';
import { csrfMatches, csrfToken } from '../auth/csrf.js';

export const CITIZEN_COOKIE = 'motcua_citizen';
export const CITIZEN_CSRF_COOKIE = 'motcua_citizen_csrf';
export const CITIZEN_CSRF_HEADER = 'x-citizen-csrf';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in citizen on /api/citizen routes, or null. */
    citizen: CitizenSession | null;
  }
  interface FastifyContextConfig {
    /** false: skip the citizen's CSRF check on this route (the sign-in: it replaces whatever session there was). */
    citizenCsrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieOptions(config: Config, httpOnly: boolean) {
  return {
    path: httpOnly ? '/api/citizen' : '/',
    httpOnly,
    sameSite: 'strict' as const,
    secure: config.env === 'production',
    maxAge: CITIZEN_SESSION_MS / 1000,
  };
}

/** `kiosk`: cookies without a lifetime, gone when the kiosk's browser closes (never remembered on the device). */
export function setCitizenCookies(
  reply: FastifyReply,
  config: Config,
  session: { token: string; id: string; csrfSecret: string },
  kiosk = false,
) {
  const options = (httpOnly: boolean) => {
    const { maxAge, ...rest } = cookieOptions(config, httpOnly);
    return kiosk ? rest : { ...rest, maxAge };
  };
  reply.setCookie(CITIZEN_COOKIE, session.token, options(true));
  reply.setCookie(
    CITIZEN_CSRF_COOKIE,
    csrfToken(config.sessionSecret, session.id, session.csrfSecret),
    options(false),
  );
}

export function clearCitizenCookies(reply: FastifyReply, config: Config) {
  for (const httpOnly of [true, false]) {
    const { maxAge: _maxAge, ...opts } = cookieOptions(config, httpOnly);
    reply.clearCookie(httpOnly ? CITIZEN_COOKIE : CITIZEN_CSRF_COOKIE, opts);
  }
}

/** The onRequest hook of the citizen's routes: sets `request.citizen` and checks CSRF on writes with a session. */
export function citizenSessionHook(db: Reader, config: Config) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    request.citizen = null;
    const token = request.cookies[CITIZEN_COOKIE];
    if (!token) return;
    const session = await resumeCitizenSession(db, token);
    if (!session) {
      clearCitizenCookies(reply, config);
      return;
    }
    request.citizen = session;
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.citizenCsrf !== false) {
      const expected = csrfToken(config.sessionSecret, session.id, session.csrfSecret);
      if (!csrfMatches(expected, request.headers[CITIZEN_CSRF_HEADER])) {
        throw new DomainError(
          'forbidden',
          'CSRF_INVALID',
          'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang và thử lại.',
        );
      }
    }
  };
}

/** Where a sign-in comes from, for its session and audit rows. */
export const clientMeta = (request: FastifyRequest) => ({
  ip: request.ip,
  userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
  requestId: request.id,
});

/** The signed-in citizen as the services take them: who they are, and the request to audit under. */
export function citizenOf(request: FastifyRequest): Citizen {
  const { phone, personId, verifiedBy } = requireCitizen(request);
  return { phone, personId, verifiedBy, requestId: request.id };
}

export function requireCitizen(request: FastifyRequest): CitizenSession {
  if (!request.citizen) {
    throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'Vui lòng đăng nhập bằng số điện thoại.');
  }
  return request.citizen;
}

/** Runs before body validation, so that a request without a citizen session gets 401 whatever its input. */
export async function citizenAuthenticated(request: FastifyRequest) {
  requireCitizen(request);
}
