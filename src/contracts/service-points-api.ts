/**
 * The service-point routes (the unit administrator's and the helper's), with their schemas as types
 * (src/contracts/route.ts).
 */
import { get, patch, post } from './route.js';
import type * as S from './service-points.js';
import type { DossierSummary, OtpSent } from './dossier.js';

export const servicePointApi = {
  list: get<typeof S.ServicePointList>('/api/admin/service-points'),
  create: post<typeof S.ServicePoint, { body: typeof S.PointCreateBody }>('/api/admin/service-points'),
  patch: patch<typeof S.ServicePoint, { params: typeof S.PointIdParams; body: typeof S.PointPatchBody }>(
    '/api/admin/service-points/:id',
  ),
  stats: get<typeof S.PointStats, { querystring: typeof S.PointStatsQuery }>(
    '/api/admin/service-points/stats',
  ),
  mine: get<typeof S.HelperPoint>('/api/service-point'),
  otp: post<typeof OtpSent, { body: typeof S.OnBehalfOtpBody }>('/api/service-point/otp'),
  submit: post<typeof DossierSummary, { body: typeof S.OnBehalfBody }>('/api/service-point/dossiers'),
  submissions: get<typeof S.HelperSubmissions>('/api/service-point/dossiers'),
  /** multipart/form-data, the part `file` (sent by the page's upload helper, not by `call`). */
  upload: post<typeof S.HelperFile>('/api/service-point/files'),
};
