/**
 * A local OpenID Connect provider standing in for the national single sign-on, for integration and browser tests:
 * `oidc-provider` on a local port with one confidential client (PKCE required), the accounts the test chooses and
 * its development sign-in form (any password; the login names an account). Consent is given at once, so that the
 * form's "Sign-in" brings the browser straight back to motcua.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider, type KoaContextWithOIDC } from 'oidc-provider';

export const TEST_CLIENT_ID = 'motcua';
export const TEST_CLIENT_SECRET = 'motcua-oidc-test-client-secret';

/** An account's claims by login name; any other login signs in as an account with no claims but `sub`. */
export type TestAccounts = Record<string, Record<string, unknown>>;

export interface TestIdentityProvider {
  issuer: string;
  /** The OIDC_* variables that point motcua at this provider. */
  env: Record<string, string>;
  close(): Promise<void>;
}

const { privateKey: signingKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

export async function startIdentityProvider(opts: {
  redirectUri: string;
  accounts: TestAccounts;
  port?: number;
}): Promise<TestIdentityProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: TEST_CLIENT_SECRET,
        redirect_uris: [opts.redirectUri],
        token_endpoint_auth_method: 'client_secret_post',
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      profile: ['name', 'birthdate', 'citizen_pid'],
      phone: ['phone_number', 'phone_number_verified'],
    },
    cookies: { keys: ['motcua-test-identity-provider'] },
    jwks: { keys: [{ ...signingKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'test' }] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    findAccount: (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: () => ({ ...opts.accounts[sub], sub }),
    }),
    // Consent is implied: a grant of what the client asked for.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(typeof params?.scope === 'string' ? params.scope : 'openid');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: TEST_CLIENT_ID,
      OIDC_CLIENT_SECRET: TEST_CLIENT_SECRET,
      OIDC_REDIRECT_URL: opts.redirectUri,
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
