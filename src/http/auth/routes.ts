/**
 * /api/auth: log in, log out, who am I, change my password.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError } from '../../domain/errors.js';
import { getMe } from '../../services/auth/me.js';
import { changeOwnPassword, login, logout } from '../../services/auth/login.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { LoginBody, LoginResponse, Me, Ok, PasswordBody } from '../../contracts/auth.js';
import { clearSessionCookies, setSessionCookies } from './session.js';
import { ErrorResponse } from '../../contracts/common.js';
import { replies, staffReplies, staffRoutes } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

/** Per client address: a flood guard on top of the failed-login throttling (services/auth/login.ts). */
const LOGIN_RATE = { max: 30, timeWindow: '1 minute' };
const PASSWORD_RATE = { max: 10, timeWindow: '1 minute' };
/** The routes of the signed-in staff member. */
const signedIn = staffRoutes(['auth']);

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;

  app.post(
    '/auth/login',
    {
      config: { csrf: false, rateLimit: LOGIN_RATE },
      schema: {
        tags: ['auth'],
        summary: 'Log in with username and password; sets the session and CSRF cookies',
        body: LoginBody,
        response: {
          200: LoginResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          429: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const previous = request.staffSession;
      const { session, staffId } = await login(
        db,
        { throttle: config.loginThrottle, sessionHours: config.sessionHours },
        request.body,
        { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: request.id },
      ).catch((err: unknown) => {
        // A throttled attempt says when to come back, in the header as well as the message.
        const wait = err instanceof DomainError ? err.details?.retryAfterSeconds : undefined;
        if (typeof wait === 'number') void reply.header('retry-after', String(wait));
        throw err;
      });
      if (previous) await db.deleteFrom('sessions').where('id', '=', previous.id).execute();
      setSessionCookies(reply, config, session);
      return { user: await getMe(db, staffId) };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session and clear its cookies',
        response: replies(Ok, 403),
      },
    },
    async (request, reply) => {
      const session = request.staffSession;
      if (request.actor && session) {
        const ctx = { actor: request.actor, requestId: request.id };
        await runCommand(db, logout, ctx, session.id);
      }
      clearSessionCookies(reply, config);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/me',
    {
      ...signedIn('The signed-in staff member, their unit, roles and permissions', {
        response: replies(Me, 401),
      }),
      config: { servicePointHelper: true },
    },
    async (request) => getMe(db, requireActor(request).id),
  );

  app.post(
    '/auth/password',
    {
      ...signedIn("Change one's own password (ends the other sessions)", {
        body: PasswordBody,
        response: staffReplies(Ok, 429),
      }),
      config: { rateLimit: PASSWORD_RATE, servicePointHelper: true },
    },
    async (request) => {
      const sessionId = request.staffSession?.id ?? '';
      await runCommand(db, changeOwnPassword, actingContext(request), sessionId, request.body);
      return { ok: true as const };
    },
  );
};
