/**
 * Waiting-time estimates from recent service times: the median service time of the field's recent tickets,
 * divided among the counters serving the field. Pure.
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
