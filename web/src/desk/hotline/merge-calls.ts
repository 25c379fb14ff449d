/**
 * The calls a console shows: the fetched list with the live frames laid over it. A frame and a fetch may cross
 * (a frame received just before a refetch that already holds a later state), so for each call the later state
 * wins, whichever way it came.
 */
import type { CallView } from '../../../../src/domain/hotline/views.js';

/** Later states of a call outrank earlier ones; then more legs, more checklists sent, an outcome. */
export function callProgress(c: CallView): number {
  const order = { ringing: 0, answered: 1, transferred: 2, missed: 3, ended: 3 } as const;
  return order[c.status] * 1000 + c.legs.length * 100 + c.checklistsSent.length * 10 + (c.outcome ? 1 : 0);
}

/** Newest call first. */
export function mergeCalls(fetched: readonly CallView[], pushed: readonly CallView[]): CallView[] {
  const byId = new Map<string, CallView>();
  for (const c of fetched) byId.set(c.id, c);
  for (const c of pushed) {
    const known = byId.get(c.id);
    if (!known || callProgress(c) >= callProgress(known)) byId.set(c.id, c);
  }
  return [...byId.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
