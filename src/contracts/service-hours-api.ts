/**
 * The service-hours administration routes the admin page calls, with their schemas as types
 * (src/contracts/route.ts).
 */
import type { AgencyParams } from './common.js';
import { del, get, put } from './route.js';
import type * as H from './service-hours.js';

const path = '/api/admin/units/:agencyId/service-hours';

export const serviceHoursApi = {
  unit: get<
    typeof H.PublicServiceHours,
    { params: typeof AgencyParams; querystring: typeof H.PublicServiceHoursQuery }
  >('/api/units/:agencyId/service-hours'),
  admin: get<typeof H.AdminServiceHours, { params: typeof AgencyParams }>(path),
  save: put<
    typeof H.AdminServiceHours,
    { params: typeof AgencyParams; body: typeof H.ServiceHoursVersionBody }
  >(path),
  withdraw: del<typeof H.AdminServiceHours, { params: typeof H.VersionParams }>(`${path}/:effectiveFrom`),
};
