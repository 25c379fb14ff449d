/**
 * The deadline alert routes (my alerts, marking them read) and the apology-and-extension drafts, with their schemas
 * as types (src/contracts/route.ts).
 */
import type * as A from './alerts.js';
import type { CodeParams } from './dossier.js';
import { get, post } from './route.js';

const draft = '/api/dossiers/:code/extension-draft';

export const alertsApi = {
  mine: get<typeof A.MyAlerts, { querystring: typeof A.AlertsQuery }>('/api/me/alerts'),
  readAll: post<typeof A.ReadAllAnswer>('/api/me/alerts/read-all'),
  read: post<typeof A.ReadAnswer, { params: typeof A.AlertParams }>('/api/me/alerts/:id/read'),
  draft: get<typeof A.Draft, { params: typeof CodeParams }>(draft),
  confirmDraft: post<typeof A.ConfirmAnswer, { params: typeof CodeParams; body: typeof A.ConfirmBody }>(
    `${draft}/confirm`,
  ),
};
