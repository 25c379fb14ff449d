/**
 * The catalogue routes the pages call (the public search, a procedure in force, the fields; the admin reads,
 * saving, import and export), with their schemas as types (src/contracts/route.ts).
 */
import { get, post, put } from './route.js';
import type * as C from './catalogue.js';

const procedures = '/api/admin/procedures';

export const catalogueApi = {
  search: get<typeof C.ProcedureList, { querystring: typeof C.ProcedureQuery }>('/api/procedures'),
  inForce: get<typeof C.ProcedureDetail, { params: typeof C.CodeParams; querystring: typeof C.AtQuery }>(
    '/api/procedures/:code',
  ),
  fields: get<typeof C.FieldList>('/api/fields'),
  statuses: get<typeof C.VersionStatusList, { querystring: typeof C.VersionStatusQuery }>(
    '/api/admin/procedure-versions',
  ),
  procedure: get<typeof C.AdminProcedure, { params: typeof C.CodeParams }>(`${procedures}/:code`),
  version: get<typeof C.AdminProcedureVersion, { params: typeof C.VersionParams }>(
    `${procedures}/:code/versions/:no`,
  ),
  create: post<typeof C.EditResult, { body: typeof C.CreateBody }>(procedures),
  revise: put<typeof C.EditResult, { params: typeof C.CodeParams; body: typeof C.ReviseBody }>(
    `${procedures}/:code`,
  ),
  import: post<typeof C.ImportResult, { querystring: typeof C.ImportQuery; body: typeof C.CatalogueFile }>(
    '/api/admin/catalogue/import',
  ),
  /** A download link rather than a call: the browser saves the attachment. */
  export: get<typeof C.CatalogueFile, { querystring: typeof C.AtQuery }>('/api/admin/catalogue/export'),
};
