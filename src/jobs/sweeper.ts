/**
 * The deadline sweeper (src/services/dossier/sweeper.ts) as a job: every SWEEP_MINUTES, the first run a few seconds
 * after the start; one instance at a time by a transaction-level advisory lock (an instance that does not get it
 * skips its run). `motcua sweep` runs it once.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { MS_PER_MINUTE } from '../domain/calendar/time-zone.js';
import { noSweep, sweepDeadlines, type SweepOptions, type SweepResult } from '../services/dossier/sweeper.js';
import { runJob, type Job } from './job.js';

/** Arbitrary constant identifying the sweeper's lock (the migration lock and the other jobs use others). */
export const SWEEP_LOCK_KEY = 7_140_2026;

/** The first run after the start. */
export const FIRST_RUN_MS = 3_000;

export function sweeperJob(minutes: number): Job<SweepResult, SweepOptions> {
  return {
    name: 'deadline sweep',
    every: minutes * MS_PER_MINUTE,
    first: FIRST_RUN_MS,
    oneAtATime: { lock: 'transaction', key: SWEEP_LOCK_KEY },
    run: (trx, opts) => sweepDeadlines(trx, opts),
    skipped: () => ({ ...noSweep(), skipped: true }),
    report(r, log) {
      if (r.alerts || r.drafts) log.info({ sweep: r }, 'deadline sweep');
    },
  };
}

/** One sweep now (the command line, tests), skipped when another instance is sweeping. */
export function runSweep(db: Kysely<Database>, opts: SweepOptions = {}): Promise<SweepResult> {
  return runJob(sweeperJob(0), db, opts);
}
