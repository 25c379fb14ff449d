/**
 * The audit log for administrators: GET /api/admin/audit (filters, pages) and /api/admin/audit/export (CSV).
 * Who sees which rows: services/audit/log.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { auditCsv } from '../../domain/audit/csv.js';
import { exportAudit, listAudit } from '../../services/audit/log.js';
import { actingContext } from '../shared/guard.js';
import { AuditExportQuery, AuditPage, AuditQuery, CsvBody } from '../../contracts/audit.js';
import { staffReplies, staffRoutes } from '../shared/routes.js';

const tags = ['audit'];
const staff = staffRoutes(tags);

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/admin/audit',
    staff(
      'The audit log, newest first: changes and reads of personal data, by staff member, person, dossier, action and period',
      {
        querystring: AuditQuery,
        response: staffReplies(AuditPage),
      },
    ),
    async (request) => listAudit(db, actingContext(request), request.query),
  );

  app.get(
    '/admin/audit/export',
    staff('The filtered audit log as CSV (at most 50,000 rows); the export is itself recorded', {
      produces: ['text/csv'],
      querystring: AuditExportQuery,
      response: staffReplies(CsvBody),
    }),
    async (request, reply) => {
      const { format = 'csv', ...filter } = request.query;
      const list = await exportAudit(db, actingContext(request), filter);
      const stamp = new Date().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="nhat-ky-truy-cap-${stamp}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(auditCsv(list, format));
    },
  );
};
