/**
 * The catalogue administration API as the admin pages see it: the latest version of a procedure with its history,
 * any version by number, the version status of a page of procedures, saving a new version, importing a file.
 * Search and fields come from the public catalogue hooks in shared/catalogue.ts.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { catalogueApi } from '../../../../src/contracts/catalogue-api.js';
import type { EditResult, ImportResult, ProcedureQuery } from '../../../../src/contracts/catalogue.js';
import type { CatalogueFile, ProcedureRecord } from '../../../../src/domain/catalogue/record.js';
import { ApiError } from '../../shared/api.js';
import { call } from '../../shared/client.js';

export type {
  AdminProcedure,
  AdminProcedureVersion,
  AdminVersion,
  EditResult,
  ImportResult,
  VersionStatus,
} from '../../../../src/contracts/catalogue.js';

/** The admin list's search: the public one without the unit filter, always paged. */
export type AdminProcedureQuery = Omit<ProcedureQuery, 'unit'> &
  Required<Pick<ProcedureQuery, 'limit' | 'offset'>>;

export const catalogueKeys = {
  all: ['admin', 'catalogue'] as const,
  procedure: (code: string) => ['admin', 'catalogue', 'procedure', code] as const,
  version: (code: string, no: number) => ['admin', 'catalogue', 'procedure', code, 'v', no] as const,
  statuses: (codes: readonly string[]) => ['admin', 'catalogue', 'statuses', codes] as const,
  list: (query: AdminProcedureQuery) => ['admin', 'catalogue', 'list', query] as const,
};

const notFoundNoRetry = (count: number, err: Error) =>
  !(err instanceof ApiError && (err.status === 404 || err.status === 403)) && count < 1;

/**
 * The public search, with the level filter the admin list offers. It asks the server again even when the browser
 * holds a fresh copy: the public catalogue answers are cacheable for a minute, and an administrator must see the
 * list as it is after their own edit.
 */
export function useProcedureSearch(query: AdminProcedureQuery) {
  return useQuery({
    queryKey: catalogueKeys.list(query),
    queryFn: () => call(catalogueApi.search, { query, cache: 'no-cache' }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useVersionStatuses(codes: readonly string[]) {
  return useQuery({
    queryKey: catalogueKeys.statuses(codes),
    queryFn: async () => {
      const list = await call(catalogueApi.statuses, { query: { codes: codes.join(',') } });
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
    queryFn: () => call(catalogueApi.procedure, { params: { code: code! } }),
    enabled: code !== undefined,
    retry: notFoundNoRetry,
    staleTime: 0,
  });
}

export function useProcedureVersion(code: string, no: number | undefined) {
  return useQuery({
    queryKey: catalogueKeys.version(code, no ?? 0),
    queryFn: () => call(catalogueApi.version, { params: { code, no: no! } }),
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
    ? call(catalogueApi.create, { body })
    : call(catalogueApi.revise, { params: { code: input.record.code }, body: { ...body, baseVersion } });
}

export function importCatalogueFile(
  file: CatalogueFile,
  opts: { dryRun: boolean; effectiveFrom?: string },
): Promise<ImportResult> {
  const query = { dryRun: opts.dryRun || undefined, effectiveFrom: opts.effectiveFrom };
  return call(catalogueApi.import, { query, body: file });
}

export const EXPORT_PATH = catalogueApi.export.path;
