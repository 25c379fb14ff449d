/**
 * The calendar area: public computations (/api/calendar/due, the month view) and the administration of unit
 * calendars and yearly holiday decisions (/api/admin/calendar, signed-in staff).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { computeUnitDue } from '../../services/calendar/due.js';
import { monthView } from '../../services/calendar/month.js';
import { getHolidayYear, publishHolidayDecision } from '../../services/calendar/holidays.js';
import { getUnitCalendar, updateUnitCalendar } from '../../services/calendar/settings.js';
import { actingContext, authenticated, requireActor, requirePermission } from '../shared/guard.js';
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
} from '../../contracts/calendar.js';
import { publicRoutes, replies, staffReplies, staffSchemas } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['calendar'];
/** Per client address. */
const PUBLIC_RATE = { max: 1200, timeWindow: '1 minute' };
const publicRoute = publicRoutes(tags, PUBLIC_RATE);

const adminCalendarRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  app.addHook('onRequest', authenticated);
  /** The session is checked for the whole plugin, just above. */
  const staff = staffSchemas(tags);

  app.get(
    '/units/:unitId',
    staff("A unit's own calendar settings, what it inherits, and its effective calendar", {
      params: UnitParams,
      response: staffReplies(UnitCalendar, 404),
    }),
    async (request) => getUnitCalendar(db, requireActor(request), request.params.unitId),
  );

  app.put(
    '/units/:unitId',
    {
      preHandler: requirePermission('unit.manage'),
      ...staff("Replace a unit's own calendar settings (null inherits); audited", {
        params: UnitParams,
        body: CalendarOverrideBody,
        response: staffReplies(UnitCalendar, 404, 409),
      }),
    },
    async (request) =>
      runCommand(db, updateUnitCalendar, actingContext(request), request.params.unitId, request.body),
  );

  app.get(
    '/units/:unitId/holidays/:year',
    staff('The holiday decisions of a year (every version) and the statutory suggestions', {
      params: HolidayParams,
      response: staffReplies(HolidayYear, 404),
    }),
    async (request) => getHolidayYear(db, requireActor(request), request.params.unitId, request.params.year),
  );

  app.post(
    '/units/:unitId/holidays/:year',
    {
      preHandler: requirePermission('unit.manage'),
      ...staff("Publish a new version of a year's holiday decision (province administrators); audited", {
        params: HolidayParams,
        body: PublishBody,
        response: { 201: PublishAnswer, ...staffReplies(PublishAnswer, 404, 409) },
      }),
    },
    async (request, reply) => {
      const ctx = actingContext(request);
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
        response: replies(DueAnswer, 400),
      },
    },
    async (request) => computeUnitDue(db, request.body),
  );

  app.get(
    '/calendar/:agencyId/month/:month',
    publicRoute("A month of a unit's calendar: working days, days off with reasons, lunar dates, sessions", {
      params: MonthParams,
      response: replies(MonthView, 400),
    }),
    async (request) => monthView(db, request.params.agencyId, request.params.month),
  );

  await app.register(adminCalendarRoutes, { prefix: '/admin/calendar' });
};
