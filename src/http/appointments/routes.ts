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
import { actingContext, requireActor } from '../shared/guard.js';
import {
  AdminSettings,
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
} from '../../contracts/appointments.js';
import { AgencyParams, ErrorResponse } from '../../contracts/common.js';
import { publicRoutes, replies, staffReplies, staffRoutes } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['appointments'];
const staff = staffRoutes(tags);
const READ_RATE = { max: 300, timeWindow: '1 minute' };
/** Bookings and changes: enough for a family at one address, a brake on scripts. */
const WRITE_RATE = { max: 30, timeWindow: '1 minute' };
const publicRoute = publicRoutes(tags, WRITE_RATE);
/** Look-ups by code and phone: few, so that codes cannot be guessed. */
const LOOKUP_RATE = { max: 20, timeWindow: '1 minute' };
const publicErrors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

export const appointmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config } = app.deps;
  const { db } = database;
  const opts = { publicUrl: config.publicUrl };

  app.get(
    '/appointments/options',
    publicRoute(
      'What booking a procedure offers: its field and the units where it can be booked',
      {
        querystring: OptionsQuery,
        response: replies(Options, 404),
      },
      READ_RATE,
    ),
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
    publicRoute(
      "A unit's appointment slots for a field, with the places left, from a date (today by default)",
      {
        querystring: SlotsQuery,
        response: replies(Availability, 400, 404),
      },
      READ_RATE,
    ),
    async (request) => availability(db, request.query),
  );

  app.post(
    '/appointments',
    publicRoute('Book an appointment; the confirmation with the documents to bring is sent by SMS', {
      body: BookingBody,
      response: { 201: Appointment, ...publicErrors },
    }),
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, bookAppointment, request.body, opts)),
  );

  app.post(
    '/appointments/lookup',
    publicRoute(
      'An appointment by its code and the phone it was booked with',
      {
        body: LookupBody,
        response: replies(Appointment, 400, 404),
      },
      LOOKUP_RATE,
    ),
    async (request) => lookupAppointment(db, request.body.code, request.body.phone),
  );

  app.post(
    '/appointments/:code/reschedule',
    publicRoute('Move an appointment to another slot (code + phone); the old reminder is cancelled', {
      params: CodeParams,
      body: RescheduleBody,
      response: { 200: Appointment, ...publicErrors },
    }),
    async (request) => runCommand(db, rescheduleAppointment, request.params.code, request.body, opts),
  );

  app.post(
    '/appointments/:code/cancel',
    publicRoute('Cancel an appointment (code + phone); its place is freed and its reminder cancelled', {
      params: CodeParams,
      body: CancelBody,
      response: { 200: Appointment, ...publicErrors },
    }),
    async (request) => runCommand(db, cancelAppointment, request.params.code, request.body.phone, opts),
  );

  app.get(
    '/appointments/desk',
    staff("A unit's appointments of a day (today by default), by slot", {
      querystring: DeskQuery,
      response: staffReplies(DeskDay, 404),
    }),
    async (request) => deskAppointments(db, requireActor(request), request.query),
  );

  app.post(
    '/appointments/:code/check-in',
    staff("Welcome an appointment's citizen at the desk: marked arrived (a priority ticket when queuing)", {
      params: CodeParams,
      response: staffReplies(CheckInResult, 404, 409),
    }),
    async (request) => runCommand(db, checkInAppointment, actingContext(request), request.params.code),
  );

  app.get(
    '/admin/units/:agencyId/appointment-settings',
    staff("A unit's appointment settings per field (slot length, places, days ahead)", {
      params: AgencyParams,
      response: staffReplies(AdminSettings, 404),
    }),
    async (request) => getAppointmentSettings(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/appointment-settings/:field',
    staff("Set a unit's appointment settings for a field (null: back to the default); audited", {
      params: FieldParams,
      body: SettingsBody,
      response: staffReplies(AdminSettings, 404),
    }),
    async (request) =>
      runCommand(
        db,
        updateAppointmentSettings,
        actingContext(request),
        request.params.agencyId,
        request.params.field,
        request.body.settings,
      ),
  );
};
