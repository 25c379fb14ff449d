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
import { actingContext, requireActor } from '../shared/guard.js';
import {
  AdminDayModes,
  AdminSameDayProcedures,
  DayModesBody,
  EndOfDayList,
  EndOfDayQuery,
  PublicDayModes,
  SameDayProceduresBody,
} from '../../contracts/day-modes.js';
import { AgencyParams } from '../../contracts/common.js';
import { publicRoutes, replies, staffReplies, staffRoutes, UNIT_READ_RATE } from '../shared/routes.js';
import { dossierStaff } from '../dossier/options.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['day-modes'];
const staff = staffRoutes(tags);
const publicRoute = publicRoutes(tags, UNIT_READ_RATE);

export const dayModeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units/:agencyId/day-modes',
    publicRoute("A unit's same-day and no-writing weekdays (inherited when it has none), and today's modes", {
      params: AgencyParams,
      response: replies(PublicDayModes, 404),
    }),
    async (request) => publicDayModes(db, request.params.agencyId),
  );

  app.get(
    '/admin/units/:agencyId/day-modes',
    staff("A unit's own day modes, the effective ones and where they come from", {
      params: AgencyParams,
      response: staffReplies(AdminDayModes, 404),
    }),
    async (request) => getAdminDayModes(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/day-modes',
    staff("Replace a unit's own day modes (null inherits from the parent unit); audited", {
      params: AgencyParams,
      body: DayModesBody,
      response: staffReplies(AdminDayModes, 404),
    }),
    async (request) =>
      runCommand(db, updateDayModes, actingContext(request), request.params.agencyId, request.body),
  );

  app.get(
    '/admin/units/:agencyId/same-day-procedures',
    staff(
      "Procedures eligible for a same-day result on the unit's no-appointment days: by law, marked here, marked above",
      {
        params: AgencyParams,
        response: staffReplies(AdminSameDayProcedures, 404),
      },
    ),
    async (request) => getAdminSameDayProcedures(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/same-day-procedures',
    staff(
      'Replace the procedures a unit marks eligible for same-day results (known, offered there); audited',
      {
        params: AgencyParams,
        body: SameDayProceduresBody,
        response: staffReplies(AdminSameDayProcedures, 404),
      },
    ),
    async (request) =>
      runCommand(db, updateSameDayProcedures, actingContext(request), request.params.agencyId, request.body),
  );

  app.get(
    '/dossiers/end-of-day',
    dossierStaff("A unit's unfinished same-day dossiers of a day and its unfinished dossiers due that day", {
      querystring: EndOfDayQuery,
      response: staffReplies(EndOfDayList, 404),
    }),
    async (request) => endOfDayList(db, requireActor(request), request.query),
  );
};
