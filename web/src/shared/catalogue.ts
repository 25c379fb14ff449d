/**
 * The catalogue API as the browser sees it (GET /api/procedures, /api/procedures/{code}, /api/fields), with
 * TanStack Query hooks shared by the portal, the desk and the hotline.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProcedureRecord, TimeLimit } from '../../../src/domain/catalogue/record.js';
import { formatAnswers, type Answers } from '../../../src/domain/checklist/conditions.js';
import { recordFromView, type DocumentView } from '../../../src/domain/checklist/views.js';
import { api, ApiError } from './api.js';

export interface FieldRef {
  code: string;
  name: string;
}

export interface ProcedureSummary {
  code: string;
  name: string;
  field: FieldRef;
  levels: ProcedureRecord['levels'];
  onlineLevel: ProcedureRecord['onlineLevel'];
  sameDay: boolean;
  timeLimit: Pick<TimeLimit, 'value' | 'unit'> | null;
}

export interface ProcedureList {
  items: ProcedureSummary[];
  total: number;
}

export interface ProcedureVersion {
  no: number;
  effectiveFrom: string;
  id: string;
}

export type ProcedureDetail = ProcedureRecord & { version: ProcedureVersion };

/** GET /api/procedures/{code} as sent: each document's condition in its readable API form (or null). */
type ProcedureDetailView = Omit<ProcedureDetail, 'documents'> & { documents: DocumentView[] };

/**
 * A procedure as in force, in the record's own shape (conditions as `{question, answers}`), so that the rules of
 * src/domain/checklist run on it as on the server. Every page reading a procedure uses this (one cache entry).
 */
export async function fetchProcedure(code: string): Promise<ProcedureDetail> {
  return recordFromView(await api<ProcedureDetailView>(`/api/procedures/${encodeURIComponent(code)}`));
}

export interface Field extends FieldRef {
  description?: string | null;
  /** Number of procedures in force in the field, when the server says. */
  count?: number;
}

/** Whether a field leads somewhere: one without procedures in force is not offered to citizens. */
export const hasProcedures = (f: Field) => f.count === undefined || f.count > 0;

export interface SiteInfo {
  /** The provincial centre; its agency id names its service-hours page. */
  centre: { agencyId: string; name: string; parent: string; hotline: string };
  /** The catalogue is the demo sample: say so on every page. */
  sampleData: boolean;
  publicUrl: string;
}

export interface ProcedureQuery {
  q?: string;
  field?: string;
  limit: number;
  offset: number;
}

export function procedureListPath(query: ProcedureQuery): string {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.field) p.set('field', query.field);
  p.set('limit', String(query.limit));
  p.set('offset', String(query.offset));
  return `/api/procedures?${p.toString()}`;
}

export function useProcedures(query: ProcedureQuery, enabled = true) {
  return useQuery({
    queryKey: ['procedures', query],
    queryFn: () => api<ProcedureList>(procedureListPath(query)),
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
    queryFn: async () => {
      const data = await api<Field[] | { items: Field[] }>('/api/fields');
      return Array.isArray(data) ? data : data.items;
    },
    staleTime: 10 * 60_000,
  });
}

export function useSiteInfo() {
  return useQuery({
    queryKey: ['site'],
    queryFn: () => api<SiteInfo>('/api/portal/site'),
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
