/**
 * Housekeeping (src/services/housekeeping/) as a job: at most once an hour, the first run a few seconds after the
 * start, and again after the sweeper's pause while a run left rows to delete; one instance at a time by a
 * session-level advisory lock. It runs while the deadline sweeper does (SWEEP_MINUTES; 0 turns both off).
 * `motcua housekeeping` runs it once.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { MS_PER_HOUR, MS_PER_MINUTE } from '../domain/calendar/time-zone.js';
import {
  deleteExpired,
  noHousekeeping,
  type HousekeepingOptions,
  type HousekeepingResult,
} from '../services/housekeeping/housekeeping.js';
import { runJob, type Job } from './job.js';
import { FIRST_RUN_MS } from './sweeper.js';

/** Arbitrary constant identifying the housekeeping lock (the sweeper and the migrations use others). */
export const HOUSEKEEPING_LOCK_KEY = 7_140_2027;

/** How often the server runs housekeeping, at most. */
export const HOUSEKEEPING_EVERY_MS = MS_PER_HOUR;

/** Housekeeping every hour; with rows left, again after `sweepMinutes`; orphaned uploads under `dataDir`. */
export function housekeepingJob(
  sweepMinutes: number,
  dataDir?: string,
): Job<HousekeepingResult, HousekeepingOptions> {
  return {
    name: 'housekeeping',
    every: HOUSEKEEPING_EVERY_MS,
    first: FIRST_RUN_MS,
    oneAtATime: { lock: 'session', key: HOUSEKEEPING_LOCK_KEY },
    run: (conn, opts) => deleteExpired(conn, { dataDir, ...opts }),
    skipped: () => ({ ...noHousekeeping(), skipped: true }),
    next: (r) => (r.more ? sweepMinutes * MS_PER_MINUTE : HOUSEKEEPING_EVERY_MS),
    report(r, log) {
      const { skipped, more: _more, ...counts } = r;
      if (!skipped && Object.values(counts).some((n) => n > 0)) log.info({ housekeeping: r }, 'housekeeping');
    },
  };
}

/** One run now (the command line, tests), skipped when another is going. */
export function runHousekeeping(
  db: Kysely<Database>,
  opts: HousekeepingOptions = {},
): Promise<HousekeepingResult> {
  return runJob(housekeepingJob(0), db, opts);
}
