/**
 * The relying party of the national identity provider, over openid-client: the authorization request (code flow
 * with PKCE, state and nonce) and the callback (the code exchanged, the ID token checked by openid-client, the
 * claims of the ID token and of the UserInfo endpoint). The provider's metadata is discovered on first use and kept;
 * a provider that is down is asked again on the next sign-in, so it never stops the server from starting.
 */
import { timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { NationalIdError } from '../../domain/citizen/national-id.js';
import type { OidcConfig } from './config.js';

/** Seconds the provider has to answer each request. */
const TIMEOUT_SECONDS = 10;

/** What the browser keeps between the request and the callback (signed, HttpOnly, short-lived). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** A sign-in that failed at the provider or on the way back; `reason` is the sign-in page's `loi`. */
export class NationalIdLoginError extends Error {
  constructor(
    readonly reason: NationalIdError,
    message: string,
  ) {
    super(message);
    this.name = 'NationalIdLoginError';
  }
}

export interface NationalIdProvider {
  /** The provider's authorization URL for a new sign-in, and what the callback needs to check it. */
  authorizationRequest(): Promise<{ url: string; pending: PendingLogin }>;
  /** The claims of the signed-in person (ID token first, UserInfo for what it lacks). */
  callback(
    query: Record<string, string | undefined>,
    pending: PendingLogin,
  ): Promise<Record<string, unknown>>;
}

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Why a request to the provider failed, in a line fit for the log (no tokens, no claims). */
function reasonOf(error: unknown): string {
  if (error instanceof oidc.AuthorizationResponseError) return `authorization error ${error.error}`;
  if (error instanceof oidc.ResponseBodyError) return `${error.error} (HTTP ${error.status})`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}`.slice(0, 300);
  }
  return 'unknown error';
}

export function nationalIdProvider(config: OidcConfig): NationalIdProvider {
  let discovered: Promise<oidc.Configuration> | undefined;

  /** The provider's configuration, discovered once; forgotten after a failure so that the next sign-in retries. */
  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(config.issuer, config.clientId, config.clientSecret, undefined, {
        execute: config.allowHttp && config.issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
        timeout: TIMEOUT_SECONDS,
      })
      .catch((error: unknown) => {
        discovered = undefined;
        throw new NationalIdLoginError('provider', `discovery failed: ${reasonOf(error)}`);
      });
    return discovered;
  }

  return {
    async authorizationRequest() {
      const provider = await configuration();
      const pending: PendingLogin = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(provider, {
        redirect_uri: config.redirectUrl,
        scope: config.scopes,
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    async callback(query, pending) {
      if (query.error) {
        const denied = query.error === 'access_denied';
        throw new NationalIdLoginError(denied ? 'denied' : 'provider', `provider answered ${query.error}`);
      }
      if (!query.state || !sameText(query.state, pending.state)) {
        throw new NationalIdLoginError('state', 'state does not match the pending sign-in');
      }
      const provider = await configuration();
      // openid-client takes the redirect URL as registered, with the parameters the provider sent.
      const current = new URL(config.redirectUrl);
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined) current.searchParams.set(key, value);
      }
      try {
        const tokens = await oidc.authorizationCodeGrant(provider, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        const userinfo = provider.serverMetadata().userinfo_endpoint
          ? await oidc.fetchUserInfo(provider, tokens.access_token, idClaims.sub)
          : {};
        return { ...userinfo, ...idClaims };
      } catch (error) {
        throw new NationalIdLoginError('provider', `code exchange failed: ${reasonOf(error)}`);
      }
    },
  };
}
