/**
 * The results a citizen received before, for "Giấy tờ của tôi": a returned dossier's result as a record — what it
 * is (the procedure's result, from the version the dossier was received under), the number the officer entered
 * when recording it (record_result's note: "Số, ký hiệu văn bản kết quả"), when it was recorded and handed over,
 * and the dossier. The product keeps no file of a result (it is handed over on paper), so a result is listed and
 * quoted, not attached to a new submission as a file (docs/DECISIONS.md, "Results in Giấy tờ của tôi").
 */
import { sql } from 'kysely';
import type { MyResult } from '../../contracts/citizen-submission.js';
import type { Reader } from '../../db/transaction.js';
import type { Owner } from './drafts.js';
import { dossiersOf } from './me.js';

const lastAction = (action: 'record_result' | 'return_result', column: 'note' | 'at') =>
  sql<string | Date | null>`(select a.${sql.ref(column)} from dossier_actions a
     where a.dossier_id = d.id and a.action = ${action} order by a.seq desc limit 1)`;

/** The citizen's returned dossiers' results, newest first. */
export async function listMyResults(db: Reader, owner: Owner): Promise<MyResult[]> {
  const rows = await dossiersOf(db, owner)
    .innerJoin('procedure_versions as v', 'v.id', 'd.procedure_version_id')
    .select(['d.code', 'd.procedure_name', 'd.finished_at'])
    .select(sql<{ name: string }[] | null>`v.record->'results'`.as('results'))
    .select(lastAction('record_result', 'note').as('number'))
    .select(lastAction('record_result', 'at').as('recorded_at'))
    .select(lastAction('return_result', 'at').as('returned_at'))
    .where('d.status', '=', 'returned')
    .orderBy('d.finished_at', 'desc')
    .orderBy('d.code', 'desc')
    .limit(100)
    .execute();
  const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  return rows.map((r) => ({
    name: (r.results ?? []).map((x) => x.name).join('; ') || `Kết quả thủ tục ${r.procedure_name}`,
    number: typeof r.number === 'string' && r.number.trim() ? r.number.trim() : null,
    recordedAt: iso(r.recorded_at),
    returnedAt: iso(r.returned_at ?? r.finished_at),
    dossier: { code: r.code, procedureName: r.procedure_name },
  }));
}
