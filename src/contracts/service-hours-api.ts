/**
 * The service-hours administration routes the admin page calls, with their schemas as types
 * (src/contracts/route.ts).
 */
import type { AgencyParams } from './common.js';
import { del, get, put } from './route.js';
import type { AdminServiceHours, ServiceHoursVersionBody, VersionParams } from './service-hours.js';

const path = '/api/admin/units/:agencyId/service-hours';

export const serviceHoursApi = {
  admin: get<typeof AdminServiceHours, { params: typeof AgencyParams }>(path),
  save: put<typeof AdminServiceHours, { params: typeof AgencyParams; body: typeof ServiceHoursVersionBody }>(
    path,
  ),
  withdraw: del<typeof AdminServiceHours, { params: typeof VersionParams }>(`${path}/:effectiveFrom`),
};
