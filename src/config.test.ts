import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_HOTLINE_SECRET, loadConfig } from './config.js';
import { PUBLISHED_SECRETS } from './config-secrets.js';

const fresh = () => randomBytes(32).toString('hex');

describe('loadConfig', () => {
  it('gives development defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir).toMatch(/data$/);
    expect(c.seedDemo).toBe(true);
    expect(c.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toBe('10.0.0.1, 10.0.0.0/8');
  });

  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    const hotline = fresh();
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: fresh(), HOTLINE_SECRET: hotline });
    expect(c.seedDemo).toBe(false);
    expect(c.hotlineSecret).toBe(hotline);
  });

  it('refuses to start in production without a hotline secret; a documented default otherwise', () => {
    const session = { SESSION_SECRET: fresh() };
    expect(() => loadConfig({ NODE_ENV: 'production', ...session })).toThrow(/HOTLINE_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...session, HOTLINE_SECRET: 'short' })).toThrow(
      /HOTLINE_SECRET/,
    );
    expect(loadConfig({}).hotlineSecret).toBe(DEV_HOTLINE_SECRET);
    expect(loadConfig({ HOTLINE_SECRET: 'mine' }).hotlineSecret).toBe('mine');
  });

  it('refuses in production every secret published in the repository, and one character repeated', () => {
    for (const published of [...PUBLISHED_SECRETS, 'x'.repeat(40), 'h'.repeat(32), 'b'.repeat(40)]) {
      expect(() =>
        loadConfig({ NODE_ENV: 'production', SESSION_SECRET: published, HOTLINE_SECRET: fresh() }),
      ).toThrow(/^SESSION_SECRET /);
      expect(() =>
        loadConfig({ NODE_ENV: 'production', SESSION_SECRET: fresh(), HOTLINE_SECRET: published }),
      ).toThrow(/^HOTLINE_SECRET /);
    }
    // The development defaults among them, whatever their length.
    expect(PUBLISHED_SECRETS).toContain(loadConfig({}).sessionSecret);
    expect(PUBLISHED_SECRETS).toContain(DEV_HOTLINE_SECRET);
    const receipt = { NOTIFY_HTTP_SMS_RECEIPT_SECRET: 'receipt-secret-0123456789' };
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: fresh(), HOTLINE_SECRET: fresh(), ...receipt }),
    ).toThrow(/^NOTIFY_HTTP_SMS_RECEIPT_SECRET /);
  });

  it('refuses demo data in production: its accounts share a published password', () => {
    const secrets = { SESSION_SECRET: fresh(), HOTLINE_SECRET: fresh() };
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(loadConfig({ NODE_ENV: 'production', ...secrets, SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
