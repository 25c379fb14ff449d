/**
 * The appointment routes: the public ones the portal calls (options, slots, booking, look-up, move, cancel), the
 * desk's day and check-in, and a unit's settings; with their schemas as types (src/contracts/route.ts).
 */
import { get, post, put } from './route.js';
import type {
  AdminSettings,
  AgencyParams,
  Appointment,
  Availability,
  BookingBody,
  CancelBody,
  CheckInResult,
  CodeParams,
  DeskDay,
  DeskQuery,
  FieldParams,
  LookupBody,
  Options,
  OptionsQuery,
  RescheduleBody,
  SettingsBody,
  SlotsQuery,
} from './appointments.js';

const settings = '/api/admin/units/:agencyId/appointment-settings';

export const appointmentsApi = {
  options: get<typeof Options, { querystring: typeof OptionsQuery }>('/api/appointments/options'),
  slots: get<typeof Availability, { querystring: typeof SlotsQuery }>('/api/appointments/slots'),
  book: post<typeof Appointment, { body: typeof BookingBody }>('/api/appointments'),
  lookup: post<typeof Appointment, { body: typeof LookupBody }>('/api/appointments/lookup'),
  reschedule: post<typeof Appointment, { params: typeof CodeParams; body: typeof RescheduleBody }>(
    '/api/appointments/:code/reschedule',
  ),
  cancel: post<typeof Appointment, { params: typeof CodeParams; body: typeof CancelBody }>(
    '/api/appointments/:code/cancel',
  ),
  desk: get<typeof DeskDay, { querystring: typeof DeskQuery }>('/api/appointments/desk'),
  checkIn: post<typeof CheckInResult, { params: typeof CodeParams }>('/api/appointments/:code/check-in'),
  settings: get<typeof AdminSettings, { params: typeof AgencyParams }>(settings),
  saveSettings: put<typeof AdminSettings, { params: typeof FieldParams; body: typeof SettingsBody }>(
    `${settings}/:field`,
  ),
};
