/**
 * Sealing the audit log (src/services/audit/seal.ts) as a job: every two seconds, again at once while it finds full
 * batches; when the server stops, what the last requests wrote is sealed. One instance at a time: the database
 * function `audit_log_seal` takes its own advisory lock (migration 0030).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { SEAL_BATCH, sealAuditLog, sealPending } from '../services/audit/seal.js';
import type { Job, JobLog } from './job.js';

export const SEAL_EVERY_MS = 2_000;

export function auditSealerJob(db: Kysely<Database>, log: JobLog): Job<number> {
  return {
    name: 'sealing the audit log',
    every: SEAL_EVERY_MS,
    oneAtATime: { lock: 'none', because: 'the database function audit_log_seal takes its own advisory lock' },
    run: (db) => sealAuditLog(db),
    next: (n) => (n >= SEAL_BATCH ? 0 : SEAL_EVERY_MS),
    async stop() {
      await sealPending(db).catch((err: unknown) => log.error({ err }, 'sealing the audit log failed'));
    },
  };
}
