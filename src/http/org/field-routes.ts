import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createField, listFields, updateField } from '../../services/org/fields.js';
import { actingContext, requireActor, requirePermission } from '../shared/guard.js';
import { CodeParams, Field, FieldCreateBody, FieldList, FieldPatchBody } from '../../contracts/org.js';
import { staffCreated, staffReplies, staffSchemas } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['organisation'];
/** The session is checked for the whole of /api/admin (routes.ts). */
const staff = staffSchemas(tags);

export const fieldRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/fields',
    staff('Fields (lĩnh vực), province-wide, for every staff member, with the procedures in force in each', {
      response: staffReplies(FieldList),
    }),
    async (request) => {
      requireActor(request);
      return { items: await listFields(db) };
    },
  );

  app.post(
    '/fields',
    {
      preHandler: requirePermission('field.manage'),
      ...staff('Add a field (needs field.manage)', {
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
      ...staff("Change a field's name, description or order (needs field.manage)", {
        params: CodeParams,
        body: FieldPatchBody,
        response: staffReplies(Field, 404),
      }),
    },
    async (request) => runCommand(db, updateField, actingContext(request), request.params.code, request.body),
  );
};
