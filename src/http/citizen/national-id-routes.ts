/**
 * The citizen's sign-in with their national electronic identity (OpenID Connect, authorization code + PKCE), when
 * OIDC_ISSUER is configured; registered inside the citizen's routes (./routes.ts) so that it sees their session.
 *
 * GET /citizen/auth/oidc sends the browser to the provider. What the callback needs to check the answer (state,
 * nonce, PKCE verifier, where to go next) waits in the browser, in `motcua_citizen_oidc`: signed, HttpOnly, 10
 * minutes, Path=/api/citizen/auth/oidc, SameSite=Lax (the provider's redirect back is a cross-site navigation, which
 * a Strict cookie would miss). GET /citizen/auth/oidc/callback checks it, exchanges the code, links the person, sets
 * the citizen's session cookies and sends the browser on; any failure sends it to the sign-in page with `?loi=`.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { nationalIdProvider, NationalIdLoginError, type PendingLogin } from '../../adapters/oidc/provider.js';
import { CITIZEN_OIDC_START } from '../../contracts/citizen-api.js';
import {
  CitizenAuthMethods,
  CitizenOidcCallbackQuery,
  CitizenOidcStartQuery,
} from '../../contracts/citizen.js';
import { citizenNextPath, readNationalIdentity } from '../../domain/citizen/national-id.js';
import { notFound } from '../../domain/errors.js';
import { signInWithNationalId } from '../../services/citizen/national-id.js';
import { errorReplies, replies } from '../shared/routes.js';
import { clientMeta, setCitizenCookies } from './session.js';

const tags = ['citizen'];
const PENDING_COOKIE = 'motcua_citizen_oidc';
const PENDING_MS = 10 * 60_000;
const SIGN_IN_PAGE = '/cong-dan/dang-nhap';
/** Per client address: each start asks the provider for nothing, but a loop of them is not a person. */
const OIDC_RATE = { max: 60, timeWindow: '10 minutes' };

interface Pending extends PendingLogin {
  next: string;
  /** When the sign-in started (ms). */
  at: number;
}

const redirected = (description: string) => ({
  302: Type.Null({ description: `${description} (Location header)` }),
});

export const nationalIdRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const settings = config.citizenOidc;
  const provider = settings ? nationalIdProvider(settings) : null;
  const cookieOptions = {
    path: CITIZEN_OIDC_START,
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
    signed: true,
  };

  function readPending(request: FastifyRequest): Pending | null {
    const raw = request.cookies[PENDING_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    if (!unsigned?.valid || !unsigned.value) return null;
    try {
      const pending = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString()) as Pending;
      return Date.now() - pending.at < PENDING_MS ? pending : null;
    } catch {
      return null;
    }
  }

  /** To the sign-in page with the reason; the provider's or our own words only in the log, never the claims. */
  function failed(request: FastifyRequest, reply: FastifyReply, error: unknown) {
    if (!(error instanceof NationalIdLoginError)) throw error;
    request.log.warn({ reason: error.reason, detail: error.message }, 'national identity sign-in failed');
    reply.clearCookie(PENDING_COOKIE, { path: cookieOptions.path });
    return reply.redirect(`${SIGN_IN_PAGE}?loi=${error.reason}`, 302);
  }

  function requireProvider() {
    if (!provider) {
      throw notFound(
        'NATIONAL_ID_NOT_CONFIGURED',
        'Đăng nhập bằng tài khoản định danh điện tử chưa được cung cấp tại đây. Vui lòng đăng nhập bằng số điện thoại.',
      );
    }
    return provider;
  }

  app.get(
    '/citizen/auth/methods',
    {
      schema: {
        tags,
        summary: 'How a citizen can sign in here: the phone, and the national identity when configured',
        response: replies(CitizenAuthMethods),
      },
    },
    async () => ({ phone: true, nationalId: provider !== null }),
  );

  app.get(
    '/citizen/auth/oidc',
    {
      config: { rateLimit: OIDC_RATE },
      schema: {
        tags,
        summary: "Start the national-identity sign-in: 302 to the identity provider's authorization endpoint",
        description:
          'Authorization code with PKCE (S256), state and nonce. 404 when no provider is configured; when the ' +
          'provider cannot be reached, 302 to /cong-dan/dang-nhap?loi=provider.',
        querystring: CitizenOidcStartQuery,
        response: { ...redirected('To the identity provider'), ...errorReplies(400, 404, 429) },
      },
    },
    async (request, reply) => {
      const idp = requireProvider();
      try {
        const { url, pending } = await idp.authorizationRequest();
        const value: Pending = { ...pending, next: citizenNextPath(request.query.next), at: Date.now() };
        reply.setCookie(PENDING_COOKIE, Buffer.from(JSON.stringify(value)).toString('base64url'), {
          ...cookieOptions,
          maxAge: PENDING_MS / 1000,
        });
        return reply.redirect(url, 302);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );

  app.get(
    '/citizen/auth/oidc/callback',
    {
      config: { rateLimit: OIDC_RATE },
      schema: {
        tags,
        summary:
          'Where the identity provider sends the citizen back: sets the citizen session, 302 to the page',
        description:
          'Checks the state against the pending sign-in, exchanges the code (PKCE), validates the ID token, links ' +
          'the person (by ID number, else verified phone and name, else a new person) and sets the same session ' +
          'cookies as the phone sign-in. Failures: 302 to /cong-dan/dang-nhap?loi=denied|state|provider|claims.',
        querystring: CitizenOidcCallbackQuery,
        response: {
          ...redirected('To the page asked for, or the sign-in page'),
          ...errorReplies(400, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const idp = requireProvider();
      const pending = readPending(request);
      try {
        if (!pending)
          throw new NationalIdLoginError('state', 'no pending sign-in (cookie missing or expired)');
        const claims = await idp.callback(request.query, pending);
        const identity = readNationalIdentity(claims, settings!.claims);
        if (!identity) throw new NationalIdLoginError('claims', 'no valid personal identification number');
        const session = await signInWithNationalId(database.db, identity, {
          ...clientMeta(request),
          previousSessionId: request.citizen?.id,
        });
        if (!session) throw new NationalIdLoginError('claims', 'unknown person and no name to record');
        reply.clearCookie(PENDING_COOKIE, { path: cookieOptions.path });
        setCitizenCookies(reply, config, session);
        return reply.redirect(pending.next, 302);
      } catch (error) {
        return failed(request, reply, error);
      }
    },
  );
};
