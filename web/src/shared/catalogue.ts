/**
 * The catalogue API as the browser sees it (GET /api/procedures, /api/procedures/{code}, /api/fields), with
 * TanStack Query hooks shared by the portal, the desk and the hotline.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProcedureRecord } from '../../../src/domain/catalogue/record.js';
import { formatAnswers, type Answers } from '../../../src/domain/checklist/conditions.js';
import { recordFromView } from '../../../src/domain/checklist/views.js';
import { catalogueApi } from '../../../src/contracts/catalogue-api.js';
import type { ProcedureQuery } from '../../../src/contracts/catalogue.js';
import { checklistApi } from '../../../src/contracts/checklist-api.js';
import { ApiError } from './api.js';
import { call, type Answer } from './client.js';

export type ProcedureList = Answer<typeof catalogueApi.search>;
export type ProcedureSummary = ProcedureList['items'][number];
export type SiteInfo = Answer<typeof checklistApi.site>;
export type Field = Answer<typeof catalogueApi.fields>['items'][number];

/** A procedure in force in the record's own shape (conditions as `{question, answers}`), and which version it is. */
export type ProcedureDetail = ProcedureRecord & { version: Answer<typeof catalogueApi.inForce>['version'] };

/**
 * A procedure as in force, in the record's own shape, so that the rules of src/domain/checklist run on it as on
 * the server. Every page reading a procedure uses this (one cache entry).
 */
export async function fetchProcedure(code: string): Promise<ProcedureDetail> {
  return recordFromView(await call(catalogueApi.inForce, { params: { code } }));
}

/** Whether a field leads somewhere: one without procedures in force is not offered to citizens. */
export const hasProcedures = (f: Field) => f.count > 0;

export function useProcedures(query: ProcedureQuery, enabled = true) {
  return useQuery({
    queryKey: ['procedures', query],
    queryFn: () => call(catalogueApi.search, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useProcedure(code: string) {
  return useQuery({
    queryKey: ['procedure', code],
    queryFn: () => fetchProcedure(code),
    retry: (count, err) => !(err instanceof ApiError && err.status === 404) && count < 1,
  });
}

export function useFields() {
  return useQuery({
    queryKey: ['fields'],
    queryFn: async () => (await call(catalogueApi.fields)).items,
    staleTime: 10 * 60_000,
  });
}

export function useSiteInfo() {
  return useQuery({
    queryKey: ['site'],
    queryFn: () => call(checklistApi.site),
    staleTime: 10 * 60_000,
  });
}

/** The checklist PDF of a procedure, for one case or all, and the citizen's answers. */
export function checklistPdfPath(code: string, caseName?: string, answers: Answers = {}): string {
  const parts: string[] = [];
  if (caseName) parts.push(`case=${encodeURIComponent(caseName)}`);
  const text = formatAnswers(answers);
  if (text) parts.push(`answers=${encodeURIComponent(text)}`);
  return `/api/procedures/${encodeURIComponent(code)}/checklist.pdf${parts.length ? `?${parts.join('&')}` : ''}`;
}
