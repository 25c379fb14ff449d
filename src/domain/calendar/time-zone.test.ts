import { describe, expect, it } from 'vitest';
import { epochDay } from './civil-date.js';
import {
  findClockMinutes,
  formatInstant,
  isKnownTimeZone,
  localToInstant,
  offsetAt,
  parseInstant,
} from './time-zone.js';

const HCM = 'Asia/Ho_Chi_Minh';
const utc = (iso: string) => Date.parse(iso);

describe('time zones', () => {
  it('knows IANA zones and refuses unknown ones', () => {
    expect(isKnownTimeZone(HCM)).toBe(true);
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone(7)).toBe(false);
  });

  it('gives the offset at an instant, including historical and DST offsets', () => {
    expect(offsetAt(HCM, utc('2026-02-27T02:32:00Z'))).toBe(7 * 3_600_000);
    expect(offsetAt(HCM, utc('1970-06-01T00:00:00Z'))).toBe(8 * 3_600_000); // the South used UTC+8 until 1975
    expect(offsetAt('Europe/Berlin', utc('2026-07-01T00:00:00Z'))).toBe(2 * 3_600_000);
    expect(offsetAt('Europe/Berlin', utc('2026-01-01T00:00:00Z'))).toBe(3_600_000);
  });

  it('maps wall times to instants: skipped ones after the jump, repeated ones to the earlier instant', () => {
    const ny = 'America/New_York';
    const d = epochDay(2026, 3, 8); // spring forward at 02:00 EST
    expect(new Date(localToInstant(ny, d, 1.5 * 3_600_000)).toISOString()).toBe('2026-03-08T06:30:00.000Z');
    expect(new Date(localToInstant(ny, d, 2.5 * 3_600_000)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(localToInstant(ny, d, 3.5 * 3_600_000)).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    const f = epochDay(2026, 11, 1); // fall back at 02:00 EDT
    expect(new Date(localToInstant(ny, f, 1.5 * 3_600_000)).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(new Date(localToInstant(ny, f, 2.5 * 3_600_000)).toISOString()).toBe('2026-11-01T07:30:00.000Z');
  });

  it('formats instants as ISO 8601 with the zone offset', () => {
    expect(formatInstant(HCM, utc('2026-02-27T02:32:00Z'))).toBe('2026-02-27T09:32:00+07:00');
    expect(formatInstant(HCM, utc('2026-02-27T02:32:05.250Z'))).toBe('2026-02-27T09:32:05.250+07:00');
    expect(formatInstant('America/New_York', utc('2026-01-05T15:00:00Z'))).toBe('2026-01-05T10:00:00-05:00');
    expect(formatInstant('UTC', utc('2026-01-05T15:00:00Z'))).toBe('2026-01-05T15:00:00+00:00');
  });

  it('parses ISO 8601 instants, with an offset or as wall time in the zone', () => {
    const expected = utc('2026-02-27T02:32:00Z');
    for (const text of [
      '2026-02-27T09:32',
      '2026-02-27T09:32:00',
      '2026-02-27 09:32:00',
      '2026-02-27T09:32:00+07:00',
      '2026-02-27T09:32:00+0700',
      '2026-02-27T09:32+07',
      '2026-02-27T02:32:00Z',
      '2026-02-27T02:32:00.000Z',
      '2026-02-26T21:32:00-05:00',
    ]) {
      expect(parseInstant(text, HCM), text).toBe(expected);
    }
    expect(parseInstant('2026-02-27T09:32:00.5+07:00', HCM)).toBe(expected + 500);
  });

  it('refuses malformed instants with INSTANT_INVALID', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-02-27',
      '2026-02-30T09:00',
      '2026-02-27T24:00',
      '2026-02-27T09:60',
      '2026-02-27T09:32:61',
      '2026-02-27T09:32+15:00',
      '2026-2-27T09:32',
      '1899-12-31T09:00',
      '2201-01-01T09:00',
    ]) {
      expect(() => parseInstant(text, HCM), text).toThrow(
        expect.objectContaining({ code: 'INSTANT_INVALID' }),
      );
    }
    expect(() => parseInstant(undefined, HCM)).toThrow(expect.objectContaining({ code: 'INSTANT_INVALID' }));
  });

  it('reads HH:MM clock times from 00:00 to 24:00', () => {
    expect(findClockMinutes('07:00')).toBe(420);
    expect(findClockMinutes('24:00')).toBe(1440);
    expect(findClockMinutes('24:01')).toBeUndefined();
    expect(findClockMinutes('7:00')).toBeUndefined();
    expect(findClockMinutes('07:60')).toBeUndefined();
  });
});
