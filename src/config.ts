/**
 * Configuration, read and validated once at boot into a typed object.
 * Every variable is documented in README.md (Configuration). Defaults are safe for development only:
 * in production (NODE_ENV=production) the server refuses to start without the secrets it needs.
 */
import path from 'node:path';
import { loadNotifyConfig, type NotifyConfig } from './adapters/notify/config.js';
import { loadOidcConfig, type OidcConfig } from './adapters/oidc/config.js';
import { secretIssue } from './config-secrets.js';
import { loadPaymentConfig } from './adapters/payment/config.js';
import type { PaymentGatewayConfig } from './adapters/payment/gateway.js';
import { DEFAULT_LOGIN_THROTTLE, type LoginThrottleSettings } from './domain/auth/throttle.js';
import { ONLINE_ACCEPT_HOURS_DEFAULT } from './domain/dossier/online-intake.js';

export interface Config {
  /** production | development | test */
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in dataDir is used. */
  databaseUrl: string | undefined;
  /**
   * PostgreSQL URL of the role that owns the tables, for migrations and restores (DATABASE_MIGRATION_URL); the
   * server then runs as DATABASE_URL's role, which it grants only what the application needs. Absent: DATABASE_URL
   * does both.
   */
  databaseMigrationUrl: string | undefined;
  dataDir: string;
  /** Secret used to sign session cookies and derive CSRF tokens. */
  sessionSecret: string;
  /** Session lifetime in hours. */
  sessionHours: number;
  /** Load demo data on first start (an empty database). */
  seedDemo: boolean;
  /** Public base URL used in QR codes and links. */
  publicUrl: string;
  logLevel: string;
  /**
   * Failed-login throttling (no account lock-out): failures free of delay per (account, address), per address and
   * per account before each further one must wait a doubling delay, capped (docs/DECISIONS.md).
   */
  loginThrottle: LoginThrottleSettings;
  /**
   * Which proxies to trust for the client address (X-Forwarded-For): false (default: none), true (any — only behind
   * a proxy that overwrites the header), or a comma-separated list of addresses/CIDRs.
   */
  trustProxy: boolean | string;
  /** Minutes between two runs of the deadline sweeper inside the server; 0 turns it off. */
  sweepMinutes: number;
  /** Working hours to accept or answer an online dossier (ONLINE_ACCEPT_HOURS; docs/DECISIONS.md). */
  onlineAcceptHours: number;
  /**
   * Where the development delivery channel writes the SMS/email/Zalo messages it would have sent (one JSON line
   * each). Real providers are configured separately.
   */
  messagesFile: string;
  /** Notification delivery: providers in priority order and their settings (NOTIFY_* variables). */
  notify: NotifyConfig;
  /**
   * The secret shared with the telephone exchange (PBX): every call event it posts is signed with HMAC-SHA256 under
   * it (docs/HOTLINE.md).
   */
  hotlineSecret: string;
  /**
   * Call events being processed at once on this instance; one more is answered 503 with Retry-After (the PBX bridge
   * sends it again: events are idempotent), so a burst cannot pile up behind the database pool.
   */
  hotlineEventsInFlight: number;
  /** The national identity provider for the citizen's sign-in (OIDC_* variables); null: not offered. */
  citizenOidc: OidcConfig | null;
  /** The payment gateway (PAYMENT_* variables, src/adapters/payment/config.ts); null: online payment not offered. */
  paymentGateway: PaymentGatewayConfig | null;
}

export class ConfigError extends Error {}

const DEV_SECRET = 'motcua-development-secret-do-not-use-in-production';
/** The development value of HOTLINE_SECRET, documented for `motcua hotline simulate` (docs/HOTLINE.md). */
export const DEV_HOTLINE_SECRET = 'motcua-hotline-development-secret';

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function trustProxyVar(raw: string | undefined): boolean | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (!/^[0-9a-fA-F.:/, ]+$/.test(raw)) {
    throw new ConfigError(`TRUST_PROXY must be true, false or a list of addresses, got "${raw}"`);
  }
  return raw;
}

