import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUnit, listUnits, updateUnit } from '../../services/org/units.js';
import { requireActor } from '../auth/guard.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { IdParams, Unit, UnitCreateBody, UnitList, UnitPatchBody } from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['organisation'];
const security = [{ session: [] }];

export const unitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units',
    {
      schema: {
        tags,
        security,
        summary: 'Units the actor may see, as a tree in display order',
        response: { 200: UnitList, ...staffErrors },
      },
    },
    async (request) => ({ items: await listUnits(db, requireActor(request)) }),
  );

  app.post(
    '/units',
    {
      schema: {
        tags,
        security,
        summary: 'Create a unit under a unit the actor manages',
        body: UnitCreateBody,
        response: { 201: Unit, ...staffErrors, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      const unit = await runCommand(db, createUnit, ctx, request.body);
      return reply.status(201).send(unit);
    },
  );

  app.patch(
    '/units/:id',
    {
      schema: {
        tags,
        security,
        summary: "Update a unit's contact details, or (from the level above) its name, agency id, status",
        params: IdParams,
        body: UnitPatchBody,
        response: { 200: Unit, ...staffErrors, 404: ErrorResponse, 409: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, updateUnit, ctx, request.params.id, request.body);
    },
  );
};
