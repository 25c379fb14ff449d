/**
 * Sealing the audit log (migration 0030): rows are inserted unsealed and chained here, after their commit, in id
 * order under one advisory lock (the database function `audit_log_seal`), so no writing transaction waits for the
 * chain's head. The server seals every few seconds (src/jobs/audit-sealer.ts); `motcua audit verify` seals what is pending before it checks.
 */
import { sql } from 'kysely';
import type { Reader } from '../../db/transaction.js';

export const SEAL_BATCH = 5_000;

/** Seals up to `maxRows` pending rows; 0 when none is pending or another sealer holds the chain. */
export async function sealAuditLog(db: Reader, maxRows = SEAL_BATCH): Promise<number> {
  const { rows } = await sql<{ n: number }>`select audit_log_seal(${maxRows}::int) as n`.execute(db);
  return Number(rows[0]!.n);
}

/** Seals until nothing is pending (or another sealer holds the chain); returns how many rows it sealed. */
export async function sealPending(db: Reader): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await sealAuditLog(db);
    total += n;
    if (n < SEAL_BATCH) return total;
  }
}

/** Rows not sealed yet. */
export async function unsealedCount(db: Reader): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from audit_log where seq is null`.execute(db);
  return rows[0]!.n;
}
