/**
 * The hotline API as the consoles see it (types from src/domain/hotline/views.ts, the contract with the server):
 * calls, the caller's screen-pop, the extension directory with presence, callbacks and the dashboard.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Callback,
  CallOutcome,
  CallStatus,
  CallView,
  DirectoryEntry,
  HotlineStats,
  HotlineUnitOption,
  Presence,
  ScreenPop,
} from '../../../../src/domain/hotline/views.js';
import { api } from '../../shared/api.js';

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

export interface CallFilter {
  phone?: string;
  status?: CallStatus;
  /** yyyy-mm-dd (Vietnam). */
  from?: string;
  to?: string;
  /** Calls routed to the signed-in specialist in the last 30 days (the other filters do not apply). */
  mine?: boolean;
  /** Whose hotline (default: the unit of the signed-in person's hotline role). */
  unitId?: string;
}

export function callsPath(filter: CallFilter): string {
  if (filter.mine) return '/api/hotline/calls/mine';
  const p = new URLSearchParams();
  if (filter.phone) p.set('phone', filter.phone);
  if (filter.status) p.set('status', filter.status);
  if (filter.from) p.set('from', filter.from);
  if (filter.to) p.set('to', filter.to);
  if (filter.unitId) p.set('unitId', filter.unitId);
  const q = p.toString();
  return q ? `/api/hotline/calls?${q}` : '/api/hotline/calls';
}

/** A list as the server sends it: bare, or under `items`. */
const itemsOf = <T>(data: T[] | { items: T[] }): T[] => (Array.isArray(data) ? data : data.items);

/** `refetchEvery`: a slow safety net under the live stream (a frame lost between two connections). */
export function useCalls(filter: CallFilter, opts: { enabled?: boolean; refetchEvery?: number } = {}) {
  return useQuery({
    queryKey: hotlineKeys.calls(filter),
    enabled: opts.enabled ?? true,
    ...(opts.refetchEvery ? { refetchInterval: opts.refetchEvery } : {}),
    queryFn: async () => itemsOf(await api<CallView[] | { items: CallView[] }>(callsPath(filter))),
  });
}

/** The screen-pop as the hotline of `unitId` (the call's unit) may see it. */
export function useScreenPop(phone: string | undefined, unitId: string) {
  return useQuery({
    queryKey: hotlineKeys.screenPop(phone ?? '', unitId),
    queryFn: () =>
      api<ScreenPop>(
        `/api/hotline/screen-pop?${new URLSearchParams({ phone: phone ?? '', unitId }).toString()}`,
      ),
    enabled: Boolean(phone),
  });
}

export function useDirectory(field: string | undefined) {
  return useQuery({
    queryKey: hotlineKeys.directory(field),
    queryFn: async () => {
      const path = field
        ? `/api/hotline/directory?field=${encodeURIComponent(field)}`
        : '/api/hotline/directory';
      return itemsOf(await api<DirectoryEntry[] | { items: DirectoryEntry[] }>(path));
    },
  });
}

export function useCallbacks(unitId?: string) {
  return useQuery({
    queryKey: hotlineKeys.callbacksOf(unitId),
    queryFn: async () =>
      itemsOf(
        await api<Callback[] | { items: Callback[] }>(
          unitId ? `/api/hotline/callbacks?unitId=${encodeURIComponent(unitId)}` : '/api/hotline/callbacks',
        ),
      ),
  });
}

/** The units whose hotline the signed-in person may read (for the unit chooser). */
export function useHotlineUnits() {
  return useQuery({
    queryKey: hotlineKeys.units,
    queryFn: () => api<HotlineUnitOption[]>('/api/hotline/units'),
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
    queryFn: () =>
      api<HotlineStats>(
        `/api/hotline/stats?${new URLSearchParams({ ...(unitId ? { unitId } : {}), from, to }).toString()}`,
      ),
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

/** What the server answers to a checklist sent: the call, and what the notification service did with the message. */
export interface ChecklistSent {
  call: CallView;
  /** False when the phone has opted out of messages. */
  queued: boolean;
  /** The channel the notification service chose (the phone's recorded preference decides). */
  channel: string | null;
  notificationId: string | null;
  /** Held for quiet hours until then. */
  heldUntil: string | null;
}

/** One key per attempt the person makes: a retry of the same request is applied once. */
export const attemptKey = () => crypto.randomUUID();

export const useTransfer = () =>
  useHotlineMutation((v: { callId: string; staffId: string; fieldCode: string; note: string; key: string }) =>
    api<CallView>(`/api/hotline/calls/${encodeURIComponent(v.callId)}/transfer`, {
      method: 'POST',
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
      api<ChecklistSent>(`/api/hotline/calls/${encodeURIComponent(v.callId)}/checklist`, {
        method: 'POST',
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
    api<CallView>(`/api/hotline/calls/${encodeURIComponent(v.callId)}/outcome`, {
      method: 'POST',
      body: { outcome: v.outcome, note: v.note },
    }),
  );

export const useSetPresence = () =>
  useHotlineMutation((presence: Presence) =>
    api<unknown>('/api/hotline/presence', { method: 'PUT', body: { presence } }),
  );

export const useCallbackDone = () =>
  useHotlineMutation((v: { id: string; note: string }) =>
    api<Callback>(`/api/hotline/callbacks/${encodeURIComponent(v.id)}/done`, {
      method: 'POST',
      body: { note: v.note },
    }),
  );

export interface FieldItem {
  code: string;
  name: string;
  /** Procedures in force in the field: one without any is a dead end for the caller and is not offered. */
  procedureCount: number;
}

/** The fields a caller's question can be routed to: those with procedures, and the one already chosen. */
export function callerFields<F extends FieldItem>(fields: readonly F[], chosen: string | undefined): F[] {
  return fields.filter((f) => f.procedureCount > 0 || f.code === chosen);
}

export function useFieldList() {
  return useQuery({
    queryKey: ['hotline', 'fields'],
    queryFn: async () => (await api<{ items: FieldItem[] }>('/api/admin/fields')).items,
    staleTime: 10 * 60_000,
  });
}
