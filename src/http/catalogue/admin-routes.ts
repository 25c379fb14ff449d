/**
 * /api/admin: catalogue administration (needs `catalogue.manage`, held by province administrators).
 * The permission is checked on request, before the body is read, so an anonymous request always gets 401 and a
 * staff member without the permission 403, whatever the body. Bodies that carry records are checked by the
 * services (every problem listed with a path like "record.channels[0].timeLimit.value"), not by the route schema,
 * which documents them.
 */
import { TypeBoxValidatorCompiler, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { todayInVietnam } from '../../domain/catalogue/dates.js';
import { createProcedure, reviseProcedure } from '../../services/catalogue/edit.js';
import { exportCatalogue, importCatalogue } from '../../services/catalogue/import.js';
import { catalogueIndexFor } from '../../services/catalogue/index-cache.js';
import { actingContext, requireActor } from '../shared/guard.js';
import {
  AtQuery,
  CatalogueFile,
  CodeParams,
  CreateBody,
  EditResult,
  ImportQuery,
  ImportResult,
  ReviseBody,
} from '../../contracts/catalogue.js';
import { staffCreated, staffReplies } from '../shared/routes.js';
import { adminRoute } from './admin-read-routes.js';
import { runCommand } from '../../db/transaction.js';

/** Bodies pass through to the service, which reports every problem; other parts are validated as usual. */
const bodyCheckedByService: FastifySchemaCompiler<TSchema> = (route) =>
  route.httpPart === 'body' ? () => true : TypeBoxValidatorCompiler(route);

export const adminCatalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const index = catalogueIndexFor(db);

  app.post(
    '/admin/procedures',
    {
      ...adminRoute('Create a procedure from a record (version 1, effective from effectiveFrom or today)', {
        body: CreateBody,
        response: staffCreated(EditResult, 409),
      }),
      validatorCompiler: bodyCheckedByService,
    },
    async (request, reply) => {
      const body: unknown = request.body;
      const result = await runCommand(db, createProcedure, actingContext(request), body);
      index.invalidate();
      return reply.code(201).send(result);
    },
  );

  app.put(
    '/admin/procedures/:code',
    {
      ...adminRoute(
        'Revise a procedure: a new version effective from a date; 409 VERSION_CONFLICT if baseVersion is stale',
        {
          params: CodeParams,
          body: ReviseBody,
          response: staffReplies(EditResult, 404, 409),
        },
      ),
      validatorCompiler: bodyCheckedByService,
    },
    async (request) => {
      const body: unknown = request.body;
      const result = await runCommand(db, reviseProcedure, actingContext(request), request.params.code, body);
      index.invalidate();
      return result;
    },
  );

  app.post(
    '/admin/catalogue/import',
    {
      ...adminRoute(
        'Import a catalogue file, all or nothing: 400 IMPORT_INVALID lists every error of every record and changes nothing',
        {
          querystring: ImportQuery,
          body: CatalogueFile,
          response: staffReplies(ImportResult),
        },
      ),
      validatorCompiler: bodyCheckedByService,
      bodyLimit: 64 * 1024 * 1024,
    },
    async (request) => {
      const actor = requireActor(request);
      const file: unknown = request.body;
      const { dryRun, effectiveFrom } = request.query;
      const result = await runCommand(db, importCatalogue, file, {
        actor,
        requestId: request.id,
        ...(dryRun !== undefined ? { dryRun } : {}),
        ...(effectiveFrom !== undefined ? { effectiveFrom } : {}),
      });
      if (!result.dryRun) index.invalidate();
      return result;
    },
  );

  app.get(
    '/admin/catalogue/export',
    adminRoute('Export the versions in force (today, or at ?at=) as a catalogue file (attachment)', {
      querystring: AtQuery,
      response: staffReplies(CatalogueFile),
    }),
    async (request, reply) => {
      const at = request.query.at ?? todayInVietnam();
      const file = await exportCatalogue(db, at);
      reply.header('content-disposition', `attachment; filename="motcua-catalogue-${at}.json"`);
      reply.header('cache-control', 'no-store');
      return file;
    },
  );
};
