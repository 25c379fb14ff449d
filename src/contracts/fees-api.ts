/**
 * The fee routes the web calls (what a procedure costs per channel; the province administrator's fee policies),
 * with their schemas as types (src/contracts/route.ts).
 */
import { get, post, put } from './route.js';
import type * as S from './fees.js';

export const feesApi = {
  procedureFees: get<
    typeof S.FeeAssessment,
    { params: typeof S.FeesParams; querystring: typeof S.FeesQuery }
  >('/api/procedures/:code/fees'),
  policies: get<typeof S.FeePolicyList>('/api/admin/fees/policies'),
  addPolicy: post<typeof S.FeePolicy, { body: typeof S.PolicyBody }>('/api/admin/fees/policies'),
  correctPolicy: put<typeof S.FeePolicy, { params: typeof S.PolicyParams; body: typeof S.PolicyCorrectBody }>(
    '/api/admin/fees/policies/:id',
  ),
  endPolicy: post<typeof S.FeePolicy, { params: typeof S.PolicyParams; body: typeof S.PolicyEndBody }>(
    '/api/admin/fees/policies/:id/end',
  ),
};
