/**
 * The printable checklist: GET /api/procedures/{code}/checklist.pdf[?case=…] (A4 PDF), and GET /api/portal/site,
 * what the citizen portal shows on every page (the centre, the sample-data notice, the public URL for QR codes).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getSiteInfo, renderProcedureChecklist } from '../../services/checklist/checklist.js';
import { ErrorResponse } from '../auth/schemas.js';

const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 200 }) });
const ChecklistQuery = Type.Object({
  case: Type.Optional(
    Type.String({ minLength: 1, maxLength: 300, description: 'One of the procedure’s cases; default: all' }),
  ),
});
const SiteInfo = Type.Object({
  centre: Type.Object({
    agencyId: Type.String({ description: 'Agency id (mã định danh) of the provincial centre' }),
    name: Type.String(),
    parent: Type.String(),
    hotline: Type.String(),
  }),
  sampleData: Type.Boolean({ description: 'The catalogue is demo data: portal pages say so' }),
  publicUrl: Type.String({ description: 'Base URL of the public pages, used in QR codes' }),
});
/** The PDF body, described for OpenAPI (the reply is a Buffer and is not serialised). */
const PdfBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'An A4 PDF' });

/** A PDF takes ~50–100 ms of CPU: generous for people, a brake on scripts. */
const PDF_RATE = { max: 60, timeWindow: '1 minute' };

export const checklistRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config } = app.deps;

  app.get(
    '/procedures/:code/checklist.pdf',
    {
      config: { rateLimit: PDF_RATE },
      schema: {
        tags: ['catalogue'],
        summary: 'The documents-to-bring checklist of a procedure as an A4 PDF, with a QR code to its page',
        produces: ['application/pdf'],
        params: CodeParams,
        querystring: ChecklistQuery,
        response: { 200: PdfBody, 400: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request, reply) => {
      const result = await renderProcedureChecklist(database.db, {
        code: request.params.code,
        ...(request.query.case !== undefined ? { caseName: request.query.case } : {}),
        publicUrl: config.publicUrl,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${result.filename}"`)
        .header('cache-control', 'no-cache')
        .header('x-procedure-version', result.versionId)
        .send(result.pdf);
    },
  );

  app.get(
    '/portal/site',
    {
      schema: {
        tags: ['portal'],
        summary: 'What every citizen page shows: the centre, its hotline, and whether the data is a sample',
        response: { 200: SiteInfo },
      },
    },
    async () => getSiteInfo(database.db, config.publicUrl),
  );
};
