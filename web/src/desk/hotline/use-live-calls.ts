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
import { mergeCalls } from './merge-calls.js';

export function useLiveCalls(
  filter: CallFilter,
  onCall?: (call: CallView, previous: CallView | undefined) => void,
): { calls: CallView[]; live: LiveState; loading: boolean; error: Error | null } {
  const client = useQueryClient();
  const list = useCalls(filter, { refetchEvery: 20_000 });
  const [pushed, setPushed] = useState<Record<string, CallView>>({});
  const calls = useMemo(() => mergeCalls(list.data ?? [], Object.values(pushed)), [list.data, pushed]);

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
