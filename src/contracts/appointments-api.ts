/**
 * The public appointment routes the portal calls (options, slots, booking, look-up, move, cancel), with their
 * schemas as types (src/contracts/route.ts).
 */
import { route } from './route.js';
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
  options: route<{ querystring: typeof OptionsQuery; response: typeof Options }>(
    'GET',
    '/api/appointments/options',
  ),
  slots: route<{ querystring: typeof SlotsQuery; response: typeof Availability }>(
    'GET',
    '/api/appointments/slots',
  ),
  book: route<{ body: typeof BookingBody; response: typeof Appointment }>('POST', '/api/appointments'),
  lookup: route<{ body: typeof LookupBody; response: typeof Appointment }>(
    'POST',
    '/api/appointments/lookup',
  ),
  reschedule: route<{ params: typeof CodeParams; body: typeof RescheduleBody; response: typeof Appointment }>(
    'POST',
    '/api/appointments/:code/reschedule',
  ),
  cancel: route<{ params: typeof CodeParams; body: typeof CancelBody; response: typeof Appointment }>(
    'POST',
    '/api/appointments/:code/cancel',
  ),
};
