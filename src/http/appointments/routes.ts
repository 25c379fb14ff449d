/**
 * Appointments. Public (rate-limited per client address): GET /api/appointments/options?procedure=…,
 * GET /api/appointments/slots, POST /api/appointments (book), POST /api/appointments/lookup (code + phone),
 * POST /api/appointments/{code}/reschedule and /cancel (phone in the body, never in the URL).
 * Staff: GET /api/appointments/desk?unit=…&date=… and POST /api/appointments/{code}/check-in; the unit's settings
 * per field under /api/admin/units/{agencyId}/appointment-settings (unit.manage, audited).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { availability, unitsFor } from '../../services/appointments/availability.js';
import {
  bookAppointment,
  cancelAppointment,
  lookupAppointment,
  rescheduleAppointment,
} from '../../services/appointments/booking.js';
import { checkInAppointment, deskAppointments } from '../../services/appointments/desk.js';
import { getAppointmentSettings, updateAppointmentSettings } from '../../services/appointments/settings.js';
import { getProcedure } from '../../services/catalogue/queries.js';
import { fieldName } from '../../services/service-hours/service-hours.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import {
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
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['appointments'];
const security = [{ session: [] }];
const READ_RATE = { max: 300, timeWindow: '1 minute' };
/** Bookings and changes: enough for a family at one address, a brake on scripts. */
const WRITE_RATE = { max: 30, timeWindow: '1 minute' };
/** Look-ups by code and phone: few, so that codes cannot be guessed. */
const LOOKUP_RATE = { max: 20, timeWindow: '1 minute' };
const publicErrors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const appointmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config } = app.deps;
  const { db } = database;
  const opts = { publicUrl: config.publicUrl };

  app.get(
    '/appointments/options',
    {
      config: { rateLimit: READ_RATE },
      schema: {
        tags,
        summary: 'What booking a procedure offers: its field and the units where it can be booked',
        querystring: OptionsQuery,
        response: { 200: Options, 404: ErrorResponse },
      },
    },
    async (request) => {
      const version = await getProcedure(db, request.query.procedure);
      const { record } = version;
      return {
        procedure: {
          code: record.code,
          name: record.name,
          field: { code: record.field.code, name: fieldName(record.field.code) },
        },
        units: await unitsFor(db, record),
      };
    },
  );

  app.get(
    '/appointments/slots',
    {
      config: { rateLimit: READ_RATE },
      schema: {
        tags,
        summary:
          "A unit's appointment slots for a field, with the places left, from a date (today by default)",
        querystring: SlotsQuery,
        response: { 200: Availability, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => availability(db, request.query),
  );

  app.post(
    '/appointments',
    {
      config: { rateLimit: WRITE_RATE },
      schema: {
        tags,
        summary: 'Book an appointment; the confirmation with the documents to bring is sent by SMS',
        body: BookingBody,
        response: { 201: Appointment, ...publicErrors },
      },
    },
    async (request, reply) => {
      const view = await runCommand(db, bookAppointment, request.body, opts);
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/appointments/lookup',
    {
      config: { rateLimit: LOOKUP_RATE },
      schema: {
        tags,
        summary: 'An appointment by its code and the phone it was booked with',
        body: LookupBody,
        response: { 200: Appointment, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => lookupAppointment(db, request.body.code, request.body.phone),
  );

  app.post(
    '/appointments/:code/reschedule',
    {
      config: { rateLimit: WRITE_RATE },
      schema: {
        tags,
        summary: 'Move an appointment to another slot (code + phone); the old reminder is cancelled',
        params: CodeParams,
        body: RescheduleBody,
        response: { 200: Appointment, ...publicErrors },
      },
    },
    async (request) => runCommand(db, rescheduleAppointment, request.params.code, request.body, opts),
  );

  app.post(
    '/appointments/:code/cancel',
    {
      config: { rateLimit: WRITE_RATE },
      schema: {
        tags,
        summary: 'Cancel an appointment (code + phone); its place is freed and its reminder cancelled',
        params: CodeParams,
        body: CancelBody,
        response: { 200: Appointment, ...publicErrors },
      },
    },
    async (request) => runCommand(db, cancelAppointment, request.params.code, request.body.phone, opts),
  );

  app.get(
    '/appointments/desk',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "A unit's appointments of a day (today by default), by slot",
        querystring: DeskQuery,
        response: { 200: DeskDay, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => deskAppointments(db, requireActor(request), request.query),
  );

  app.post(
    '/appointments/:code/check-in',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          "Welcome an appointment's citizen at the desk: marked arrived (a priority ticket when queuing)",
        params: CodeParams,
        response: { 200: CheckInResult, ...staffErrors, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, checkInAppointment, ctx, request.params.code);
    },
  );

  app.get(
    '/admin/units/:agencyId/appointment-settings',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "A unit's appointment settings per field (slot length, places, days ahead)",
        params: AgencyParams,
        response: { 200: AdminSettings, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getAppointmentSettings(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/appointment-settings/:field',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "Set a unit's appointment settings for a field (null: back to the default); audited",
        params: FieldParams,
        body: SettingsBody,
        response: { 200: AdminSettings, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(
        db,
        updateAppointmentSettings,
        ctx,
        request.params.agencyId,
        request.params.field,
        request.body.settings,
      );
    },
  );
};
