import { describe, expect, it } from 'vitest';
import { deltaTSeconds, newMoonJde, sunApparentLongitude } from './astronomy.js';

describe('astronomy (Meeus)', () => {
  it('finds the new moon of 1977 February (Meeus example 49.a: JDE 2443192.65118)', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it("gives the Sun's apparent longitude of 1992 October 13.0 TD (Meeus example 25.a: 199.90895°)", () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 4);
  });

  it('keeps ΔT within the observed values of the century', () => {
    expect(deltaTSeconds(1900)).toBeCloseTo(-2.8, 1);
    expect(deltaTSeconds(2000)).toBeCloseTo(63.9, 1);
    expect(deltaTSeconds(1975)).toBeCloseTo(45.5, 1);
  });

  it('puts consecutive new moons 29.27–29.84 days apart', () => {
    for (let k = -1300; k < 1300; k++) {
      const gap = newMoonJde(k + 1) - newMoonJde(k);
      expect(gap).toBeGreaterThan(29.26);
      expect(gap).toBeLessThan(29.85);
    }
  });
});
