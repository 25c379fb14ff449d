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
import { get, post } from './route.js';

const draft = '/api/dossiers/:code/extension-draft';

export const alertsApi = {
  mine: get<typeof MyAlerts, { querystring: typeof AlertsQuery }>('/api/me/alerts'),
  readAll: post<typeof ReadAllAnswer>('/api/me/alerts/read-all'),
  read: post<typeof ReadAnswer, { params: typeof AlertParams }>('/api/me/alerts/:id/read'),
  draft: get<typeof Draft, { params: typeof CodeParams }>(draft),
  confirmDraft: post<typeof ConfirmAnswer, { params: typeof CodeParams; body: typeof ConfirmBody }>(
    `${draft}/confirm`,
  ),
};
