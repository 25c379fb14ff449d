/**
 * The deadline alert routes (my alerts, marking them read) and the apology-and-extension drafts, with their schemas
 * as types (src/contracts/route.ts).
 */
import type {
  AlertParams,
  AlertsQuery,
  ConfirmAnswer,
  ConfirmBody,
  Draft,
  MyAlerts,
  ReadAllAnswer,
  ReadAnswer,
} from './alerts.js';
import type { CodeParams } from './dossier.js';
import { route } from './route.js';

const draft = '/api/dossiers/:code/extension-draft';

export const alertsApi = {
  mine: route<{ querystring: typeof AlertsQuery; response: typeof MyAlerts }>('GET', '/api/me/alerts'),
  readAll: route<{ response: typeof ReadAllAnswer }>('POST', '/api/me/alerts/read-all'),
  read: route<{ params: typeof AlertParams; response: typeof ReadAnswer }>('POST', '/api/me/alerts/:id/read'),
  draft: route<{ params: typeof CodeParams; response: typeof Draft }>('GET', draft),
  confirmDraft: route<{
    params: typeof CodeParams;
    body: typeof ConfirmBody;
    response: typeof ConfirmAnswer;
  }>('POST', `${draft}/confirm`),
};
