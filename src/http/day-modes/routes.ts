/**
 * Day modes of a unit: the public read (GET /api/units/{agencyId}/day-modes), the administration
 * (GET/PUT /api/admin/units/{agencyId}/day-modes, unit.manage on the unit, audited), the procedures a unit marks
 * eligible for same-day results (GET/PUT /api/admin/units/{agencyId}/same-day-procedures, likewise), and the
 * end-of-day list of unfinished same-day dossiers and dossiers due that day (GET /api/dossiers/end-of-day).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getAdminDayModes, updateDayModes } from '../../services/dossier/day-modes.js';
import {
  getAdminSameDayProcedures,
  publicDayModes,
  updateSameDayProcedures,
} from '../../services/dossier/same-day-procedures.js';
import { endOfDayList } from '../../services/dossier/end-of-day.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import {
  AdminDayModes,
  AdminSameDayProcedures,
  AgencyParams,
  DayModesBody,
  EndOfDayList,
  EndOfDayQuery,
  PublicDayModes,
  SameDayProceduresBody,
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['day-modes'];
const security = [{ session: [] }];
const PUBLIC_RATE = { max: 600, timeWindow: '1 minute' };

export const dayModeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units/:agencyId/day-modes',
    {
      config: { rateLimit: PUBLIC_RATE },
      schema: {
        tags,
        summary: "A unit's same-day and no-writing weekdays (inherited when it has none), and today's modes",
        params: AgencyParams,
        response: { 200: PublicDayModes, 404: ErrorResponse },
      },
    },
    async (request) => publicDayModes(db, request.params.agencyId),
  );

  app.get(
    '/admin/units/:agencyId/day-modes',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "A unit's own day modes, the effective ones and where they come from",
        params: AgencyParams,
        response: { 200: AdminDayModes, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getAdminDayModes(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/day-modes',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "Replace a unit's own day modes (null inherits from the parent unit); audited",
        params: AgencyParams,
        body: DayModesBody,
        response: { 200: AdminDayModes, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, updateDayModes, ctx, request.params.agencyId, request.body);
    },
  );

  app.get(
    '/admin/units/:agencyId/same-day-procedures',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          "Procedures eligible for a same-day result on the unit's no-appointment days: by law, marked here, marked above",
        params: AgencyParams,
        response: { 200: AdminSameDayProcedures, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getAdminSameDayProcedures(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/same-day-procedures',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          'Replace the procedures a unit marks eligible for same-day results (known, offered there); audited',
        params: AgencyParams,
        body: SameDayProceduresBody,
        response: { 200: AdminSameDayProcedures, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, updateSameDayProcedures, ctx, request.params.agencyId, request.body);
    },
  );

  app.get(
    '/dossiers/end-of-day',
    {
      onRequest: authenticated,
      schema: {
        tags: ['dossiers'],
        security,
        summary: "A unit's unfinished same-day dossiers of a day and its unfinished dossiers due that day",
        querystring: EndOfDayQuery,
        response: { 200: EndOfDayList, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => endOfDayList(db, requireActor(request), request.query),
  );
};
