/**
 * The jobs the server runs (src/main.ts), in the order they stop: the deadline sweeper and housekeeping (every
 * SWEEP_MINUTES and hourly; 0 turns both off), notification delivery, and sealing the audit log last, so that what
 * the others wrote is sealed before the process ends.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import { auditSealerJob } from './audit-sealer.js';
import { housekeepingJob } from './housekeeping.js';
import { startJobs, type Job, type JobLog, type JobsHandle } from './job.js';
import { deliveryJob } from './outbox.js';
import { sweeperJob } from './sweeper.js';

export function serverJobs(db: Kysely<Database>, config: Config, log: JobLog): Job<unknown, never>[] {
  const sweeping = config.sweepMinutes > 0;
  return [
    ...(sweeping
      ? [sweeperJob(config.sweepMinutes), housekeepingJob(config.sweepMinutes, config.dataDir)]
      : []),
    deliveryJob(db, config, log),
    auditSealerJob(db, log),
  ];
}

export function startServerJobs(db: Kysely<Database>, config: Config, log: JobLog): JobsHandle {
  return startJobs(db, serverJobs(db, config, log), log);
}
