/**
 * The notification routes (messages, templates, citizens' preferences, units' SMS caps), with their schemas as
 * types (src/contracts/route.ts).
 */
import type { AgencyParams } from './common.js';
import type {
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
} from './notify.js';
import { del, get, post, put } from './route.js';

const templates = '/api/admin/notification-templates';
const preferences = '/api/notification-preferences';
const unitCap = '/api/admin/units/:agencyId/notification-cap';

export const notifyApi = {
  messages: get<typeof MessageList, { querystring: typeof MessageQuery }>('/api/admin/notifications'),
  resend: post<typeof Resent, { params: typeof IdParams }>('/api/admin/notifications/:id/resend'),
  templates: get<typeof TemplateList>(templates),
  preview: post<typeof Preview, { body: typeof PreviewBody }>(`${templates}/preview`),
  saveTemplate: put<typeof TemplateOut, { params: typeof TemplateParams; body: typeof TemplateBody }>(
    `${templates}/:event/:channel`,
  ),
  resetTemplate: del<typeof TemplateOut, { params: typeof TemplateParams }>(`${templates}/:event/:channel`),
  preference: get<typeof Preference, { querystring: typeof PhoneQuery }>(preferences),
  savePreference: put<typeof Preference, { body: typeof PreferenceInput }>(preferences),
  unitCap: get<typeof UnitCap, { params: typeof AgencyParams }>(unitCap),
  saveUnitCap: put<typeof UnitCap, { params: typeof AgencyParams; body: typeof UnitCapInput }>(unitCap),
};
