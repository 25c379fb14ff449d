/**
 * The catalogue routes the administration pages call (the public search, the admin reads, saving, import and
 * export), with their schemas as types (src/contracts/route.ts).
 */
import { get, post, put } from './route.js';
import type {
  AdminProcedure,
  AdminProcedureVersion,
  AtQuery,
  CatalogueFile,
  CodeParams,
  CreateBody,
  EditResult,
  ImportQuery,
  ImportResult,
  ProcedureList,
  ProcedureQuery,
  ReviseBody,
  VersionParams,
  VersionStatusList,
  VersionStatusQuery,
} from './catalogue.js';

const procedures = '/api/admin/procedures';

export const catalogueApi = {
  search: get<typeof ProcedureList, { querystring: typeof ProcedureQuery }>('/api/procedures'),
  statuses: get<typeof VersionStatusList, { querystring: typeof VersionStatusQuery }>(
    '/api/admin/procedure-versions',
  ),
  procedure: get<typeof AdminProcedure, { params: typeof CodeParams }>(`${procedures}/:code`),
  version: get<typeof AdminProcedureVersion, { params: typeof VersionParams }>(
    `${procedures}/:code/versions/:no`,
  ),
  create: post<typeof EditResult, { body: typeof CreateBody }>(procedures),
  revise: put<typeof EditResult, { params: typeof CodeParams; body: typeof ReviseBody }>(
    `${procedures}/:code`,
  ),
  import: post<typeof ImportResult, { querystring: typeof ImportQuery; body: typeof CatalogueFile }>(
    '/api/admin/catalogue/import',
  ),
  /** A download link rather than a call: the browser saves the attachment. */
  export: get<typeof CatalogueFile, { querystring: typeof AtQuery }>('/api/admin/catalogue/export'),
};
