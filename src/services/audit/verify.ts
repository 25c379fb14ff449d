/**
 * Checks the audit log's hash chain (migration 0024): rows numbered 1, 2, 3… without a gap, each row's hash equal
 * to the hash of its content and the previous row's hash, each row's prev_hash equal to the previous row's hash.
 * Stops at the first problem: a missing row (a gap in the numbers, or a first row that is not 1) or a changed row
 * (its content no longer gives its hash, or the next row recorded another hash for it). Read in pages by `seq`,
 * the hashes recomputed by the database with the same function its insert trigger uses.
 *
 * A chain cannot show that rows were cut from its end: compare `headSeq`/`headHash` with a value noted earlier
 * (README: the audit check).
 */
import { sql } from 'kysely';
import type { Reader } from '../../db/transaction.js';
import { sealPending, unsealedCount } from './seal.js';

export type ChainProblem = { seq: number; kind: 'missing' | 'changed'; detail: string };

export type ChainReport =
  | { ok: true; count: number; headSeq: number; headHash: string; sealedNow: number; unsealed: number }
  | { ok: false; count: number; problem: ChainProblem };

interface ChainRow {
  seq: number;
  hash: string;
  prev_hash: string;
  expected: string;
}

/**
 * Seals what is pending (migration 0030: rows are chained a few seconds after their commit), then checks the chain.
 * `unsealed` counts rows still waiting when another sealer held the chain meanwhile (checked by the next run).
 */
export async function verifyAuditChain(db: Reader, opts: { pageSize?: number } = {}): Promise<ChainReport> {
  const pageSize = opts.pageSize ?? 5000;
  const sealedNow = await sealPending(db);
  let last = { seq: 0, hash: '' };
  let count = 0;
  for (;;) {
    const { rows } = await sql<ChainRow>`
      select a.seq, a.hash, a.prev_hash, audit_log_row_hash(a) as expected
      from audit_log a where a.seq > ${last.seq} order by a.seq limit ${pageSize}`.execute(db);
    for (const r of rows) {
      const problem = checkLink(last, r);
      if (problem) return { ok: false, count, problem };
      last = { seq: r.seq, hash: r.hash };
      count += 1;
    }
    if (rows.length < pageSize) {
      const unsealed = await unsealedCount(db);
      return { ok: true, count, headSeq: last.seq, headHash: last.hash, sealedNow, unsealed };
    }
  }
}

/** The first problem between the previous row (seq 0 before the first) and this one. Pure. */
export function checkLink(prev: { seq: number; hash: string }, row: ChainRow): ChainProblem | undefined {
  if (row.seq !== prev.seq + 1) {
    const missing = row.seq - prev.seq - 1;
    return {
      seq: prev.seq + 1,
      kind: 'missing',
      detail:
        missing === 1
          ? `row ${prev.seq + 1} is missing`
          : `rows ${prev.seq + 1} to ${row.seq - 1} are missing`,
    };
  }
  if (row.prev_hash !== prev.hash) {
    if (prev.seq === 0)
      return { seq: row.seq, kind: 'changed', detail: `row ${row.seq} is not the first row` };
    return {
      seq: prev.seq,
      kind: 'changed',
      detail: `row ${row.seq} recorded another hash for row ${prev.seq}`,
    };
  }
  if (row.expected !== row.hash) {
    return { seq: row.seq, kind: 'changed', detail: `row ${row.seq} no longer matches its hash` };
  }
  return undefined;
}
