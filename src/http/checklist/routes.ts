/**
 * The checklist for a citizen's answers: GET /api/procedures/{code}/checklist?answers=…[&case=…] (JSON) and
 * …/checklist.pdf (A4 PDF); a short checklist link's content, GET /api/checklist-links/{code}; and GET /api/portal/site,
 * what the citizen portal shows on every page (the centre, the sample-data notice, the public URL for QR codes).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { getAnsweredChecklist, toAnsweredView } from '../../services/checklist/answered.js';
import { getSiteInfo, renderProcedureChecklist } from '../../services/checklist/checklist.js';
import { getChecklistLink } from '../../services/checklist/links.js';
import { PUBLIC_RATE } from '../catalogue/public-routes.js';
import { AtQuery, CodeParams } from '../../contracts/catalogue.js';
import {
  AnsweredChecklist,
  ChecklistLink,
  ChecklistQuery,
  LinkParams,
  SiteInfo,
} from '../../contracts/checklist.js';
import { replies } from '../shared/routes.js';

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
        response: replies(PdfBody, 400, 404),
      },
    },
    async (request, reply) => {
      const result = await renderProcedureChecklist(database.db, {
        code: request.params.code,
        ...(request.query.case !== undefined ? { caseName: request.query.case } : {}),
        ...(request.query.answers !== undefined ? { answers: request.query.answers } : {}),
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
    '/procedures/:code/checklist',
    {
      config: { rateLimit: PUBLIC_RATE },
      schema: {
        tags: ['catalogue'],
        summary: 'The documents a citizen needs for their answers to the procedure’s questions',
        description:
          'Exactly the documents that are needed for these answers (always needed, or whose condition holds), then ' +
          'those that depend on a question not answered yet (`status: unanswered`), and those questions. ' +
          'An unknown question or answer is a 400 naming it (CHECKLIST_UNKNOWN_QUESTION, CHECKLIST_UNKNOWN_ANSWER).',
        params: CodeParams,
        querystring: Type.Object({ ...ChecklistQuery.properties, ...AtQuery.properties }),
        response: replies(AnsweredChecklist, 400, 404),
      },
    },
    async (request) => {
      const { answers, case: caseName, at } = request.query;
      return toAnsweredView(
        await getAnsweredChecklist(database.db, { code: request.params.code, answers, caseName, at }),
      );
    },
  );

  app.get(
    '/checklist-links/:code',
    {
      config: { rateLimit: PUBLIC_RATE },
      schema: {
        tags: ['catalogue'],
        summary: 'A short checklist link sent in a message: the checklist it shows, or that it has expired',
        params: LinkParams,
        response: replies(ChecklistLink, 404),
      },
    },
    async (request, reply) => {
      const link = await getChecklistLink(database.db, request.params.code);
      reply.header('cache-control', 'no-cache');
      if (link.status === 'expired') {
        return {
          status: link.status,
          code: link.code,
          expiresAt: link.expiresAt.toISOString(),
          procedure: link.procedure,
        };
      }
      return {
        status: link.status,
        code: link.code,
        expiresAt: link.expiresAt.toISOString(),
        checklist: toAnsweredView(link.checklist),
      };
    },
  );

  app.get(
    '/portal/site',
    {
      schema: {
        tags: ['portal'],
        summary: 'What every citizen page shows: the centre, its hotline, and whether the data is a sample',
        response: replies(SiteInfo),
      },
    },
    async () => getSiteInfo(database.db, config.publicUrl),
  );
};
