import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createUnit, listUnits, updateUnit } from '../../services/org/units.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { IdParams, Unit, UnitCreateBody, UnitList, UnitPatchBody } from '../../contracts/org.js';
import { staffCreated, staffReplies, staffSchemas } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['organisation'];
/** The session is checked for the whole of /api/admin (routes.ts). */
const staff = staffSchemas(tags);

export const unitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/units',
    staff('Units the actor may see, as a tree in display order', {
      response: staffReplies(UnitList),
    }),
    async (request) => ({ items: await listUnits(db, requireActor(request)) }),
  );

  app.post(
    '/units',
    staff('Create a unit under a unit the actor manages', {
      body: UnitCreateBody,
      response: staffCreated(Unit, 409),
    }),
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, createUnit, actingContext(request), request.body)),
  );

  app.patch(
    '/units/:id',
    staff("Update a unit's contact details, or (from the level above) its name, agency id, status", {
      params: IdParams,
      body: UnitPatchBody,
      response: staffReplies(Unit, 404, 409),
    }),
    async (request) => runCommand(db, updateUnit, actingContext(request), request.params.id, request.body),
  );
};
