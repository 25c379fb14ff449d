/**
 * The service-hours administration routes the admin page calls, with their schemas as types
 * (src/contracts/route.ts).
 */
import type { AgencyParams } from './common.js';
import { route } from './route.js';
import type { AdminServiceHours, ServiceHoursVersionBody, VersionParams } from './service-hours.js';

const path = '/api/admin/units/:agencyId/service-hours';

export const serviceHoursApi = {
  admin: route<{ params: typeof AgencyParams; response: typeof AdminServiceHours }>('GET', path),
  save: route<{
    params: typeof AgencyParams;
    body: typeof ServiceHoursVersionBody;
    response: typeof AdminServiceHours;
  }>('PUT', path),
  withdraw: route<{ params: typeof VersionParams; response: typeof AdminServiceHours }>(
    'DELETE',
    `${path}/:effectiveFrom`,
  ),
};
