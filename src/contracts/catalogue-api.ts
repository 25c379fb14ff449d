/**
 * The catalogue routes the administration pages call (the public search, the admin reads, saving, import and
 * export), with their schemas as types (src/contracts/route.ts).
 */
import { route } from './route.js';
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
  search: route<{ querystring: typeof ProcedureQuery; response: typeof ProcedureList }>(
    'GET',
    '/api/procedures',
  ),
  statuses: route<{ querystring: typeof VersionStatusQuery; response: typeof VersionStatusList }>(
    'GET',
    '/api/admin/procedure-versions',
  ),
  procedure: route<{ params: typeof CodeParams; response: typeof AdminProcedure }>(
    'GET',
    `${procedures}/:code`,
  ),
  version: route<{ params: typeof VersionParams; response: typeof AdminProcedureVersion }>(
    'GET',
    `${procedures}/:code/versions/:no`,
  ),
  create: route<{ body: typeof CreateBody; response: typeof EditResult }>('POST', procedures),
  revise: route<{ params: typeof CodeParams; body: typeof ReviseBody; response: typeof EditResult }>(
    'PUT',
    `${procedures}/:code`,
  ),
  import: route<{
    querystring: typeof ImportQuery;
    body: typeof CatalogueFile;
    response: typeof ImportResult;
  }>('POST', '/api/admin/catalogue/import'),
  /** A download link rather than a call: the browser saves the attachment. */
  export: route<{ querystring: typeof AtQuery; response: typeof CatalogueFile }>(
    'GET',
    '/api/admin/catalogue/export',
  ),
};
