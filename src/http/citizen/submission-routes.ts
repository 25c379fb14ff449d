/**
 * The citizen's online submission under /api/citizen (registered by ./routes.ts, so the citizen's session and CSRF
 * hook run first): drafts, their files (multipart uploads streamed to the file store, or a document reused from
 * "Giấy tờ của tôi"), submit, "Giấy tờ của tôi", and the supplement upload. Every route needs a citizen session
 * (401 before the body is read); a staff session is none. Another citizen's draft or dossier is a 404.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import * as S from '../../contracts/citizen-submission.js';
import { Ok } from '../../contracts/auth.js';
import { inTransaction, runCommand } from '../../db/transaction.js';
import { FileStore } from '../../adapters/storage/file-store.js';
import {
  createDraft,
  deleteDraft,
  getDraft,
  listDrafts,
  saveDraft,
  type Owner,
} from '../../services/citizen/drafts.js';
import {
  addDraftFile,
  checkDraftUpload,
  listMyDocuments,
  removeDraftFile,
  reuseDocument,
} from '../../services/citizen/files.js';
import { submitDraft } from '../../services/citizen/submit.js';
import {
  addSupplementFile,
  checkSupplementUpload,
  markSupplementSent,
} from '../../services/citizen/supplement.js';
import { created, replies } from '../shared/routes.js';
import { citizenAuthenticated, citizenOf } from './session.js';
import { receiveFile } from './upload.js';

const tags = ['citizen'];
const security = [{ citizenSession: [] }];
/** The citizen's own session and CSRF token guard these writes (./session.ts), not the staff's. */
const write = { csrf: false };

const owner = (request: FastifyRequest): Owner => citizenOf(request);

export const submissionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;
  const store = new FileStore(config.dataDir);
  await app.register(multipart, { limits: { files: 1, fields: 5, parts: 6 } });

  const route = <Sc extends object>(summary: string, schema: Sc) => ({
    onRequest: citizenAuthenticated,
    schema: { tags, summary, security, ...schema },
  });

  app.get(
    '/citizen/drafts',
    route('The citizen’s drafts not yet submitted', { response: replies(S.DraftList, 401) }),
    (request) => listDrafts(db, owner(request)),
  );

  app.post(
    '/citizen/drafts',
    {
      ...route(
        'Start a submission for a procedure offered online (full or partial), at a unit that does it',
        {
          body: S.DraftCreateBody,
          response: created(S.Draft, 400, 401, 403, 404),
        },
      ),
      config: write,
    },
    async (request, reply) =>
      reply.status(201).send(await runCommand(db, createDraft, owner(request), request.body)),
  );

  app.get(
    '/citizen/drafts/:id',
    route('One draft with its papers and files', {
      params: S.DraftIdParams,
      response: replies(S.Draft, 401, 404),
    }),
    (request) => getDraft(db, owner(request), request.params.id),
  );

  app.put(
    '/citizen/drafts/:id',
    {
      ...route('Save the unit, the case answers, the form values and the applicant’s details', {
        params: S.DraftIdParams,
        body: S.DraftSaveBody,
        response: replies(S.Draft, 400, 401, 403, 404, 409),
      }),
      config: write,
    },
    (request) => runCommand(db, saveDraft, owner(request), request.params.id, request.body),
  );

  app.delete(
    '/citizen/drafts/:id',
    {
      ...route('Delete a draft', { params: S.DraftIdParams, response: replies(Ok, 401, 403, 404, 409) }),
      config: write,
    },
    (request) => runCommand(db, deleteDraft, owner(request), request.params.id),
  );

  app.post(
    '/citizen/drafts/:id/files',
    {
      ...route(
        'Upload a paper of the draft (multipart, part "file": PDF, JPEG or PNG by content, at most 10 MB)',
        {
          params: S.DraftIdParams,
          querystring: S.UploadQuery,
          consumes: ['multipart/form-data'],
          response: created(S.UploadedFile, 400, 401, 403, 404, 409, 413),
        },
      ),
      config: write,
    },
    async (request, reply) => {
      const who = owner(request);
      const { id } = request.params;
      const { position } = request.query;
      const file = await receiveFile(request, store, (room) => checkDraftUpload(db, who, id, position, room));
      const saved = await runCommand(db, addDraftFile, who, id, { ...file, position });
      return reply.status(201).send(saved);
    },
  );

  app.post(
    '/citizen/drafts/:id/files/reuse',
    {
      ...route(
        'Use a document of "Giấy tờ của tôi" for a paper of the draft (the same stored file, no copy)',
        {
          params: S.DraftIdParams,
          body: S.ReuseBody,
          response: created(S.UploadedFile, 400, 401, 403, 404, 409, 413),
        },
      ),
      config: write,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await runCommand(db, reuseDocument, store, owner(request), request.params.id, request.body)),
  );

  app.delete(
    '/citizen/drafts/:id/files/:fileId',
    {
      ...route('Remove a file from a draft', {
        params: S.DraftFileParams,
        response: replies(Ok, 401, 403, 404, 409),
      }),
      config: write,
    },
    (request) => runCommand(db, removeDraftFile, owner(request), request.params.id, request.params.fileId),
  );

  app.post(
    '/citizen/drafts/:id/submit',
    {
      ...route(
        'Submit the draft: the dossier is created (status submitted), its files attached, an SMS queued',
        {
          params: S.DraftIdParams,
          response: created(S.Submitted, 400, 401, 403, 404),
        },
      ),
      config: write,
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await submitDraft(db, owner(request), request.params.id, { publicUrl: config.publicUrl })),
  );

  app.get(
    '/citizen/documents',
    route('"Giấy tờ của tôi": the files of the citizen’s dossiers, reusable in a new submission', {
      response: replies(S.MyDocuments, 401),
    }),
    (request) => listMyDocuments(db, owner(request)),
  );

  app.post(
    '/citizen/dossiers/:code/supplement/files',
    {
      ...route('Upload a paper asked for in a supplement request (the dossier waits for a supplement)', {
        params: S.DossierCodeParams,
        querystring: S.UploadQuery,
        consumes: ['multipart/form-data'],
        response: created(S.UploadedFile, 400, 401, 403, 404, 409, 413),
      }),
      config: write,
    },
    async (request, reply) => {
      const who = owner(request);
      const { code } = request.params;
      const { position } = request.query;
      const file = await receiveFile(request, store, (room) =>
        checkSupplementUpload(db, who, code, position, room),
      );
      const saved = await runCommand(db, addSupplementFile, who, code, { ...file, position });
      return reply.status(201).send(saved);
    },
  );

  app.post(
    '/citizen/dossiers/:code/supplement/sent',
    {
      ...route('Mark the supplement uploaded as sent; the officer then receives it', {
        params: S.DossierCodeParams,
        response: replies(S.SupplementSent, 400, 401, 403, 404, 409),
      }),
      config: write,
    },
    (request) => inTransaction(db, (trx) => markSupplementSent(trx, owner(request), request.params.code)),
  );
};
