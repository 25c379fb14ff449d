/**
 * Every route of the web's typed client (src/contracts/*-api.ts) is a route the server registers, with that method.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertsApi } from '../contracts/alerts-api.js';
import { appointmentsApi } from '../contracts/appointments-api.js';
import { auditApi } from '../contracts/audit-api.js';
import { authApi } from '../contracts/auth-api.js';
import { calendarApi } from '../contracts/calendar-api.js';
import { catalogueApi } from '../contracts/catalogue-api.js';
import { checklistApi } from '../contracts/checklist-api.js';
import { citizenApi } from '../contracts/citizen-api.js';
import { dayModesApi } from '../contracts/day-modes-api.js';
import { dossierApi } from '../contracts/dossier-api.js';
import { feesApi } from '../contracts/fees-api.js';
import { hotlineApi } from '../contracts/hotline-api.js';
import { notifyApi } from '../contracts/notify-api.js';
import { onlineApi } from '../contracts/online-api.js';
import { orgApi } from '../contracts/org-api.js';
import { paymentApi } from '../contracts/payment-api.js';
import { queueApi } from '../contracts/queue-api.js';
import { ratingsApi } from '../contracts/ratings-api.js';
import type { Route } from '../contracts/route.js';
import { serviceHoursApi } from '../contracts/service-hours-api.js';
import { servicePointApi } from '../contracts/service-points-api.js';
import { trackingApi } from '../contracts/tracking-api.js';
import { openTestApp, type TestApp } from '../../test/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ demo: false });
});
afterAll(async () => t.close());

describe('route contracts', () => {
  const areas: Record<string, Record<string, Route>> = {
    dossierApi,
    trackingApi,
    orgApi,
    calendarApi,
    appointmentsApi,
    serviceHoursApi,
    catalogueApi,
    notifyApi,
    queueApi,
    alertsApi,
    citizenApi,
    servicePointApi,
    authApi,
    checklistApi,
    dayModesApi,
    onlineApi,
    hotlineApi,
    auditApi,
    paymentApi,
    ratingsApi,
    feesApi,
  };
  // Named by area, so that two areas' routes of the same name are both checked.
  const all: [string, Route][] = Object.entries(areas).flatMap(([area, routes]) =>
    Object.entries(routes).map(([name, r]): [string, Route] => [`${area}.${name}`, r]),
  );
  it.each(all)('%s is served', (_, r) => {
    expect(t.app.hasRoute({ method: r.method, url: r.path })).toBe(true);
  });
  it('would notice a route the server does not have', () => {
    expect(t.app.hasRoute({ method: 'DELETE', url: dossierApi.one.path })).toBe(false);
  });
});
