/**
 * Service hours of a unit: the public answer (GET /api/units/{agencyId}/service-hours?field=&at=) and the
 * administration (GET/PUT /api/admin/units/{agencyId}/service-hours, unit.manage on the unit, audited).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getAdminServiceHours,
  publicServiceHours,
  updateServiceHours,
} from '../../services/service-hours/service-hours.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { AgencyParams } from '../day-modes/schemas.js';
import {
  AdminServiceHours,
  PublicServiceHours,
  PublicServiceHoursQuery,
  ServiceHoursDocument,
} from './schemas.js';

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
        summary: "A unit's own service hours, the effective ones and where each part comes from",
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
        summary: "Replace a unit's own service hours (a key left out is inherited); audited",
        params: AgencyParams,
        body: ServiceHoursDocument,
        response: { 200: AdminServiceHours, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return db
        .transaction()
        .execute((trx) => updateServiceHours(trx, ctx, request.params.agencyId, request.body));
    },
  );
};
