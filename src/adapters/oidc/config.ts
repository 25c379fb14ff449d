/**
 * The national identity provider (OpenID Connect) for the citizen's sign-in, from environment variables (README.md,
 * Configuration): off unless OIDC_ISSUER is set. Validated at boot like the rest of src/config.ts; production
 * refuses an issuer without https and a client secret that is missing or published.
 */
import { PUBLISHED_SECRETS } from '../../config-secrets.js';
import { CITIZEN_OIDC_CALLBACK } from '../../contracts/citizen-api.js';
import { DEFAULT_CLAIM_NAMES, type NationalIdClaimNames } from '../../domain/citizen/national-id.js';

export interface OidcConfig {
  /** The issuer identifier; its /.well-known/openid-configuration is read on first use. */
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back: …/api/citizen/auth/oidc/callback, registered at the provider. */
  redirectUrl: string;
  /** Space-separated, `openid` among them. */
  scopes: string;
  claims: NationalIdClaimNames;
  /** Plain http to the provider (development and tests only). */
  allowHttp: boolean;
}

type Fail = (message: string) => Error;

export function loadOidcConfig(
  env: NodeJS.ProcessEnv,
  opts: { production: boolean; publicUrl: string },
  fail: Fail,
): OidcConfig | null {
  const str = (name: string) => env[name]?.trim() || undefined;
  const rawIssuer = str('OIDC_ISSUER');
  if (!rawIssuer) return null;
  const url = (name: string, raw: string) => {
    try {
      const parsed = new URL(raw);
      if (parsed.protocol === 'https:' || (!opts.production && parsed.protocol === 'http:')) return parsed;
    } catch {
      // reported below
    }
    throw fail(`${name} must be an ${opts.production ? 'https' : 'http(s)'} URL, got "${raw}"`);
  };
  const issuer = url('OIDC_ISSUER', rawIssuer);
  const clientId = str('OIDC_CLIENT_ID');
  if (!clientId) throw fail('OIDC_CLIENT_ID must be set with OIDC_ISSUER');
  const clientSecret = str('OIDC_CLIENT_SECRET') ?? '';
  if (!clientSecret) throw fail('OIDC_CLIENT_SECRET must be set with OIDC_ISSUER');
  if (opts.production && PUBLISHED_SECRETS.includes(clientSecret)) {
    throw fail('OIDC_CLIENT_SECRET is a value published in the motcua repository; production needs its own');
  }
  const redirectUrl = url(
    'OIDC_REDIRECT_URL',
    str('OIDC_REDIRECT_URL') ?? opts.publicUrl + CITIZEN_OIDC_CALLBACK,
  ).toString();
  const scopes = (str('OIDC_SCOPES') ?? 'openid profile phone').split(/[\s,]+/).filter(Boolean);
  if (!scopes.includes('openid')) throw fail(`OIDC_SCOPES must include openid, got "${scopes.join(' ')}"`);
  const claim = (name: string, fallback: string) => {
    const value = str(name) ?? fallback;
    if (!/^[\w.:*-]{1,100}$/.test(value)) throw fail(`${name} must be a claim name, got "${value}"`);
    return value;
  };
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUrl,
    scopes: scopes.join(' '),
    claims: {
      idNumber: claim('OIDC_CLAIM_ID_NUMBER', DEFAULT_CLAIM_NAMES.idNumber),
      fullName: claim('OIDC_CLAIM_NAME', DEFAULT_CLAIM_NAMES.fullName),
      birthDate: claim('OIDC_CLAIM_BIRTH_DATE', DEFAULT_CLAIM_NAMES.birthDate),
      phone: claim('OIDC_CLAIM_PHONE', DEFAULT_CLAIM_NAMES.phone),
      phoneVerified: claim('OIDC_CLAIM_PHONE_VERIFIED', DEFAULT_CLAIM_NAMES.phoneVerified),
    },
    allowHttp: !opts.production,
  };
}
