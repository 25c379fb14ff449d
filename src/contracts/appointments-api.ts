/**
 * The public appointment routes the portal calls (options, slots, booking, look-up, move, cancel), with their
 * schemas as types (src/contracts/route.ts).
 */
import { get, post } from './route.js';
import type {
  Appointment,
  Availability,
  BookingBody,
  CancelBody,
  CodeParams,
  LookupBody,
  Options,
  OptionsQuery,
  RescheduleBody,
  SlotsQuery,
} from './appointments.js';

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
};
