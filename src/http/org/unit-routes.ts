import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUnit, listUnits, updateUnit } from '../../services/org/units.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { IdParams, Unit, UnitCreateBody, UnitList, UnitPatchBody } from '../../contracts/org.js';
import { staffCreated, staffReplies } from '../shared/routes.js';
import { orgRoute } from './route-options.js';
import { runCommand } from '../../db/transaction.js';

export const unitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units',
    orgRoute('Units the actor may see, as a tree in display order', {
      response: staffReplies(UnitList),
    }),
    async (request) => ({ items: await listUnits(db, requireActor(request)) }),
  );

  app.post(
    '/units',
    orgRoute('Create a unit under a unit the actor manages', {
      body: UnitCreateBody,
      response: staffCreated(Unit, 409),
    }),
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, createUnit, actingContext(request), request.body)),
  );

  app.patch(
    '/units/:id',
    orgRoute("Update a unit's contact details, or (from the level above) its name, agency id, status", {
      params: IdParams,
      body: UnitPatchBody,
      response: staffReplies(Unit, 404, 409),
    }),
    async (request) => runCommand(db, updateUnit, actingContext(request), request.params.id, request.body),
  );
};
