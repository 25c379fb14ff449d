/**
 * The session layer: reads the `motcua_session` cookie, sets `request.actor` (or null) and enforces CSRF on
 * cookie-authenticated writes. Registered in app.ts before the areas, without encapsulation, so its hook runs for
 * every API route.
 *
 * Cookies: `motcua_session` (HttpOnly, the random token) and `motcua_csrf` (readable by the page's script, the
 * CSRF token). Both SameSite=Lax, Path=/, Secure in production, Max-Age = the session lifetime, re-sent when the
 * session slides. A route can opt out of the CSRF check with `config: { csrf: false }` (the login route: it
 * replaces whatever session there was).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { resumeSession } from '../../services/auth/sessions.js';
import type { Config } from '../../config.js';
import { csrfMatches, csrfToken } from './csrf.js';

export const SESSION_COOKIE = 'motcua_session';
export const CSRF_COOKIE = 'motcua_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind `actor`, when the request carried a live session cookie. */
    staffSession: { id: string; csrfSecret: string } | null;
  }
  interface FastifyContextConfig {
    /** false: skip the CSRF check on this route. */
    csrf?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieOptions(config: Config, httpOnly: boolean) {
  return {
    path: '/',
    httpOnly,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
    maxAge: config.sessionHours * 3600,
  };
}

export function setSessionCookies(
  reply: FastifyReply,
  config: Config,
  session: { token?: string; id: string; csrfSecret: string },
) {
  if (session.token) reply.setCookie(SESSION_COOKIE, session.token, cookieOptions(config, true));
  reply.setCookie(
    CSRF_COOKIE,
    csrfToken(config.sessionSecret, session.id, session.csrfSecret),
    cookieOptions(config, false),
  );
}

export function clearSessionCookies(reply: FastifyReply, config: Config) {
  const { maxAge: _maxAge, ...opts } = cookieOptions(config, true);
  reply.clearCookie(SESSION_COOKIE, opts);
  reply.clearCookie(CSRF_COOKIE, { ...opts, httpOnly: false });
}

const csrfInvalid = () =>
  new DomainError(
    'forbidden',
    'CSRF_INVALID',
    'Phiên làm việc không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang và thử lại.',
  );

const sessionPlugin: FastifyPluginAsync = async (app) => {
  const { config, database } = app.deps;
  app.decorateRequest('actor', null);
  app.decorateRequest('staffSession', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    request.actor = null;
    request.staffSession = null;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resumeSession(database.db, token, { hours: config.sessionHours });
    if (!session) {
      clearSessionCookies(reply, config);
      return;
    }
    request.actor = session.actor;
    request.staffSession = { id: session.id, csrfSecret: session.csrfSecret };
    if (!SAFE_METHODS.has(request.method) && request.routeOptions.config.csrf !== false) {
      const expected = csrfToken(config.sessionSecret, session.id, session.csrfSecret);
      if (!csrfMatches(expected, request.headers[CSRF_HEADER])) throw csrfInvalid();
    }
    if (session.slid) setSessionCookies(reply, config, { token, ...session });
  });
};

// Not encapsulated (what fastify-plugin does): the hook and decorators apply to the routes registered after it.
(sessionPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

export { sessionPlugin };
