/**
 * /api/dossiers/{code}/attachments: scans attached to a dossier. The upload is the file itself as the request body
 * (Content-Type application/pdf, image/jpeg or image/png; at most 10 MB), with the checklist position and the
 * original file name in the query string — no multipart needed for one file from a scanner or a phone. A file the
 * citizen uploaded online is read from the file store (on disk, by its sha256).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Readable } from 'node:stream';
import { Type } from 'typebox';
import { attachmentTypes, MAX_ATTACHMENT_BYTES } from '../../domain/dossier/attachments.js';
import { addAttachment, listAttachments, readAttachment } from '../../services/dossier/attachments.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { Attachment, AttachmentUploadQuery, CodeParams } from '../../contracts/dossier.js';
import { ErrorResponse } from '../../contracts/common.js';
import { staffReplies, staffErrors } from '../shared/routes.js';
import { dossierStaff } from './options.js';
import { runCommand } from '../../db/transaction.js';
import { FileStore } from '../../adapters/storage/file-store.js';

const staff = dossierStaff;

const FileBody = Type.Unsafe<Buffer | Readable>({
  type: 'string',
  format: 'binary',
  description: 'The scan',
});

export const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const files = new FileStore(app.deps.config.dataDir);

  // The file arrives as the raw body; its real type is decided from its bytes by the service.
  app.addContentTypeParser(
    [...attachmentTypes],
    { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES + 1024 },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/dossiers/:code/attachments',
    {
      ...staff(
        'Attach a scan (PDF, JPEG or PNG; the body is the file) to a dossier or one of its documents',
        {
          params: CodeParams,
          querystring: AttachmentUploadQuery,
          response: {
            201: Attachment,
            ...staffErrors,
            404: ErrorResponse,
            413: ErrorResponse,
            415: ErrorResponse,
          },
        },
      ),
      bodyLimit: MAX_ATTACHMENT_BYTES + 1024,
    },
    async (request, reply) => {
      const ctx = actingContext(request);
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const info = await runCommand(db, addAttachment, ctx, request.params.code, {
        position: request.query.position,
        fileName: request.query.name,
        data,
      });
      return reply.status(201).send(info);
    },
  );

  app.get(
    '/dossiers/:code/attachments',
    staff('The scans attached to a dossier', {
      params: CodeParams,
      response: { 200: Type.Array(Attachment), ...staffErrors, 404: ErrorResponse },
    }),
    async (request) => listAttachments(db, requireActor(request), request.params.code),
  );

  app.get(
    '/dossiers/:code/attachments/:id',
    staff('One scan, as the file', {
      params: Type.Object({ code: CodeParams.properties.code, id: Type.String({ format: 'uuid' }) }),
      produces: [...attachmentTypes],
      response: staffReplies(FileBody, 404),
    }),
    async (request, reply) => {
      const file = await readAttachment(db, requireActor(request), request.params.code, request.params.id);
      const ascii = file.fileName
        .normalize('NFD')
        .replace(/[^\x20-\x7e]/g, '')
        .replace(/"/g, '');
      return reply
        .type(file.contentType)
        .header(
          'content-disposition',
          `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.data ?? files.open(file.sha256));
    },
  );
};
