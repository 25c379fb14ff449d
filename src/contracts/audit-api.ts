/**
 * The administrators' audit log: the page of rows the admin page calls, with its schemas as types
 * (src/contracts/route.ts). The export is a link the browser downloads (`auditExportPath` with the same filters
 * and `format`), not a call.
 */
import type { AuditPage, AuditQuery } from './audit.js';
import { get } from './route.js';

export const auditApi = {
  page: get<typeof AuditPage, { querystring: typeof AuditQuery }>('/api/admin/audit'),
};

export const auditExportPath = '/api/admin/audit/export';
