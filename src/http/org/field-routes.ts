import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createField, listFields, updateField } from '../../services/org/fields.js';
import { requireActor, requirePermission } from '../auth/guard.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { CodeParams, Field, FieldCreateBody, FieldList, FieldPatchBody } from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['organisation'];
const security = [{ session: [] }];

export const fieldRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/fields',
    {
      schema: {
        tags,
        security,
        summary:
          'Fields (lĩnh vực), province-wide, for every staff member, with the procedures in force in each',
        response: { 200: FieldList, ...staffErrors },
      },
    },
    async (request) => {
      requireActor(request);
      return { items: await listFields(db) };
    },
  );

  app.post(
    '/fields',
    {
      preHandler: requirePermission('field.manage'),
      schema: {
        tags,
        security,
        summary: 'Add a field (needs field.manage)',
        body: FieldCreateBody,
        response: { 201: Field, ...staffErrors, 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      const field = await runCommand(db, createField, ctx, request.body);
      return reply.status(201).send(field);
    },
  );

  app.patch(
    '/fields/:code',
    {
      preHandler: requirePermission('field.manage'),
      schema: {
        tags,
        security,
        summary: "Change a field's name, description or order (needs field.manage)",
        params: CodeParams,
        body: FieldPatchBody,
        response: { 200: Field, ...staffErrors, 404: ErrorResponse },
      },
    },
    async (request) => {
      const ctx = { actor: requireActor(request), requestId: request.id };
      return runCommand(db, updateField, ctx, request.params.code, request.body);
    },
  );
};
