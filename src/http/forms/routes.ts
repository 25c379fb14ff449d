/**
 * The official forms (TT 03/2025) as PDFs, for staff who may see the dossier:
 *   GET /api/dossiers/{code}/forms/{form}.pdf — form: receipt | supplement | refusal | apology | stop |
 *       control-slip | declaration (also 01–06 by number, and "extension" for the apology); 404 FORM_NOT_AVAILABLE
 *       when the dossier has no such event (e.g. it was never refused).
 *   GET /api/registers/{agencyId}.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD — the tracking register (Mẫu 07) of a unit.
 * The file name is given in ASCII and, for browsers that read it, in Vietnamese (RFC 6266 filename*).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { invalid } from '../../domain/errors.js';
import {
  dossierForms,
  formAliases,
  renderDossierForm,
  type DossierForm,
  type RenderedForm,
} from '../../services/forms/forms.js';
import { renderUnitRegister } from '../../services/forms/register.js';
import { actingContext, requireActor } from '../shared/guard.js';
import { auditRead } from '../../services/audit/read.js';
import { readActions } from '../../domain/audit/purposes.js';
import { staffReplies, staffRoutes } from '../shared/routes.js';

const tags = ['forms'];
const staff = staffRoutes(tags);
/** A form takes ~50–150 ms of CPU: generous for a desk, a brake on scripts. */
const PDF_RATE = { max: 120, timeWindow: '1 minute' };

const formNames = [...dossierForms, ...Object.keys(formAliases)];

const FormParams = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 40, description: 'Dossier code' }),
  form: Type.String({
    minLength: 1,
    maxLength: 20,
    description: `One of ${formNames.join(', ')}`,
    examples: ['receipt'],
  }),
});
const RegisterParams = Type.Object({
  agencyId: Type.String({ minLength: 1, maxLength: 40, description: 'The unit’s agency id' }),
});
const RegisterQuery = Type.Object({
  from: Type.String({ minLength: 10, maxLength: 10, description: 'First day (YYYY-MM-DD, Vietnam)' }),
  to: Type.String({
    minLength: 10,
    maxLength: 10,
    description: 'Last day, included; at most a year after `from`',
  }),
});
/** The PDF body, described for OpenAPI (the reply is a Buffer and is not serialised). */
export const PdfBody = Type.Unsafe<Buffer>({
  type: 'string',
  format: 'binary',
  description: 'A PDF (A5 slip or A4 register)',
});

function formOf(name: string): DossierForm {
  const key = name.replace(/\.pdf$/i, '').toLowerCase();
  const form = (dossierForms as readonly string[]).includes(key) ? (key as DossierForm) : formAliases[key];
  if (!form) {
    const message = `Mẫu không tồn tại; chọn một trong: ${formNames.join(', ')}.`;
    throw invalid('VALIDATION_FAILED', message, [{ field: 'form', message }]);
  }
  return form;
}

export function sendPdf(reply: FastifyReply, r: RenderedForm) {
  return reply
    .type('application/pdf')
    .header(
      'content-disposition',
      `inline; filename="${r.fileName}"; filename*=UTF-8''${encodeURIComponent(r.title)}`,
    )
    .header('cache-control', 'private, no-store')
    .send(r.pdf);
}

export const formRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config } = app.deps;

  app.get(
    '/dossiers/:code/forms/:form',
    {
      ...staff('An official form of a dossier (TT 03/2025) as a PDF, filled from its history', {
        produces: ['application/pdf'],
        params: FormParams,
        response: staffReplies(PdfBody, 404),
      }),
      config: { rateLimit: PDF_RATE },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const form = formOf(request.params.form);
      const result = await renderDossierForm(database.db, actor, request.params.code, form, {
        publicUrl: config.publicUrl,
      });
      await auditRead(database.db, actingContext(request), {
        action: readActions.form,
        purpose: 'official_form',
        dossierCode: request.params.code,
        extra: { form },
      });
      return sendPdf(reply, result);
    },
  );

  app.get(
    '/registers/:agencyId',
    {
      ...staff('The tracking register (Mẫu 07) of a unit for a date range, as an A4 landscape PDF', {
        produces: ['application/pdf'],
        params: RegisterParams,
        querystring: RegisterQuery,
        response: staffReplies(PdfBody, 404),
      }),
      config: { rateLimit: PDF_RATE },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const agencyId = request.params.agencyId.replace(/\.pdf$/i, '');
      const result = await renderUnitRegister(database.db, actor, agencyId, request.query);
      await auditRead(database.db, actingContext(request), {
        action: readActions.register,
        purpose: 'register',
        entity: 'unit',
        entityId: agencyId,
        agencyId,
        extra: { from: request.query.from, to: request.query.to },
      });
      return sendPdf(reply, result);
    },
  );
};
