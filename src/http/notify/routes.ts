/**
 * Notification administration: messages (GET /api/admin/notifications, POST …/{id}/resend), templates
 * (GET /api/admin/notification-templates, PUT/DELETE …/{event}/{channel}, POST …/preview), citizens' channel
 * preferences recorded at the desk (GET/PUT /api/notification-preferences) and units' daily SMS caps
 * (GET/PUT /api/admin/units/{agencyId}/notification-cap). Permissions are checked in the services; changes audited.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkTemplate, MAX_SMS_SEGMENTS, placeholders } from '../../domain/notify/templates.js';
import { canAnywhere } from '../../domain/org/roles.js';
import { forbidden } from '../../domain/errors.js';
import { listMessages, resendMessage } from '../../services/notify/messages.js';
import { getPreference, getUnitCap, setPreference, setUnitCap } from '../../services/notify/preferences.js';
import {
  listTemplates,
  previewTemplate,
  resetTemplate,
  saveTemplate,
} from '../../services/notify/templates.js';
import { requireActor } from '../auth/guard.js';
import { auditRead } from '../../services/audit/read.js';
import { readActions } from '../../domain/audit/purposes.js';
import { authenticated } from '../auth/routes.js';
import { ErrorResponse, staffErrors } from '../auth/schemas.js';
import { AgencyParams } from '../day-modes/schemas.js';
import {
  IdParams,
  MessageList,
  MessageQuery,
  PhoneQuery,
  Preference,
  PreferenceInput,
  Preview,
  PreviewBody,
  Resent,
  TemplateBody,
  TemplateList,
  TemplateOut,
  TemplateParams,
  UnitCap,
  UnitCapInput,
} from './schemas.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['notifications'];
const security = [{ session: [] }];
const errors = { ...staffErrors, 404: ErrorResponse, 409: ErrorResponse };

export const notifyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;
  const ctxOf = (request: Parameters<typeof requireActor>[0]) => ({
    actor: requireActor(request),
    requestId: request.id,
  });

  app.get(
    '/admin/notifications',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Messages of the units in scope, newest first; search by phone, email or dossier code',
        querystring: MessageQuery,
        response: { 200: MessageList, ...errors },
      },
    },
    async (request) => listMessages(db, requireActor(request), request.query),
  );

  app.post(
    '/admin/notifications/:id/resend',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Send a failed message again (a new attempt); audited',
        params: IdParams,
        response: { 200: Resent, ...errors },
      },
    },
    async (request) => runCommand(db, resendMessage, ctxOf(request), request.params.id),
  );

  app.get(
    '/admin/notification-templates',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          'Every template per event and channel (the built-in one when none is saved), and the placeholders',
        response: { 200: TemplateList, ...errors },
      },
    },
    async (request) => ({
      items: await listTemplates(db, requireActor(request)),
      placeholders: Object.entries(placeholders).map(([name, p]) => ({
        name,
        label: p.label,
        sample: p.sample,
      })),
      maxSmsSegments: MAX_SMS_SEGMENTS,
    }),
  );

  app.post(
    '/admin/notification-templates/preview',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          'A template rendered with sample values, its SMS segment count and what would stop it being saved',
        body: PreviewBody,
        response: { 200: Preview, ...errors },
      },
    },
    async (request) => {
      if (!canAnywhere(requireActor(request), 'notify.templates')) throw forbidden();
      const { channel, body } = request.body;
      return { ...previewTemplate(channel, body), issues: checkTemplate(channel, body) };
    },
  );

  app.put(
    '/admin/notification-templates/:event/:channel',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Save a template (400 TEMPLATE_UNKNOWN_PLACEHOLDER, TEMPLATE_TOO_LONG, …); audited',
        params: TemplateParams,
        body: TemplateBody,
        response: { 200: TemplateOut, ...errors },
      },
    },
    async (request) => runCommand(db, saveTemplate, ctxOf(request), request.params, request.body.body),
  );

  app.delete(
    '/admin/notification-templates/:event/:channel',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: 'Go back to the built-in template; audited',
        params: TemplateParams,
        response: { 200: TemplateOut, ...errors },
      },
    },
    async (request) => runCommand(db, resetTemplate, ctxOf(request), request.params),
  );

  app.get(
    '/notification-preferences',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "A citizen's channel and SMS opt-out, by phone (desk staff)",
        querystring: PhoneQuery,
        response: { 200: Preference, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const preference = await getPreference(db, actor, request.query.phone);
      await auditRead(
        db,
        { actor, requestId: request.id },
        {
          action: readActions.preferences,
          purpose: 'notification_preferences',
          phone: request.query.phone,
        },
      );
      return preference;
    },
  );

  app.put(
    '/notification-preferences',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary:
          "Record a citizen's channel and SMS opt-out at their request (one-time codes still go); audited",
        body: PreferenceInput,
        response: { 200: Preference, ...errors },
      },
    },
    async (request) => runCommand(db, setPreference, ctxOf(request), request.body),
  );

  app.get(
    '/admin/units/:agencyId/notification-cap',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "A unit's daily cap of non-urgent SMS",
        params: AgencyParams,
        response: { 200: UnitCap, ...errors },
      },
    },
    async (request) => getUnitCap(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/notification-cap',
    {
      onRequest: authenticated,
      schema: {
        tags,
        security,
        summary: "Set a unit's daily SMS cap (null: the default); over it, messages wait for 07:00 next day",
        params: AgencyParams,
        body: UnitCapInput,
        response: { 200: UnitCap, ...errors },
      },
    },
    async (request) =>
      runCommand(db, setUnitCap, ctxOf(request), request.params.agencyId, request.body.dailySmsCap),
  );
};
