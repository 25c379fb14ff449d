/**
 * The two astronomical quantities a lunisolar calendar needs, from the published formulas of Jean Meeus,
 * "Astronomical Algorithms" (2nd ed.): the instants of true new moons (ch. 49, with the planetary terms) and the
 * Sun's apparent longitude (ch. 25, the 0.01° solution with nutation and aberration). Times are Julian days;
 * ΔT (TT − UT) follows the Espenak–Meeus polynomials.
 */

const RAD = Math.PI / 180;
const sin = Math.sin;

/** Mean synodic month in days. */
export const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon with k = 0 (2000-01-06). */
const NEW_MOON_EPOCH = 2_451_550.09766;

/** Periodic terms of the new moon (Meeus table 49.A): [coefficient, power of E, M, M', F, Ω multipliers]. */
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Planetary arguments A1…A14 (Meeus ch. 49): [constant, rate per lunation, coefficient of the correction]. */
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** JDE (terrestrial time) of the true new moon number k; k = 0 is the new moon of 2000-01-06. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  let correction = 0;
  for (const [coefficient, ePower, cm, cmp, cf, comega] of NEW_MOON_TERMS) {
    correction += coefficient * e ** ePower * sin(cm * m + cmp * mp + cf * f + comega * omega);
  }
  for (const [constant, rate, coefficient] of PLANETARY_TERMS) {
    const extra = constant === 299.77 ? -0.009173 * t2 : 0;
    correction += coefficient * sin((constant + rate * k + extra) * RAD);
  }
  return mean + correction;
}

/** The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE (Meeus ch. 25, low accuracy). */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2_451_545.0) / 36_525;
  const t2 = t * t;
  const meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t2;
  const meanAnomaly = (357.52911 + 35_999.05029 * t - 0.0001537 * t2) * RAD;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) +
    0.000289 * sin(3 * meanAnomaly);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = meanLongitude + center - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials, 1800–2150; parabola outside). */
export function deltaTSeconds(year: number): number {
  if (year >= 1800 && year < 1860) {
    const t = year - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (year >= 1860 && year < 1900) {
    const t = year - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233_174
    );
  }
  if (year >= 1900 && year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year >= 1920 && year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year >= 1941 && year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year >= 1961 && year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year >= 1986 && year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year >= 2050 && year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

/** Decimal year of a Julian day (close enough for ΔT). */
function decimalYear(jd: number): number {
  return 2000 + (jd - 2_451_545.0) / 365.25;
}

/** Universal-time Julian day of the true new moon number k. */
export function newMoonJdUt(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTSeconds(decimalYear(jde)) / 86_400;
}

/** The Sun's apparent longitude in degrees at a universal-time Julian day. */
export function sunLongitudeAtUt(jdUt: number): number {
  return sunApparentLongitude(jdUt + deltaTSeconds(decimalYear(jdUt)) / 86_400);
}
