/**
 * Notification delivery settings from environment variables (documented in README.md, Configuration), validated at
 * boot like the rest of src/config.ts. NOTIFY_PROVIDERS lists the providers in priority order (per channel, the
 * first that serves it is tried first); the development file provider is the default when nothing is configured.
 */
import type { HttpReceiptSettings, HttpSmsSettings } from './http-sms-provider.js';
import { fillTemplate, HTTP_SMS_PLACEHOLDERS } from './http-sms-provider.js';
import type { SmppSettings } from './smpp-provider.js';
import type { SmtpSettings } from './smtp-provider.js';
import type { ZnsSettings } from './zns-provider.js';

export const PROVIDER_KINDS = ['smpp', 'http-sms', 'smtp', 'zns', 'file', 'console'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export interface ProviderLimits {
  timeoutMs: number;
  /** Messages per second; 0: unlimited. */
  ratePerSecond: number;
}

export interface NotifyConfig {
  providers: ProviderKind[];
  limits: Record<ProviderKind, ProviderLimits>;
  smpp?: SmppSettings;
  httpSms?: HttpSmsSettings & { receipts?: HttpReceiptSettings };
  smtp?: SmtpSettings;
  zns?: ZnsSettings;
  breakerFailures: number;
  breakerCoolDownMs: number;
  workerBatch: number;
  workerConcurrency: number;
  /** How long a claimed message is leased to a worker before another may send it (a dead worker's). */
  leaseMs: number;
}

type Fail = (message: string) => Error;

const envName = (kind: ProviderKind) => kind.toUpperCase().replace('-', '_');

export function loadNotifyConfig(env: NodeJS.ProcessEnv, fail: Fail): NotifyConfig {
  const str = (name: string) => env[name] || undefined;
  const need = (name: string, why: string) => {
    const v = str(name);
    if (!v) throw fail(`${name} must be set ${why}`);
    return v;
  };
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      throw fail(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
    }
    return n;
  };
  const regex = (name: string, fallback?: string) => {
    const raw = str(name) ?? fallback;
    if (raw === undefined) return undefined;
    try {
      return new RegExp(raw);
    } catch {
      throw fail(`${name} must be a regular expression, got "${raw}"`);
    }
  };
  const url = (name: string, protocols: RegExp, why: string) => {
    const v = need(name, why);
    if (!protocols.test(v)) throw fail(`${name} must be a ${protocols.source.replace(/[\\^()]/g, '')} URL`);
    return v;
  };

  const providers = (str('NOTIFY_PROVIDERS') ?? 'file')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of providers) {
    if (!(PROVIDER_KINDS as readonly string[]).includes(p)) {
      throw fail(`NOTIFY_PROVIDERS: unknown provider "${p}"; known: ${PROVIDER_KINDS.join(', ')}`);
    }
  }
  if (new Set(providers).size !== providers.length) throw fail('NOTIFY_PROVIDERS names a provider twice');
  const kinds = providers as ProviderKind[];
  const limits = Object.fromEntries(
    PROVIDER_KINDS.map((k) => [
      k,
      {
        timeoutMs: int(`NOTIFY_${envName(k)}_TIMEOUT_MS`, 10_000, 100, 120_000),
        ratePerSecond: int(`NOTIFY_${envName(k)}_RATE`, 0, 0, 100_000),
      },
    ]),
  ) as Record<ProviderKind, ProviderLimits>;
  const why = (k: ProviderKind) => `when NOTIFY_PROVIDERS includes ${k}`;
  const cfg: NotifyConfig = {
    providers: kinds,
    limits,
    breakerFailures: int('NOTIFY_BREAKER_FAILURES', 5, 1, 1000),
    breakerCoolDownMs: int('NOTIFY_BREAKER_COOLDOWN_SECONDS', 60, 1, 86_400) * 1000,
    workerBatch: int('NOTIFY_WORKER_BATCH', 200, 1, 5000),
    workerConcurrency: int('NOTIFY_WORKER_CONCURRENCY', 50, 1, 1000),
    leaseMs: int('NOTIFY_LEASE_SECONDS', 60, 5, 3600) * 1000,
  };
  if (kinds.includes('smpp')) {
    cfg.smpp = {
      url: url('NOTIFY_SMPP_URL', /^s?smpp:\/\//, why('smpp')),
      systemId: need('NOTIFY_SMPP_SYSTEM_ID', why('smpp')),
      password: need('NOTIFY_SMPP_PASSWORD', why('smpp')),
      sourceAddr: need('NOTIFY_SMPP_SOURCE_ADDR', why('smpp')),
    };
  }
  if (kinds.includes('http-sms')) {
    const method = str('NOTIFY_HTTP_SMS_METHOD') ?? 'POST';
    if (method !== 'POST' && method !== 'PUT' && method !== 'GET') {
      throw fail('NOTIFY_HTTP_SMS_METHOD must be POST, PUT or GET');
    }
    const bodyTemplate =
      str('NOTIFY_HTTP_SMS_BODY') ?? '{"to":"{{to}}","text":"{{text}}","sender":"{{sender}}","ref":"{{id}}"}';
    const sample = Object.fromEntries(HTTP_SMS_PLACEHOLDERS.map((p) => [p, '']));
    try {
      fillTemplate(bodyTemplate, sample, (v) => v);
      fillTemplate(need('NOTIFY_HTTP_SMS_URL', why('http-sms')), sample, (v) => v);
    } catch (e) {
      throw fail(
        `NOTIFY_HTTP_SMS_BODY / URL: ${(e as Error).message}; known: ${HTTP_SMS_PLACEHOLDERS.join(', ')}`,
      );
    }
    const secret = str('NOTIFY_HTTP_SMS_RECEIPT_SECRET');
    if (secret !== undefined && secret.length < 16) {
      throw fail('NOTIFY_HTTP_SMS_RECEIPT_SECRET must be at least 16 characters');
    }
    cfg.httpSms = {
      url: url('NOTIFY_HTTP_SMS_URL', /^https?:\/\//, why('http-sms')),
      method,
      authHeader: str('NOTIFY_HTTP_SMS_AUTH_HEADER'),
      contentType: str('NOTIFY_HTTP_SMS_CONTENT_TYPE') ?? 'application/json',
      bodyTemplate,
      sender: str('NOTIFY_HTTP_SMS_SENDER'),
      successStatus: regex('NOTIFY_HTTP_SMS_SUCCESS_STATUS', '^2\\d\\d$'),
      successBody: regex('NOTIFY_HTTP_SMS_SUCCESS_BODY'),
      permanentBody: regex('NOTIFY_HTTP_SMS_PERMANENT_BODY'),
      refPattern: regex('NOTIFY_HTTP_SMS_REF_PATTERN'),
      timeoutMs: limits['http-sms'].timeoutMs,
      receipts: secret
        ? {
            secret,
            idField: str('NOTIFY_HTTP_SMS_RECEIPT_ID_FIELD') ?? 'ref',
            statusField: str('NOTIFY_HTTP_SMS_RECEIPT_STATUS_FIELD') ?? 'status',
            delivered: regex('NOTIFY_HTTP_SMS_RECEIPT_DELIVERED', '^(DELIVRD|delivered|DELIVERED)$')!,
            failed: regex('NOTIFY_HTTP_SMS_RECEIPT_FAILED', '^(UNDELIV|REJECTD|EXPIRED|failed|FAILED)$')!,
          }
        : undefined,
    };
  }
  if (kinds.includes('smtp')) {
    cfg.smtp = {
      url: url('NOTIFY_SMTP_URL', /^smtps?:\/\//, why('smtp')),
      from: need('NOTIFY_SMTP_FROM', why('smtp')),
      defaultSubject: str('NOTIFY_SMTP_SUBJECT'),
      timeoutMs: limits.smtp.timeoutMs,
    };
  }
  if (kinds.includes('zns')) {
    cfg.zns = {
      url: str('NOTIFY_ZNS_URL') ?? 'https://business.openapi.zalo.me/message/template',
      accessToken: need('NOTIFY_ZNS_ACCESS_TOKEN', why('zns')),
      defaultTemplateId: need('NOTIFY_ZNS_TEMPLATE_ID', why('zns')),
      textParam: str('NOTIFY_ZNS_TEXT_PARAM') ?? 'content',
      timeoutMs: limits.zns.timeoutMs,
    };
  }
  return cfg;
}
