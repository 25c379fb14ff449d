/**
 * Today's calls of the unit, kept current by the live stream: the list is fetched once (and again on every
 * reconnection), then each `call` frame replaces the call it names. `presence` frames update the directory
 * lists in place; `callback` frames refresh the callbacks.
 */
import { useCallback, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CallView, DirectoryEntry } from '../../../../src/domain/hotline/views.js';
import { hotlineKeys, useCalls, type CallFilter } from './hotline-api.js';
import { useHotlineLive, type LiveState } from './live.js';

export function useLiveCalls(
  filter: CallFilter,
  onCall?: (call: CallView, previous: CallView | undefined) => void,
): { calls: CallView[]; live: LiveState; loading: boolean; error: Error | null } {
  const client = useQueryClient();
  const list = useCalls(filter, { refetchEvery: 20_000 });
  const [pushed, setPushed] = useState<Record<string, CallView>>({});
  const calls = useMemo(() => {
    const byId = new Map<string, CallView>();
    for (const c of list.data ?? []) byId.set(c.id, c);
    for (const c of Object.values(pushed)) {
      const known = byId.get(c.id);
      // The fetched list may be newer than a frame received before it: keep the later state.
      if (!known || statusRank(c) >= statusRank(known)) byId.set(c.id, c);
    }
    return [...byId.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }, [list.data, pushed]);

  const known = useCallback((id: string) => calls.find((c) => c.id === id), [calls]);
  const live = useHotlineLive({
    call: (c) => {
      onCall?.(c, known(c.id));
      setPushed((p) => ({ ...p, [c.id]: c }));
      void client.invalidateQueries({ queryKey: ['hotline', 'screen-pop'] });
    },
    presence: (entry) => {
      client.setQueriesData<DirectoryEntry[]>({ queryKey: ['hotline', 'directory'] }, (old) =>
        old?.map((d) => (d.staffId === entry.staffId ? entry : d)),
      );
    },
    callback: () => void client.invalidateQueries({ queryKey: hotlineKeys.callbacks }),
  });
  return { calls, live, loading: list.isPending, error: list.error };
}

/** Later states of a call outrank earlier ones; the number of legs, checklists and an outcome break ties. */
function statusRank(c: CallView): number {
  const order = { ringing: 0, answered: 1, transferred: 2, missed: 3, ended: 3 } as const;
  return order[c.status] * 1000 + c.legs.length * 100 + c.checklistsSent.length * 10 + (c.outcome ? 1 : 0);
}
