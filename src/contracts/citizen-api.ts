/**
 * The citizen's routes (/api/citizen), with their schemas as types (src/contracts/route.ts).
 */
import type { Ok } from './auth.js';
import type {
  CitizenDossierList,
  CitizenDossierQuery,
  CitizenMe,
  CitizenOtpBody,
  CitizenOtpSent,
  CitizenVerifyBody,
} from './citizen.js';
import { route } from './route.js';

export const citizenApi = {
  requestCode: route<{ body: typeof CitizenOtpBody; response: typeof CitizenOtpSent }>(
    'POST',
    '/api/citizen/auth/otp',
  ),
  verify: route<{ body: typeof CitizenVerifyBody; response: typeof CitizenMe }>(
    'POST',
    '/api/citizen/auth/verify',
  ),
  logout: route<{ response: typeof Ok }>('POST', '/api/citizen/auth/logout'),
  me: route<{ response: typeof CitizenMe }>('GET', '/api/citizen/me'),
  dossiers: route<{ querystring: typeof CitizenDossierQuery; response: typeof CitizenDossierList }>(
    'GET',
    '/api/citizen/dossiers',
  ),
};
