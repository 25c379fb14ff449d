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
import { actingContext, requireActor } from '../shared/guard.js';
import { auditRead } from '../../services/audit/read.js';
import { readActions } from '../../domain/audit/purposes.js';
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
} from '../../contracts/notify.js';
import { AgencyParams } from '../../contracts/common.js';
import { staffReplies, staffRoutes } from '../shared/routes.js';
import { runCommand } from '../../db/transaction.js';

const tags = ['notifications'];
const staff = staffRoutes(tags);

export const notifyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { db } = app.deps.database;

  app.get(
    '/admin/notifications',
    staff('Messages of the units in scope, newest first; search by phone, email or dossier code', {
      querystring: MessageQuery,
      response: staffReplies(MessageList, 404, 409),
    }),
    async (request) => listMessages(db, requireActor(request), request.query),
  );

  app.post(
    '/admin/notifications/:id/resend',
    staff('Send a failed message again (a new attempt); audited', {
      params: IdParams,
      response: staffReplies(Resent, 404, 409),
    }),
    async (request) => runCommand(db, resendMessage, actingContext(request), request.params.id),
  );

  app.get(
    '/admin/notification-templates',
    staff(
      'Every template per event and channel (the built-in one when none is saved), and the placeholders',
      {
        response: staffReplies(TemplateList, 404, 409),
      },
    ),
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
    staff(
      'A template rendered with sample values, its SMS segment count and what would stop it being saved',
      {
        body: PreviewBody,
        response: staffReplies(Preview, 404, 409),
      },
    ),
    async (request) => {
      if (!canAnywhere(requireActor(request), 'notify.templates')) throw forbidden();
      const { channel, body } = request.body;
      return { ...previewTemplate(channel, body), issues: checkTemplate(channel, body) };
    },
  );

  app.put(
    '/admin/notification-templates/:event/:channel',
    staff('Save a template (400 TEMPLATE_UNKNOWN_PLACEHOLDER, TEMPLATE_TOO_LONG, …); audited', {
      params: TemplateParams,
      body: TemplateBody,
      response: staffReplies(TemplateOut, 404, 409),
    }),
    async (request) =>
      runCommand(db, saveTemplate, actingContext(request), request.params, request.body.body),
  );

  app.delete(
    '/admin/notification-templates/:event/:channel',
    staff('Go back to the built-in template; audited', {
      params: TemplateParams,
      response: staffReplies(TemplateOut, 404, 409),
    }),
    async (request) => runCommand(db, resetTemplate, actingContext(request), request.params),
  );

  app.get(
    '/notification-preferences',
    staff("A citizen's channel and SMS opt-out, by phone (desk staff)", {
      querystring: PhoneQuery,
      response: staffReplies(Preference, 404, 409),
    }),
    async (request) => {
      const actor = requireActor(request);
      const preference = await getPreference(db, actor, request.query.phone);
      await auditRead(db, actingContext(request), {
        action: readActions.preferences,
        purpose: 'notification_preferences',
        phone: request.query.phone,
      });
      return preference;
    },
  );

  app.put(
    '/notification-preferences',
    staff("Record a citizen's channel and SMS opt-out at their request (one-time codes still go); audited", {
      body: PreferenceInput,
      response: staffReplies(Preference, 404, 409),
    }),
    async (request) => runCommand(db, setPreference, actingContext(request), request.body),
  );

  app.get(
    '/admin/units/:agencyId/notification-cap',
    staff("A unit's daily cap of non-urgent SMS", {
      params: AgencyParams,
      response: staffReplies(UnitCap, 404, 409),
    }),
    async (request) => getUnitCap(db, requireActor(request), request.params.agencyId),
  );

  app.put(
    '/admin/units/:agencyId/notification-cap',
    staff("Set a unit's daily SMS cap (null: the default); over it, messages wait for 07:00 next day", {
      params: AgencyParams,
      body: UnitCapInput,
      response: staffReplies(UnitCap, 404, 409),
    }),
    async (request) =>
      runCommand(db, setUnitCap, actingContext(request), request.params.agencyId, request.body.dailySmsCap),
  );
};
