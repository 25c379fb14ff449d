import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_HOTLINE_SECRET, loadConfig } from './config.js';

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
    const c = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      HOTLINE_SECRET: 'h'.repeat(32),
    });
    expect(c.seedDemo).toBe(false);
    expect(c.hotlineSecret).toBe('h'.repeat(32));
  });

  it('refuses to start in production without a hotline secret; a documented default otherwise', () => {
    const session = { SESSION_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig({ NODE_ENV: 'production', ...session })).toThrow(/HOTLINE_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', ...session, HOTLINE_SECRET: 'short' })).toThrow(
      /HOTLINE_SECRET/,
    );
    expect(loadConfig({}).hotlineSecret).toBe(DEV_HOTLINE_SECRET);
    expect(loadConfig({ HOTLINE_SECRET: 'mine' }).hotlineSecret).toBe('mine');
  });

  it('rejects malformed values with the variable named', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});
