/**
 * The citizen's routes (/api/citizen), with their schemas as types (src/contracts/route.ts).
 */
import type { Ok } from './auth.js';
import type * as C from './citizen.js';
import type { CitizenActivity } from './citizen-activity.js';
import { get, post } from './route.js';

export const citizenApi = {
  requestCode: post<typeof C.CitizenOtpSent, { body: typeof C.CitizenOtpBody }>('/api/citizen/auth/otp'),
  verify: post<typeof C.CitizenMe, { body: typeof C.CitizenVerifyBody }>('/api/citizen/auth/verify'),
  authMethods: get<typeof C.CitizenAuthMethods>('/api/citizen/auth/methods'),
  logout: post<typeof Ok>('/api/citizen/auth/logout'),
  me: get<typeof C.CitizenMe>('/api/citizen/me'),
  dossiers: get<typeof C.CitizenDossierList, { querystring: typeof C.CitizenDossierQuery }>(
    '/api/citizen/dossiers',
  ),
  activity: get<typeof CitizenActivity>('/api/citizen/activity'),
};

/**
 * The national-identity sign-in, a browser navigation rather than a call: 302 to the identity provider, which
 * sends the browser back to the callback, which sends it on to the page (src/http/citizen/national-id-routes.ts).
 */
export const CITIZEN_OIDC_START = '/api/citizen/auth/oidc';
export const CITIZEN_OIDC_CALLBACK = '/api/citizen/auth/oidc/callback';
