/**
 * The notification routes (messages, templates, citizens' preferences, units' SMS caps), with their schemas as
 * types (src/contracts/route.ts).
 */
import type { AgencyParams } from './common.js';
import type * as N from './notify.js';
import { del, get, post, put } from './route.js';

const templates = '/api/admin/notification-templates';
const preferences = '/api/notification-preferences';
const unitCap = '/api/admin/units/:agencyId/notification-cap';

export const notifyApi = {
  messages: get<typeof N.MessageList, { querystring: typeof N.MessageQuery }>('/api/admin/notifications'),
  resend: post<typeof N.Resent, { params: typeof N.IdParams }>('/api/admin/notifications/:id/resend'),
  templates: get<typeof N.TemplateList>(templates),
  preview: post<typeof N.Preview, { body: typeof N.PreviewBody }>(`${templates}/preview`),
  saveTemplate: put<typeof N.TemplateOut, { params: typeof N.TemplateParams; body: typeof N.TemplateBody }>(
    `${templates}/:event/:channel`,
  ),
  resetTemplate: del<typeof N.TemplateOut, { params: typeof N.TemplateParams }>(
    `${templates}/:event/:channel`,
  ),
  preference: get<typeof N.Preference, { querystring: typeof N.PhoneQuery }>(preferences),
  savePreference: put<typeof N.Preference, { body: typeof N.PreferenceInput }>(preferences),
  unitCap: get<typeof N.UnitCap, { params: typeof AgencyParams }>(unitCap),
  saveUnitCap: put<typeof N.UnitCap, { params: typeof AgencyParams; body: typeof N.UnitCapInput }>(unitCap),
};
