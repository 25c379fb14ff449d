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
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { AgencyParams } from '../day-modes/schemas.js';
import {
  AdminServiceHours,
  PublicServiceHours,
  PublicServiceHoursQuery,
  ServiceHoursVersionBody,
  VersionParams,
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['service-hours'];
const security = [{ session: [] }];
const PUBLIC_RATE = { max: 600, timeWindow: '1 minute' };

export const serviceHoursRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units/:agencyId/service-hours',
    {
      config: { rateLimit: PUBLIC_RATE },
      schema: {
        tags,
        summary:
          "When a unit's desk is open to the public: now, next opening per field, this week, days ahead",
        params: AgencyParams,
        querystring: PublicServiceHoursQuery,
        response: { 200: PublicServiceHours, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => publicServiceHours(db, request.params.agencyId, request.query),
  );

  app.get(
    '/admin/units/:agencyId/service-hours',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          "A unit's service hours: its own versions (past, in force, planned), what it inherits, what applies today",
        params: AgencyParams,
        response: { 200: AdminServiceHours, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => getAdminServiceHours(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/service-hours',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          "Save a unit's own service hours from an effective date on (today or later; earlier hours stay); audited",
        params: AgencyParams,
        body: ServiceHoursVersionBody,
        response: { 200: AdminServiceHours, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, saveServiceHoursVersion, ctx, request.params.agencyId, request.body);
    },
  );

  app.delete(
    '/admin/units/:agencyId/service-hours/:effectiveFrom',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Withdraw service hours planned from a later date (hours already in force stay); audited',
        params: VersionParams,
        response: { 200: AdminServiceHours, ...staffErrors, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      const { agencyId, effectiveFrom } = request.params;
      return runCommand(db, withdrawServiceHoursVersion, ctx, agencyId, effectiveFrom);
    },
  );
};
