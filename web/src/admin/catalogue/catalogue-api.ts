/**
 * The catalogue administration API as the admin pages see it: the latest version of a procedure with its history,
 * any version by number, the version status of a page of procedures, saving a new version, importing a file.
 * Search and fields come from the public catalogue hooks in shared/catalogue.ts.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CatalogueFile, Level, ProcedureRecord } from '../../../../src/domain/catalogue/record.js';
import { api, ApiError } from '../../shared/api.js';

export interface AdminVersion {
  id: string;
  no: number;
  effectiveFrom: string;
  createdAt: string;
  createdByName: string | null;
  note: string | null;
  inForce: boolean;
  latest: boolean;
}

export interface AdminProcedure {
  code: string;
  record: ProcedureRecord;
  version: AdminVersion;
  versions: AdminVersion[];
}

export interface AdminProcedureVersion {
  code: string;
  record: ProcedureRecord;
  version: AdminVersion;
}

export interface VersionStatus {
  code: string;
  latest: { no: number; effectiveFrom: string };
  inForce: { no: number; effectiveFrom: string } | null;
}

export interface EditResult {
  code: string;
  version: { id: string; no: number; effectiveFrom: string };
  fieldsCreated: string[];
}

export interface ImportResult {
  dryRun: boolean;
  effectiveFrom: string;
  created: number;
  updated: number;
  unchanged: number;
  createdCodes: string[];
  updatedCodes: string[];
  fieldsCreated: string[];
}

export interface AdminProcedureQuery {
  q?: string;
  field?: string;
  level?: Level;
  limit: number;
  offset: number;
}

export const catalogueKeys = {
  all: ['admin', 'catalogue'] as const,
  procedure: (code: string) => ['admin', 'catalogue', 'procedure', code] as const,
  version: (code: string, no: number) => ['admin', 'catalogue', 'procedure', code, 'v', no] as const,
  statuses: (codes: readonly string[]) => ['admin', 'catalogue', 'statuses', codes] as const,
  list: (query: AdminProcedureQuery) => ['admin', 'catalogue', 'list', query] as const,
};

const path = (code: string) => `/api/admin/procedures/${encodeURIComponent(code)}`;
const notFoundNoRetry = (count: number, err: Error) =>
  !(err instanceof ApiError && (err.status === 404 || err.status === 403)) && count < 1;

/**
 * A GET that asks the server again even when the browser holds a fresh copy: the public catalogue answers are
 * cacheable for a minute, and an administrator must see the list as it is after their own edit (an unchanged
 * answer costs a 304).
 */
async function revalidatedGet<T>(path: string): Promise<T> {
  const res = await fetch(path, {
    cache: 'no-cache',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  const data = (await res.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; fields?: { field: string; message: string }[] } }
    | undefined;
  if (!res.ok) {
    const e = data?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'HTTP_' + res.status,
      e?.message ?? 'Có lỗi xảy ra.',
      e?.fields,
    );
  }
  return data as T;
}

/** The public search, with the level filter the admin list offers. */
export function useProcedureSearch(query: AdminProcedureQuery) {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.field) p.set('field', query.field);
  if (query.level) p.set('level', query.level);
  p.set('limit', String(query.limit));
  p.set('offset', String(query.offset));
  return useQuery({
    queryKey: catalogueKeys.list(query),
    queryFn: () =>
      revalidatedGet<{
        items: {
          code: string;
          name: string;
          field: { code: string; name: string };
          levels: Level[];
          onlineLevel: ProcedureRecord['onlineLevel'];
          sameDay: boolean;
          timeLimit: { value: number; unit: ProcedureRecord['channels'][number]['timeLimit']['unit'] } | null;
        }[];
        total: number;
      }>(`/api/procedures?${p.toString()}`),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useVersionStatuses(codes: readonly string[]) {
  return useQuery({
    queryKey: catalogueKeys.statuses(codes),
    queryFn: async () => {
      const list = await api<{ items: VersionStatus[] }>(
        `/api/admin/procedure-versions?codes=${encodeURIComponent(codes.join(','))}`,
      );
      return new Map(list.items.map((s) => [s.code, s]));
    },
    enabled: codes.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAdminProcedure(code: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.procedure(code ?? ''),
    queryFn: () => api<AdminProcedure>(path(code!)),
    enabled: code !== undefined,
    retry: notFoundNoRetry,
    staleTime: 0,
  });
}

export function useProcedureVersion(code: string, no: number | undefined) {
  return useQuery({
    queryKey: catalogueKeys.version(code, no ?? 0),
    queryFn: () => api<AdminProcedureVersion>(`${path(code)}/versions/${no}`),
    enabled: no !== undefined,
    retry: notFoundNoRetry,
    staleTime: 5 * 60_000,
  });
}

export interface SaveInput {
  record: ProcedureRecord;
  effectiveFrom: string;
  note?: string;
}

/** Creates (version 1) or revises (a new version based on `baseVersion`) a procedure. */
export function saveProcedure(input: SaveInput & { baseVersion?: number }): Promise<EditResult> {
  const { baseVersion, ...body } = input;
  return baseVersion === undefined
    ? api<EditResult>('/api/admin/procedures', { method: 'POST', body })
    : api<EditResult>(path(input.record.code), { method: 'PUT', body: { ...body, baseVersion } });
}

export function importCatalogueFile(
  file: CatalogueFile,
  opts: { dryRun: boolean; effectiveFrom?: string },
): Promise<ImportResult> {
  const p = new URLSearchParams();
  if (opts.dryRun) p.set('dryRun', 'true');
  if (opts.effectiveFrom) p.set('effectiveFrom', opts.effectiveFrom);
  const query = p.toString();
  return api<ImportResult>(`/api/admin/catalogue/import${query ? '?' + query : ''}`, {
    method: 'POST',
    body: file,
  });
}

export const EXPORT_PATH = '/api/admin/catalogue/export';
