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
import { staffReplies, staffRoutes } from '../shared/routes.js';

/** The options of the catalogue administration's routes: `catalogue.manage` is checked before the body is read. */
export const adminRoute = staffRoutes(['catalogue admin'], requirePermission('catalogue.manage'));

export const adminCatalogueReadRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/admin/procedures/:code',
    adminRoute(
      'The latest version of a procedure (what an edit starts from) and every version with its author',
      {
        params: CodeParams,
        response: staffReplies(AdminProcedure, 404),
      },
    ),
    async (request) => getProcedureForEdit(db, request.params.code),
  );

  app.get(
    '/admin/procedures/:code/versions/:no',
    adminRoute('One version of a procedure by its number, read-only', {
      params: VersionParams,
      response: staffReplies(AdminProcedureVersion, 404),
    }),
    async (request) => getProcedureVersion(db, request.params.code, request.params.no),
  );

  app.get(
    '/admin/procedure-versions',
    adminRoute('Latest version and version in force today of each procedure named (unknown codes left out)', {
      querystring: VersionStatusQuery,
      response: staffReplies(VersionStatusList),
    }),
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
