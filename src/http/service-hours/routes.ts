/**
 * Service hours of a unit: the public answer (GET /api/units/{agencyId}/service-hours?field=&at=) and the
 * administration (GET/PUT /api/admin/units/{agencyId}/service-hours: the versions and a new one from an effective
 * date; DELETE …/service-hours/{effectiveFrom}: withdraw a planned one; unit.manage on the unit, audited).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getAdminServiceHours,
  saveServiceHoursVersion,
  withdrawServiceHoursVersion,
} from '../../services/service-hours/admin.js';
import { publicServiceHours } from '../../services/service-hours/public.js';
import { actingContext, requireActor } from '../shared/guard.js';
import {
  AdminServiceHours,
  PublicServiceHours,
  PublicServiceHoursQuery,
  ServiceHoursVersionBody,
  VersionParams,
} from '../../contracts/service-hours.js';
import { AgencyParams } from '../../contracts/common.js';
import { publicRoutes, replies, staffReplies, staffRoutes, UNIT_READ_RATE } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['service-hours'];
const staff = staffRoutes(tags);
const publicRoute = publicRoutes(tags, UNIT_READ_RATE);

export const serviceHoursRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units/:agencyId/service-hours',
    publicRoute(
      "When a unit's desk is open to the public: now, next opening per field, this week, days ahead",
      {
        params: AgencyParams,
        querystring: PublicServiceHoursQuery,
        response: replies(PublicServiceHours, 400, 404),
      },
    ),
    async (request) => publicServiceHours(db, request.params.agencyId, request.query),
  );

  app.get(
    '/admin/units/:agencyId/service-hours',
    staff(
      "A unit's service hours: its own versions (past, in force, planned), what it inherits, what applies today",
      {
        params: AgencyParams,
        response: staffReplies(AdminServiceHours, 404),
      },
    ),
    async (request) => getAdminServiceHours(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/service-hours',
    staff(
      "Save a unit's own service hours from an effective date on (today or later; earlier hours stay); audited",
      {
        params: AgencyParams,
        body: ServiceHoursVersionBody,
        response: staffReplies(AdminServiceHours, 404),
      },
    ),
    async (request) =>
      runCommand(db, saveServiceHoursVersion, actingContext(request), request.params.agencyId, request.body),
  );

  app.delete(
    '/admin/units/:agencyId/service-hours/:effectiveFrom',
    staff('Withdraw service hours planned from a later date (hours already in force stay); audited', {
      params: VersionParams,
      response: staffReplies(AdminServiceHours, 404, 409),
    }),
    async (request) => {
      const { agencyId, effectiveFrom } = request.params;
      return runCommand(db, withdrawServiceHoursVersion, actingContext(request), agencyId, effectiveFrom);
    },
  );
};
