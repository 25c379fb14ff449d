/**
 * The public catalogue (no login): search, one procedure, its versions, fields. Rate-limited generously per client
 * address and cacheable: search and field answers carry a validator built from the catalogue revision, a procedure
 * its version id; If-None-Match gets 304.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  getProcedure,
  listFieldsWithCounts,
  listProcedureVersions,
  searchProcedures,
} from '../../services/catalogue/queries.js';
import { catalogueIndexFor } from '../../services/catalogue/index-cache.js';
import { documentView } from '../../domain/checklist/views.js';
import {
  AtQuery,
  CodeParams,
  FieldList,
  ProcedureDetail,
  ProcedureList,
  ProcedureQuery,
  VersionList,
} from '../../contracts/catalogue.js';
import { ErrorResponse } from '../../contracts/common.js';
import { publicRoutes, replies } from '../shared/routes.js';

const tags = ['catalogue'];
const NotModified = Type.Null({ description: 'Not modified (If-None-Match matched the ETag)' });
/** Per client address; a busy commune office behind one address stays far below it. */
export const PUBLIC_RATE = { max: 1200, timeWindow: '1 minute' };
const publicRoute = publicRoutes(tags, PUBLIC_RATE);

/** Sets the validators; answers 304 (and returns true) when the client already has this representation. */
function notModified(
  request: FastifyRequest,
  reply: FastifyReply,
  etag: string,
  maxAgeSeconds: number,
): boolean {
  reply.header('etag', etag);
  reply.header('cache-control', `public, max-age=${maxAgeSeconds}`);
  const given = request.headers['if-none-match'];
  return typeof given === 'string' && given.split(',').some((t) => t.trim() === etag);
}

export const publicCatalogueRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/procedures',
    publicRoute('Search the procedures in force (diacritic-insensitive), or list them by field and name', {
      querystring: ProcedureQuery,
      response: { 200: ProcedureList, 304: NotModified, 400: ErrorResponse },
    }),
    async (request, reply) => {
      const { q, field, level, unit, limit = 20, offset = 0 } = request.query;
      const result = await searchProcedures(db, {
        ...(q !== undefined ? { q } : {}),
        ...(field ? { field } : {}),
        ...(level ? { level } : {}),
        ...(unit !== undefined ? { unit } : {}),
        limit,
        offset,
      });
      if (notModified(request, reply, `W/"c${result.revision}-${result.day}"`, 30)) {
        return reply.code(304).send(null);
      }
      return { items: result.items, total: result.total };
    },
  );

  app.get(
    '/procedures/:code',
    publicRoute('A procedure as in force today (or at ?at=YYYY-MM-DD): the whole record and its version', {
      params: CodeParams,
      querystring: AtQuery,
      response: { 200: ProcedureDetail, 304: NotModified, 400: ErrorResponse, 404: ErrorResponse },
    }),
    async (request, reply) => {
      const v = await getProcedure(db, request.params.code, request.query.at);
      if (notModified(request, reply, `"${v.id}"`, 60)) return reply.code(304).send(null);
      return {
        ...v.record,
        questions: v.record.questions ?? [],
        documents: v.record.documents.map((d) => documentView(v.record, d)),
        version: { id: v.id, no: v.no, effectiveFrom: v.effectiveFrom },
      };
    },
  );

  app.get(
    '/procedures/:code/versions',
    publicRoute('Every version of a procedure, oldest first, with the one in force today marked', {
      params: CodeParams,
      response: { 200: VersionList, 304: NotModified, 400: ErrorResponse, 404: ErrorResponse },
    }),
    async (request, reply) => {
      // Throws 404 for anything that is not a known code, so the code is safe in a header after this line.
      const items = await listProcedureVersions(db, request.params.code);
      const { revision, day } = await catalogueIndexFor(db).current();
      if (notModified(request, reply, `W/"c${revision}-${day}-${request.params.code}"`, 30)) {
        return reply.code(304).send(null);
      }
      return { code: request.params.code, items };
    },
  );

  app.get(
    '/fields',
    publicRoute('Fields (lĩnh vực) with the number of procedures in force in each', {
      response: replies(FieldList),
    }),
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=60');
      return { items: await listFieldsWithCounts(db) };
    },
  );
};
