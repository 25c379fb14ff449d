import { describe, expect, it } from 'vitest';
import { maskPersonalData, redactUrl } from './logging.js';

describe('maskPersonalData', () => {
  it('masks phone numbers in every written form and 12-digit ID numbers', () => {
    for (const value of [
      '0912345678',
      '+84912345678',
      '84912345678',
      '091 234 5678',
      '038195012345',
      '023 7389 9001',
    ]) {
      expect(maskPersonalData(`caller ${value} here`), value).toBe('caller [đã ẩn] here');
    }
  });

  it('leaves timestamps, decimals, dossier codes, ids and short numbers alone', () => {
    const line =
      '{"time":1765071234567,"responseTime":1.0912345678,"code":"H56.10.01-261207-0001",' +
      '"reqId":"147a550a-b3c0-4a97-80a2-959123456789","statusCode":404,"n":12345678}';
    expect(maskPersonalData(line)).toBe(line);
  });

  it('masks one-time codes and tokens after their name', () => {
    expect(maskPersonalData('{"otp":"123456","token":"abcDEF123"}')).toBe(
      '{"otp":"[đã ẩn]","token":"[đã ẩn]"}',
    );
  });
});

describe('redactUrl', () => {
  it('keeps the path and the names of the query parameters, not their values', () => {
    expect(redactUrl('/api/track/H56.10.01-261207-0001?phone=0912345678')).toBe(
      '/api/track/H56.10.01-261207-0001?phone=…',
    );
    expect(redactUrl('/api/hotline/screen-pop?phone=%2B84912345678&unitId=abc')).toBe(
      '/api/hotline/screen-pop?phone=…&unitId=…',
    );
    expect(redactUrl('/api/people/038195012345')).toBe('/api/people/[đã ẩn]');
    expect(redactUrl('/api/health')).toBe('/api/health');
  });
});
