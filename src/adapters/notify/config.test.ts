/**
 * Notification settings from the environment: the file provider by default, providers in the given priority order
 * with their limits, and clear errors for unknown providers, missing settings, bad patterns and placeholders.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';
import { backoffMs } from '../../services/outbox/outbox.js';

const load = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'test', ...env }).notify;

describe('notification configuration', () => {
  it('defaults to the development file provider', () => {
    expect(load({}).providers).toEqual(['file']);
  });

  it('reads providers in priority order with their settings and limits', () => {
    const n = load({
      NOTIFY_PROVIDERS: 'smpp, http-sms,smtp',
      NOTIFY_SMPP_URL: 'smpp://smsc.example.vn:2775',
      NOTIFY_SMPP_SYSTEM_ID: 'motcua',
      NOTIFY_SMPP_PASSWORD: 'pw',
      NOTIFY_SMPP_SOURCE_ADDR: 'UBND',
      NOTIFY_SMPP_RATE: '100',
      NOTIFY_HTTP_SMS_URL: 'https://gw.example.vn/send',
      NOTIFY_HTTP_SMS_TIMEOUT_MS: '3000',
      NOTIFY_SMTP_URL: 'smtp://mail.example.vn:25',
      NOTIFY_SMTP_FROM: 'motcua@example.vn',
      NOTIFY_BREAKER_COOLDOWN_SECONDS: '30',
    });
    expect(n.providers).toEqual(['smpp', 'http-sms', 'smtp']);
    expect(n.limits.smpp).toEqual({ timeoutMs: 10_000, ratePerSecond: 100 });
    expect(n.limits['http-sms']).toEqual({ timeoutMs: 3000, ratePerSecond: 0 });
    expect(n.httpSms?.timeoutMs).toBe(3000);
    expect(n.smpp?.sourceAddr).toBe('UBND');
    expect(n.breakerCoolDownMs).toBe(30_000);
    expect(n.httpSms?.receipts).toBeUndefined();
  });

  it('refuses unknown providers, missing settings, bad patterns, unknown placeholders and short secrets', () => {
    const http = { NOTIFY_PROVIDERS: 'http-sms', NOTIFY_HTTP_SMS_URL: 'https://gw.example.vn/send' };
    expect(() => load({ NOTIFY_PROVIDERS: 'fax' })).toThrow(/unknown provider "fax"/);
    expect(() => load({ NOTIFY_PROVIDERS: 'file,file' })).toThrow(ConfigError);
    expect(() => load({ NOTIFY_PROVIDERS: 'smpp' })).toThrow(/NOTIFY_SMPP_URL must be set/);
    expect(() =>
      load({ NOTIFY_PROVIDERS: 'smtp', NOTIFY_SMTP_URL: 'http://x', NOTIFY_SMTP_FROM: 'a@b' }),
    ).toThrow(/NOTIFY_SMTP_URL/);
    expect(() => load({ ...http, NOTIFY_HTTP_SMS_SUCCESS_BODY: '(' })).toThrow(/regular expression/);
    expect(() => load({ ...http, NOTIFY_HTTP_SMS_BODY: '{"to":"{{phone}}"}' })).toThrow(
      /unknown placeholder/,
    );
    expect(() => load({ ...http, NOTIFY_HTTP_SMS_RECEIPT_SECRET: 'short' })).toThrow(/16 characters/);
    expect(() => load({ NOTIFY_SMPP_RATE: '-1' })).toThrow(/NOTIFY_SMPP_RATE/);
  });
});

describe('retry backoff', () => {
  it('doubles from 30 seconds and is capped at one hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(8)).toBe(3_600_000);
    expect(backoffMs(50)).toBe(3_600_000);
  });
});
