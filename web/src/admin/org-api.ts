/**
 * The organisation admin API as the browser sees it (/api/admin/units, /fields, /staff): types, queries, and the
 * helpers shared by the pages (unit paths, a form's save, applying server errors to a form).
 */
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { orgApi } from '../../../src/contracts/org-api.js';
import type { StaffQuery, Unit } from '../../../src/contracts/org.js';
import { ApiError } from '../shared/api.js';
import { call } from '../shared/client.js';

export type {
  Field as FieldItem,
  FieldListItem,
  Staff as StaffItem,
  Unit as UnitItem,
} from '../../../src/contracts/org.js';

/** The staff list's query (src/contracts/org.ts), always with its page. */
export type StaffFilter = StaffQuery & { page: number; pageSize: number };

export const orgKeys = {
  units: ['admin', 'units'] as const,
  fields: ['admin', 'fields'] as const,
  staff: ['admin', 'staff'] as const,
};

export function useUnits() {
  return useQuery({
    queryKey: orgKeys.units,
    queryFn: async () => (await call(orgApi.units)).items,
  });
}

export function useFields() {
  return useQuery({
    queryKey: orgKeys.fields,
    queryFn: async () => (await call(orgApi.fields)).items,
  });
}

export function useStaffList(filter: StaffFilter) {
  return useQuery({
    queryKey: [...orgKeys.staff, filter],
    queryFn: () => call(orgApi.staff, { query: filter }),
    placeholderData: keepPreviousData,
  });
}

/** Bursts of failed logins on the accounts the actor manages (last 7 days). */
export function useSecurityAlerts(enabled: boolean) {
  return useQuery({
    queryKey: [...orgKeys.staff, 'security-alerts'],
    queryFn: () => call(orgApi.securityAlerts),
    enabled,
  });
}

/** Path (root first, itself last) of every unit the browser knows, from the parent links. */
export function unitPaths(units: readonly Unit[]): (id: string) => string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return (id) => {
    const path: string[] = [];
    let cur = byId.get(id);
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      seen.add(cur.id);
      path.unshift(cur.id);
      cur = cur.parentId ? byId.get(cur.parentId) : undefined;
    }
    return path.length ? path : [id];
  };
}

/** Shows the server's message; puts per-field messages on the form's fields when it names them. */
export function applyApiError(
  error: unknown,
  form: FormInstance | undefined,
  showMessage: (text: string) => void,
): void {
  if (!(error instanceof ApiError)) {
    showMessage('Không kết nối được máy chủ. Vui lòng thử lại.');
    return;
  }
  showMessage(error.message);
  if (!form || !error.fields) return;
  const byField = new Map<string, string[]>();
  for (const f of error.fields) {
    const list = byField.get(f.field) ?? [];
    list.push(f.message);
    byField.set(f.field, list);
  }
  form.setFields(
    [...byField].map(([field, errors]) => ({
      name: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      errors,
    })),
  );
}

/**
 * An admin form's save: once the server has it, the `saved` message (if any), the list under `refresh` reloaded,
 * then `then` (closing the form); a refusal puts the server's reasons on the form's fields and its message in a toast.
 */
export function useFormSave<V, R>(
  form: FormInstance,
  save: (values: V) => Promise<R>,
  after: { saved: (result: R) => string | undefined; refresh: QueryKey; then: (result: R) => void },
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: async (result) => {
      const text = after.saved(result);
      if (text) void message.success(text);
      await queryClient.invalidateQueries({ queryKey: after.refresh });
      after.then(result);
    },
    onError: (e) => applyApiError(e, form, (t) => void message.error(t)),
  });
}
