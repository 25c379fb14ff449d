import { describe, expect, it } from 'vitest';
import { loadOidcConfig } from './config.js';

const fail = (message: string) => new Error(message);
const dev = { production: false, publicUrl: 'http://localhost:3000' };
const prod = { production: true, publicUrl: 'https://motcua.example.gov.vn' };
const base = {
  OIDC_ISSUER: 'https://sso.example.gov.vn',
  OIDC_CLIENT_ID: 'motcua',
  OIDC_CLIENT_SECRET: 'an-issued-client-secret-7f3a9c',
};

describe('loadOidcConfig', () => {
  it('is off without OIDC_ISSUER', () => {
    expect(loadOidcConfig({}, dev, fail)).toBeNull();
  });
  it('derives the redirect URL from PUBLIC_URL and has VNeID-style defaults', () => {
    const config = loadOidcConfig(base, prod, fail)!;
    expect(config.redirectUrl).toBe('https://motcua.example.gov.vn/api/citizen/auth/oidc/callback');
    expect(config.scopes).toBe('openid profile phone');
    expect(config.claims).toEqual({
      idNumber: 'citizen_pid',
      fullName: 'name',
      birthDate: 'birthdate',
      phone: 'phone_number',
      phoneVerified: 'phone_number_verified',
    });
    expect(config.allowHttp).toBe(false);
  });
  it('takes the scopes and claim names given', () => {
    const config = loadOidcConfig(
      {
        ...base,
        OIDC_SCOPES: 'openid,profile citizen',
        OIDC_CLAIM_ID_NUMBER: 'sub',
        OIDC_CLAIM_PHONE_VERIFIED: '*',
      },
      dev,
      fail,
    )!;
    expect(config.scopes).toBe('openid profile citizen');
    expect(config.claims).toMatchObject({ idNumber: 'sub', phoneVerified: '*' });
  });
  it('refuses a half configuration, scopes without openid and odd claim names', () => {
    expect(() => loadOidcConfig({ OIDC_ISSUER: base.OIDC_ISSUER }, dev, fail)).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadOidcConfig({ ...base, OIDC_CLIENT_SECRET: '' }, dev, fail)).toThrow(
      /OIDC_CLIENT_SECRET/,
    );
    expect(() => loadOidcConfig({ ...base, OIDC_SCOPES: 'profile' }, dev, fail)).toThrow(/openid/);
    expect(() => loadOidcConfig({ ...base, OIDC_CLAIM_NAME: 'a b' }, dev, fail)).toThrow(/OIDC_CLAIM_NAME/);
    expect(() => loadOidcConfig({ ...base, OIDC_ISSUER: 'not a url' }, dev, fail)).toThrow(/OIDC_ISSUER/);
  });
  it('in production: https only, and never the secret published with the tests', () => {
    const http = { ...base, OIDC_ISSUER: 'http://127.0.0.1:4000' };
    expect(loadOidcConfig(http, dev, fail)?.allowHttp).toBe(true);
    expect(() => loadOidcConfig(http, prod, fail)).toThrow(/OIDC_ISSUER must be an https URL/);
    const published = { ...base, OIDC_CLIENT_SECRET: 'motcua-oidc-test-client-secret' };
    expect(() => loadOidcConfig(published, prod, fail)).toThrow(/published/);
    expect(() => loadOidcConfig({ ...base, OIDC_REDIRECT_URL: 'http://x/cb' }, prod, fail)).toThrow(
      /OIDC_REDIRECT_URL/,
    );
  });
});
