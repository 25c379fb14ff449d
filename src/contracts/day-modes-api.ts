/**
 * The day-mode routes (a unit's same-day and no-writing weekdays, public and admin; the procedures it returns the
 * same day) and the desk's end-of-day list, with their schemas as types (src/contracts/route.ts).
 */
import type { AgencyParams } from './common.js';
import type * as D from './day-modes.js';
import { get, put } from './route.js';

const adminModes = '/api/admin/units/:agencyId/day-modes';
const sameDayProcedures = '/api/admin/units/:agencyId/same-day-procedures';

export const dayModesApi = {
  unit: get<typeof D.PublicDayModes, { params: typeof AgencyParams }>('/api/units/:agencyId/day-modes'),
  admin: get<typeof D.AdminDayModes, { params: typeof AgencyParams }>(adminModes),
  save: put<typeof D.AdminDayModes, { params: typeof AgencyParams; body: typeof D.DayModesBody }>(adminModes),
  sameDayProcedures: get<typeof D.AdminSameDayProcedures, { params: typeof AgencyParams }>(sameDayProcedures),
  saveSameDayProcedures: put<
    typeof D.AdminSameDayProcedures,
    { params: typeof AgencyParams; body: typeof D.SameDayProceduresBody }
  >(sameDayProcedures),
  endOfDay: get<typeof D.EndOfDayList, { querystring: typeof D.EndOfDayQuery }>('/api/dossiers/end-of-day'),
};
