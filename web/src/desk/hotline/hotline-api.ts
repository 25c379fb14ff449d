/**
 * The hotline API as the consoles see it (routes and types from src/contracts/hotline-api.ts):
 * calls, the caller's screen-pop, the extension directory with presence, callbacks and the dashboard.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { hotlineApi } from '../../../../src/contracts/hotline-api.js';
import type { CallsQuery } from '../../../../src/contracts/hotline.js';
import { orgApi } from '../../../../src/contracts/org-api.js';
import type { CallOutcome, Presence } from '../../../../src/domain/hotline/views.js';
import { call, type Answer } from '../../shared/client.js';

type HotlineUnitOption = Answer<typeof hotlineApi.units>[number];
export type ChecklistSent = Answer<typeof hotlineApi.checklist>;
export type FieldItem = Answer<typeof orgApi.fields>['items'][number];

export const hotlineKeys = {
  all: ['hotline'] as const,
  calls: (filter: CallFilter) => ['hotline', 'calls', filter] as const,
  call: (id: string) => ['hotline', 'call', id] as const,
  screenPop: (phone: string, unitId: string) => ['hotline', 'screen-pop', phone, unitId] as const,
  directory: (field: string | undefined) => ['hotline', 'directory', field ?? ''] as const,
  callbacks: ['hotline', 'callbacks'] as const,
  callbacksOf: (unitId: string | undefined) => ['hotline', 'callbacks', unitId ?? ''] as const,
  units: ['hotline', 'units'] as const,
  stats: (unitId: string, from: string, to: string) => ['hotline', 'stats', unitId, from, to] as const,
};

export type CallFilter = CallsQuery & {
  /** Calls routed to the signed-in specialist in the last 30 days (the other filters do not apply). */
  mine?: boolean;
};

/** The call log's query: the filters given, without `mine` (which asks another address). */
export function callsQuery({ mine: _mine, ...query }: CallFilter): CallsQuery {
  return query;
}

/** `refetchEvery`: a slow safety net under the live stream (a frame lost between two connections). */
export function useCalls(filter: CallFilter, opts: { enabled?: boolean; refetchEvery?: number } = {}) {
  return useQuery({
    queryKey: hotlineKeys.calls(filter),
    enabled: opts.enabled ?? true,
    ...(opts.refetchEvery ? { refetchInterval: opts.refetchEvery } : {}),
    queryFn: () =>
      filter.mine ? call(hotlineApi.myCalls) : call(hotlineApi.calls, { query: callsQuery(filter) }),
  });
}

/** The screen-pop as the hotline of `unitId` (the call's unit) may see it. */
export function useScreenPop(phone: string | undefined, unitId: string) {
  return useQuery({
    queryKey: hotlineKeys.screenPop(phone ?? '', unitId),
    queryFn: () => call(hotlineApi.screenPop, { query: { phone: phone ?? '', unitId } }),
    enabled: Boolean(phone),
  });
}

export function useDirectory(field: string | undefined) {
  return useQuery({
    queryKey: hotlineKeys.directory(field),
    queryFn: () => call(hotlineApi.directory, { query: { field } }),
  });
}

export function useCallbacks(unitId?: string) {
  return useQuery({
    queryKey: hotlineKeys.callbacksOf(unitId),
    queryFn: () => call(hotlineApi.callbacks, { query: { unitId } }),
  });
}

/** The units whose hotline the signed-in person may read (for the unit chooser). */
export function useHotlineUnits() {
  return useQuery({
    queryKey: hotlineKeys.units,
    queryFn: () => call(hotlineApi.units),
    staleTime: 5 * 60_000,
  });
}

/**
 * The unit a hotline page shows: the one chosen if it is still offered, else the person's own unit if it has a
 * hotline, else the first one they work, else the first one offered; none when nothing is offered (the server then
 * answers for the person's default unit).
 */
export function chooseHotlineUnit(
  units: readonly HotlineUnitOption[],
  chosen: string | undefined,
  own: string | undefined,
): HotlineUnitOption | undefined {
  return (
    units.find((u) => u.id === chosen) ??
    units.find((u) => u.id === own) ??
    units.find((u) => u.canWork) ??
    units[0]
  );
}

/** `unitId` '': the unit of the person's hotline role. */
export function useHotlineStats(unitId: string, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: hotlineKeys.stats(unitId, from, to),
    enabled,
    queryFn: () => call(hotlineApi.stats, { query: { unitId: unitId || undefined, from, to } }),
  });
}

/** Every hotline write refreshes what the hotline pages show (the live stream also pushes the changes). */
function useHotlineMutation<V, R>(fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void client.invalidateQueries({ queryKey: hotlineKeys.all }),
  });
}

/** One key per attempt the person makes: a retry of the same request is applied once. */
export const attemptKey = () => crypto.randomUUID();

export const useTransfer = () =>
  useHotlineMutation((v: { callId: string; staffId: string; fieldCode: string; note: string; key: string }) =>
    call(hotlineApi.transfer, {
      params: { id: v.callId },
      body: { staffId: v.staffId, fieldCode: v.fieldCode, note: v.note || null, idempotencyKey: v.key },
    }),
  );

export const useSendChecklist = () =>
  useHotlineMutation(
    (v: {
      callId: string;
      procedureCode: string;
      caseName?: string;
      channel: 'sms' | 'zalo';
      key: string;
      answers: Record<string, string>;
    }) =>
      call(hotlineApi.checklist, {
        params: { id: v.callId },
        body: {
          procedureCode: v.procedureCode,
          ...(v.caseName ? { caseName: v.caseName } : {}),
          channel: v.channel,
          idempotencyKey: v.key,
          answers: v.answers,
        },
      }),
  );

export const useRecordOutcome = () =>
  useHotlineMutation((v: { callId: string; outcome: CallOutcome; note: string }) =>
    call(hotlineApi.outcome, { params: { id: v.callId }, body: { outcome: v.outcome, note: v.note } }),
  );

export const useSetPresence = () =>
  useHotlineMutation((presence: Presence) => call(hotlineApi.presence, { body: { presence } }));

export const useCallbackDone = () =>
  useHotlineMutation((v: { id: string; note: string }) =>
    call(hotlineApi.callbackDone, { params: { id: v.id }, body: { note: v.note } }),
  );

/** The fields a caller's question can be routed to: those with procedures, and the one already chosen. */
export function callerFields<F extends Pick<FieldItem, 'code' | 'procedureCount'>>(
  fields: readonly F[],
  chosen: string | undefined,
): F[] {
  return fields.filter((f) => f.procedureCount > 0 || f.code === chosen);
}

export function useFieldList() {
  return useQuery({
    queryKey: ['hotline', 'fields'],
    queryFn: async () => (await call(orgApi.fields)).items,
    staleTime: 10 * 60_000,
  });
}
