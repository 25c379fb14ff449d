/**
 * The calendar area: public computations (/api/calendar/due, the month view) and the administration of unit
 * calendars and yearly holiday decisions (/api/admin/calendar, signed-in staff).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { computeUnitDue } from '../../services/calendar/due.js';
import { monthView } from '../../services/calendar/month.js';
import { getHolidayYear, publishHolidayDecision } from '../../services/calendar/holidays.js';
import { getUnitCalendar, updateUnitCalendar } from '../../services/calendar/settings.js';
import { authenticated } from '../auth/routes.js';
import { requireActor, requirePermission } from '../auth/guard.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import {
  CalendarOverrideBody,
  DueAnswer,
  DueBody,
  HolidayParams,
  HolidayYear,
  MonthParams,
  MonthView,
  PublishAnswer,
  PublishBody,
  UnitCalendar,
  UnitParams,
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['calendar'];
const security = [{ session: [] }];
/** Per client address. */
const PUBLIC_RATE = { max: 1200, timeWindow: '1 minute' };

const adminCalendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  app.addHook('onRequest', authenticated);

  app.get(
    '/units/:unitId',
    {
      schema: {
        tags,
        security,
        summary: "A unit's own calendar settings, what it inherits, and its effective calendar",
        params: UnitParams,
        response: { 200: UnitCalendar, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getUnitCalendar(db, requireActor(request), request.params.unitId),
  );

  app.put(
    '/units/:unitId',
    {
      preHandler: requirePermission('unit.manage'),
      schema: {
        tags,
        security,
        summary: "Replace a unit's own calendar settings (null inherits); audited",
        params: UnitParams,
        body: CalendarOverrideBody,
        response: { 200: UnitCalendar, ...staffErrors, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, updateUnitCalendar, ctx, request.params.unitId, request.body);
    },
  );

  app.get(
    '/units/:unitId/holidays/:year',
    {
      schema: {
        tags,
        security,
        summary: 'The holiday decisions of a year (every version) and the statutory suggestions',
        params: HolidayParams,
        response: { 200: HolidayYear, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getHolidayYear(db, requireActor(request), request.params.unitId, request.params.year),
  );

  app.post(
    '/units/:unitId/holidays/:year',
    {
      preHandler: requirePermission('unit.manage'),
      schema: {
        tags,
        security,
        summary: "Publish a new version of a year's holiday decision (province administrators); audited",
        params: HolidayParams,
        body: PublishBody,
        response: {
          200: PublishAnswer,
          201: PublishAnswer,
          ...staffErrors,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      const { unitId, year } = request.params;
      const result = await runCommand(db, publishHolidayDecision, ctx, unitId, year, request.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
};

export const calendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.post(
    '/calendar/due',
    {
      config: { csrf: false, rateLimit: PUBLIC_RATE },
      schema: {
        tags,
        summary: "The due instant of a time limit received at an instant, on a unit's working calendar",
        body: DueBody,
        response: { 200: DueAnswer, 400: ErrorResponse },
      },
    },
    async (request) => computeUnitDue(db, request.body),
  );

  app.get(
    '/calendar/:agencyId/month/:month',
    {
      config: { rateLimit: PUBLIC_RATE },
      schema: {
        tags,
        summary: "A month of a unit's calendar: working days, days off with reasons, lunar dates, sessions",
        params: MonthParams,
        response: { 200: MonthView, 400: ErrorResponse },
      },
    },
    async (request) => monthView(db, request.params.agencyId, request.params.month),
  );

  await app.register(adminCalendarRoutes, { prefix: '/admin/calendar' });
};
