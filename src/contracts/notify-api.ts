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
import { route } from './route.js';

const templates = '/api/admin/notification-templates';
const preferences = '/api/notification-preferences';
const unitCap = '/api/admin/units/:agencyId/notification-cap';

export const notifyApi = {
  messages: route<{ querystring: typeof MessageQuery; response: typeof MessageList }>(
    'GET',
    '/api/admin/notifications',
  ),
  resend: route<{ params: typeof IdParams; response: typeof Resent }>(
    'POST',
    '/api/admin/notifications/:id/resend',
  ),
  templates: route<{ response: typeof TemplateList }>('GET', templates),
  preview: route<{ body: typeof PreviewBody; response: typeof Preview }>('POST', `${templates}/preview`),
  saveTemplate: route<{
    params: typeof TemplateParams;
    body: typeof TemplateBody;
    response: typeof TemplateOut;
  }>('PUT', `${templates}/:event/:channel`),
  resetTemplate: route<{ params: typeof TemplateParams; response: typeof TemplateOut }>(
    'DELETE',
    `${templates}/:event/:channel`,
  ),
  preference: route<{ querystring: typeof PhoneQuery; response: typeof Preference }>('GET', preferences),
  savePreference: route<{ body: typeof PreferenceInput; response: typeof Preference }>('PUT', preferences),
  unitCap: route<{ params: typeof AgencyParams; response: typeof UnitCap }>('GET', unitCap),
  saveUnitCap: route<{ params: typeof AgencyParams; body: typeof UnitCapInput; response: typeof UnitCap }>(
    'PUT',
    unitCap,
  ),
};
