/**
 * Waiting-time estimates from recent service times: the median service time of the field's recent tickets,
 * divided among the counters serving the field, for the people ahead who plausibly are still there (countedAhead).
 * Pure.
 */

/** Median of the values, undefined when there are none. */
export function median(values: readonly number[]): number | undefined {
  return quantile(values, 0.5);
}

/** The q-quantile (0..1) by nearest rank, undefined when there are no values. */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** Service time assumed before a field has any history (ms). */
export const DEFAULT_SERVICE_MS = 6 * 60_000;

/**
 * Estimated wait (ms) for someone with `ahead` people before them, given recent service durations (ms) and the
 * number of open counters serving the field (at least one is assumed).
 */
export function estimateWaitMs(
  ahead: number,
  recentServiceMs: readonly number[],
  openCounters: number,
): number {
  const per = median(recentServiceMs) ?? DEFAULT_SERVICE_MS;
  return Math.round(((ahead + 1) * per) / Math.max(1, openCounters));
}

/** Whole minutes, at least 1, for people. */
export function waitMinutes(ms: number): number {
  return Math.max(1, Math.round(ms / 60_000));
}

/** A ticket waiting longer than this is assumed abandoned: it no longer counts in estimates (it may be a no-show). */
export const ABANDONED_AFTER_MS = 60 * 60_000;
/**
 * At most this many kiosk tickets of one field taken in the same minute count in estimates: people take tickets one
 * by one at a kiosk, so a burst beyond it is a script (fake tickets) or a group counted as a few. Appointments and
 * tickets given by staff always count.
 */
export const KIOSK_ARRIVALS_PER_MINUTE = 4;

export interface AheadTicket {
  queuedAt: number;
  /** Taken at the public kiosk (not an appointment or a ticket given by staff). */
  kiosk: boolean;
}

/** How many of the tickets ahead count in the wait estimate: not abandoned, and no burst beyond a plausible rate. */
export function countedAhead(ahead: readonly AheadTicket[], now: number): number {
  const perMinute = new Map<number, number>();
  let counted = 0;
  for (const t of ahead) {
    if (now - t.queuedAt > ABANDONED_AFTER_MS) continue;
    if (t.kiosk) {
      const minute = Math.floor(t.queuedAt / 60_000);
      const n = (perMinute.get(minute) ?? 0) + 1;
      perMinute.set(minute, n);
      if (n > KIOSK_ARRIVALS_PER_MINUTE) continue;
    }
    counted += 1;
  }
  return counted;
}
