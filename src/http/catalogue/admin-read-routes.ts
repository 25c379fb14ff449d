/**
 * /api/admin reads for the catalogue administration pages (needs `catalogue.manage`): the latest version of a
 * procedure with its version history (who saved each), any version by number, and the version status of a page of
 * procedures. The public API shows only the version in force and never names staff.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  getProcedureForEdit,
  getProcedureVersion,
  versionStatuses,
} from '../../services/catalogue/admin-queries.js';
import { requirePermission } from '../shared/guard.js';
import {
  AdminProcedure,
  AdminProcedureVersion,
  CodeParams,
  VersionParams,
  VersionStatusList,
  VersionStatusQuery,
} from '../../contracts/catalogue.js';
import { ErrorResponse } from '../../contracts/common.js';

const tags = ['catalogue admin'];
const security = [{ session: [] }];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse } as const;

export const adminCatalogueReadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const manage = requirePermission('catalogue.manage');

  app.get(
    '/admin/procedures/:code',
    {
      onRequest: manage,
      schema: {
        tags,
        security,
        summary:
          'The latest version of a procedure (what an edit starts from) and every version with its author',
        params: CodeParams,
        response: { 200: AdminProcedure, ...errors, 404: ErrorResponse },
      },
    },
    async (request) => getProcedureForEdit(db, request.params.code),
  );

  app.get(
    '/admin/procedures/:code/versions/:no',
    {
      onRequest: manage,
      schema: {
        tags,
        security,
        summary: 'One version of a procedure by its number, read-only',
        params: VersionParams,
        response: { 200: AdminProcedureVersion, ...errors, 404: ErrorResponse },
      },
    },
    async (request) => getProcedureVersion(db, request.params.code, request.params.no),
  );

  app.get(
    '/admin/procedure-versions',
    {
      onRequest: manage,
      schema: {
        tags,
        security,
        summary: 'Latest version and version in force today of each procedure named (unknown codes left out)',
        querystring: VersionStatusQuery,
        response: { 200: VersionStatusList, ...errors },
      },
    },
    async (request) => {
      const codes = request.query.codes
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean)
        .slice(0, 100);
      return { items: await versionStatuses(db, codes) };
    },
  );
};