/**
 * Production refuses secrets that are missing, short or published (src/config-secrets.ts), and demo data: its
 * accounts share a password printed in README.md and at start-up.
 */
function checkProductionSecrets(env: NodeJS.ProcessEnv): void {
  for (const name of ['SESSION_SECRET', 'HOTLINE_SECRET', 'NOTIFY_HTTP_SMS_RECEIPT_SECRET'] as const) {
    const value = env[name] ?? '';
    // The receipt secret is needed only with the HTTP SMS provider's receipts; the notify config says when.
    if (name === 'NOTIFY_HTTP_SMS_RECEIPT_SECRET' && value === '') continue;
    const issue = secretIssue(value);
    if (issue) throw new ConfigError(`${name} ${issue}; production needs a secret of its own`);
  }
  if (boolVar(env, 'SEED_DEMO', false)) {
    throw new ConfigError(
      'SEED_DEMO=true is refused in production: the demo accounts share a published password',
    );
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = intVar(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseMigrationUrl = env.DATABASE_MIGRATION_URL || undefined;
  if (databaseMigrationUrl && (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseMigrationUrl))) {
    throw new ConfigError(
      'DATABASE_MIGRATION_URL needs DATABASE_URL and must start with postgres:// or postgresql://',
    );
  }
  const sessionSecret = env.SESSION_SECRET || '';
  const hotlineSecret = env.HOTLINE_SECRET || '';
  if (nodeEnv === 'production') checkProductionSecrets(env);
  const host = env.HOST || '0.0.0.0';
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    env: nodeEnv,
    port,
    host,
    databaseUrl,
    databaseMigrationUrl,
    dataDir,
    sessionSecret: sessionSecret || DEV_SECRET,
    sessionHours: intVar(env, 'SESSION_HOURS', 12, 1, 24 * 30),
    seedDemo: boolVar(env, 'SEED_DEMO', nodeEnv !== 'production'),
    publicUrl,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    loginThrottle: {
      pairFree: intVar(env, 'LOGIN_FREE_FAILURES', DEFAULT_LOGIN_THROTTLE.pairFree, 1, 100),
      addressFree: intVar(env, 'LOGIN_ADDRESS_FREE_FAILURES', DEFAULT_LOGIN_THROTTLE.addressFree, 1, 10_000),
      accountFree: intVar(env, 'LOGIN_ACCOUNT_FREE_FAILURES', DEFAULT_LOGIN_THROTTLE.accountFree, 1, 10_000),
      maxDelaySeconds: intVar(
        env,
        'LOGIN_MAX_DELAY_SECONDS',
        DEFAULT_LOGIN_THROTTLE.maxDelaySeconds,
        1,
        24 * 3600,
      ),
      windowMinutes: DEFAULT_LOGIN_THROTTLE.windowMinutes,
      alertFailures: DEFAULT_LOGIN_THROTTLE.alertFailures,
      trustDays: DEFAULT_LOGIN_THROTTLE.trustDays,
    },
    trustProxy: trustProxyVar(env.TRUST_PROXY),
    sweepMinutes: intVar(env, 'SWEEP_MINUTES', 5, 0, 24 * 60),
    onlineAcceptHours: intVar(env, 'ONLINE_ACCEPT_HOURS', ONLINE_ACCEPT_HOURS_DEFAULT, 1, 80),
    messagesFile: path.resolve(env.MESSAGES_FILE || path.join(dataDir, 'messages.jsonl')),
    notify: loadNotifyConfig(env, (message) => new ConfigError(message)),
    hotlineSecret: hotlineSecret || DEV_HOTLINE_SECRET,
    hotlineEventsInFlight: intVar(env, 'HOTLINE_EVENTS_IN_FLIGHT', 256, 1, 10_000),
    citizenOidc: loadOidcConfig(
      env,
      { production: nodeEnv === 'production', publicUrl },
      (message) => new ConfigError(message),
    ),
    paymentGateway: loadPaymentConfig(
      env,
      { production: nodeEnv === 'production' },
      (message) => new ConfigError(message),
    ),
  };
}
