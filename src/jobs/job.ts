/**
 * The server's background jobs: each one a `Job` stating what a run does (a service call), its schedule and how
 * only one instance runs it at a time; `runJob` runs one under that rule (the command line's `motcua sweep` and
 * `motcua housekeeping` too), `startJobs` runs a list on their schedules until stopped. Jobs call services; services
 * never import jobs.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How one instance at a time is ensured when several servers share a database. */
export type OneAtATime =
  /**
   * A run is one transaction holding `pg_try_advisory_xact_lock(key)`: a run that does not get it is skipped (the
   * job's `skipped` answer).
   */
  | { lock: 'transaction'; key: number }
  /**
   * A run holds `pg_try_advisory_lock(key)` on one connection for its whole length (its statements commit on their
   * own, which a transaction-level lock would not cover); skipped likewise. Within one process a second run while
   * one is going is skipped too (the embedded database has a single session, where the lock is re-entrant).
   */
  | { lock: 'session'; key: number }
  /** No lock of the runner's: several instances may run at once, for the reason given. */
  | { lock: 'none'; because: string };

export interface JobLog {
  info(o: object, m: string): void;
  error(o: object, m: string): void;
}

export interface Job<R = unknown, O = undefined> {
  name: string;
  /** Pause before the next run (ms). */
  every: number;
  /** Pause before the first run after the start (default `every`). */
  first?: number;
  oneAtATime: OneAtATime;
  /**
   * One run: on the database, in the transaction holding the lock ('transaction'), or on the connection holding
   * it ('session').
   */
  run(db: Kysely<Database>, opts: O | undefined): Promise<R>;
  /** The answer of a run skipped because another instance holds the lock. */
  skipped?(): R;
  /** The pause after a run that answered `r` (default `every`), e.g. none while there is a backlog. */
  next?(r: R): number;
  /** Logs what a scheduled run did. */
  report?(r: R, log: JobLog): void;
  /** When the server stops, after the last run (e.g. close the providers, seal what is pending). */
  stop?(): Promise<void>;
}

/** The runs going on in this process per database (the 'session' rule's in-process part). */
const running = new WeakMap<object, Set<string>>();

/** One run of `job` under its one-instance-at-a-time rule. */
export async function runJob<R, O>(job: Job<R, O>, db: Kysely<Database>, opts?: O): Promise<R> {
  const rule = job.oneAtATime;
  if (rule.lock === 'none') return job.run(db, opts);
  const skipped = () => {
    if (!job.skipped) throw new Error(`job ${job.name}: a locked job needs its skipped answer`);
    return job.skipped();
  };
  if (rule.lock === 'transaction') {
    return db.transaction().execute(async (trx) => {
      const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${rule.key}) as ok`.execute(
        trx,
      );
      return lock.rows[0]?.ok ? job.run(trx, opts) : skipped();
    });
  }
  const here = running.get(db) ?? new Set<string>();
  running.set(db, here);
  if (here.has(job.name)) return skipped();
  here.add(job.name);
  try {
    return await db.connection().execute(async (conn) => {
      const lock = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${rule.key}) as ok`.execute(conn);
      if (!lock.rows[0]?.ok) return skipped();
      try {
        return await job.run(conn, opts);
      } finally {
        await sql`select pg_advisory_unlock(${rule.key})`.execute(conn);
      }
    });
  } finally {
    here.delete(job.name);
  }
}

export interface JobsHandle {
  /** Waits for the runs going on, then stops the jobs in their list's order. */
  stop(): Promise<void>;
}

/**
 * Runs each job on its schedule until stopped: the first run `first` after the start, the next `next(result)`
 * (or `every`) after a run ends; a failed run is logged and the next one goes ahead as scheduled.
 */
export function startJobs(
  db: Kysely<Database>,
  jobs: readonly Job<unknown, never>[],
  log: JobLog,
): JobsHandle {
  const handles = jobs.map((job) => schedule(db, job, log));
  return {
    async stop() {
      for (const h of handles) await h();
    },
  };
}

function schedule(db: Kysely<Database>, job: Job<unknown, never>, log: JobLog): () => Promise<void> {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const tick = () => {
    current = runJob(job, db)
      .then(
        (r) => {
          job.report?.(r, log);
          return job.next?.(r) ?? job.every;
        },
        (err: unknown) => {
          log.error({ err }, `${job.name} failed`);
          return job.every;
        },
      )
      .then((pause) => {
        if (stopped) return;
        timer = setTimeout(tick, pause);
        timer.unref();
      });
  };
  timer = setTimeout(tick, job.first ?? job.every);
  timer.unref();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
    await job.stop?.();
  };
}
