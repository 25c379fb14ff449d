/**
 * The citizen's routes (/api/citizen), with their schemas as types (src/contracts/route.ts).
 */
import type { Ok } from './auth.js';
import type * as C from './citizen.js';
import { get, post } from './route.js';

export const citizenApi = {
  requestCode: post<typeof C.CitizenOtpSent, { body: typeof C.CitizenOtpBody }>('/api/citizen/auth/otp'),
  verify: post<typeof C.CitizenMe, { body: typeof C.CitizenVerifyBody }>('/api/citizen/auth/verify'),
  logout: post<typeof Ok>('/api/citizen/auth/logout'),
  me: get<typeof C.CitizenMe>('/api/citizen/me'),
  dossiers: get<typeof C.CitizenDossierList, { querystring: typeof C.CitizenDossierQuery }>(
    '/api/citizen/dossiers',
  ),
};
