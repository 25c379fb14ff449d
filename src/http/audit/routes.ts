/**
 * The audit log for administrators: GET /api/admin/audit (filters, pages) and /api/admin/audit/export (CSV).
 * Who sees which rows: services/audit/log.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { auditCsv } from '../../domain/audit/csv.js';
import { exportAudit, listAudit } from '../../services/audit/log.js';
import { requireActor } from '../auth/guard.js';
import { authenticated } from '../auth/routes.js';
import { staffErrors } from '../auth/schemas.js';
import { AuditExportQuery, AuditPage, AuditQuery, CsvBody } from './schemas.js';

const tags = ['audit'];
const security = [{ session: [] }];

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/admin/audit',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          'The audit log, newest first: changes and reads of personal data, by staff member, person, dossier, action and period',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...staffErrors },
      },
    },
    async (request) => listAudit(db, { actor: requireActor(request), requestId: request.id }, request.query),
  );

  app.get(
    '/admin/audit/export',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'The filtered audit log as CSV (at most 50,000 rows); the export is itself recorded',
        produces: ['text/csv'],
        querystring: AuditExportQuery,
        response: { 200: CsvBody, ...staffErrors },
      },
    },
    async (request, reply) => {
      const { format = 'csv', ...filter } = request.query;
      const list = await exportAudit(db, { actor: requireActor(request), requestId: request.id }, filter);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="nhat-ky-truy-cap-${stamp}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(auditCsv(list, format));
    },
  );
};
