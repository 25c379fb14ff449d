/**
 * Every route of the web's typed client (src/contracts/*-api.ts) is a route the server registers, with that method.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentsApi } from '../contracts/appointments-api.js';
import { calendarApi } from '../contracts/calendar-api.js';
import { citizenApi } from '../contracts/citizen-api.js';
import { dossierApi } from '../contracts/dossier-api.js';
import { orgApi } from '../contracts/org-api.js';
import type { Route } from '../contracts/route.js';
import { serviceHoursApi } from '../contracts/service-hours-api.js';
import { trackingApi } from '../contracts/tracking-api.js';
import { openTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: false });
});
afterAll(async () => t.close());

describe('route contracts', () => {
  const all: [string, Route][] = Object.entries({
    ...dossierApi,
    ...trackingApi,
    ...orgApi,
    ...calendarApi,
    ...appointmentsApi,
    ...serviceHoursApi,
    ...Object.fromEntries(Object.entries(citizenApi).map(([k, r]) => [`citizen.${k}`, r])),
  });
  it.each(all)('%s is served', (_, r) => {
    expect(t.app.hasRoute({ method: r.method, url: r.path })).toBe(true);
  });
  it('would notice a route the server does not have', () => {
    expect(t.app.hasRoute({ method: 'DELETE', url: dossierApi.one.path })).toBe(false);
  });
});
