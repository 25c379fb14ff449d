import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createField, listFields, updateField } from '../../services/org/fields.js';
import { actingContext, requireActor, requirePermission } from '../shared/guard.js';
import { CodeParams, Field, FieldCreateBody, FieldList, FieldPatchBody } from '../../contracts/org.js';
import { staffCreated, staffReplies } from '../shared/routes.js';
import { orgRoute } from './route-options.js';
import { runCommand } from '../../db/transaction.js';

export const fieldRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/fields',
    orgRoute(
      'Fields (lĩnh vực), province-wide, for every staff member, with the procedures in force in each',
      {
        response: staffReplies(FieldList),
      },
    ),
    async (request) => {
      requireActor(request);
      return { items: await listFields(db) };
    },
  );

  app.post(
    '/fields',
    {
      preHandler: requirePermission('field.manage'),
      ...orgRoute('Add a field (needs field.manage)', {
        body: FieldCreateBody,
        response: staffCreated(Field, 409),
      }),
    },
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, createField, actingContext(request), request.body)),
  );

  app.patch(
    '/fields/:code',
    {
      preHandler: requirePermission('field.manage'),
      ...orgRoute("Change a field's name, description or order (needs field.manage)", {
        params: CodeParams,
        body: FieldPatchBody,
        response: staffReplies(Field, 404),
      }),
    },
    async (request) => runCommand(db, updateField, actingContext(request), request.params.code, request.body),
  );
};
