/**
 * Writing a new dossier (desk intake or online submission) in one statement: its common table expressions take the
 * agency's daily number (the counter row), make the code, and insert the dossier, its documents, its first log
 * entry, the audit row and the citizen's notice (planned by the caller before: notify's reads happen outside the
 * lock; rendered with a stand-in code the statement replaces, notice.ts). The counter row stays locked from
 * this statement to the commit, so receipts at one agency queue behind each other for one statement and the commit
 * only; a receipt rolled back gives its number back (codes stay gap-free).
 *
 * The rows are built by rows.ts with the builders `appendLog`, `writeAudit` and the outbox use, the code by the
 * domain's format (code.ts); the dossier's id is chosen here so that no statement has to wait for another's answer.
 * The caller answers from the returned row: nothing is read back.
 */
import { randomUUID } from 'node:crypto';
import { sql, type QueryCreator } from 'kysely';
import { prepared } from '../../../db/prepared.js';
import type { Database } from '../../../db/schema.js';
import { conflict } from '../../../domain/errors.js';
import { withNotify } from '../../../db/with-notify.js';
import { inTransaction, type Reader } from '../../../db/transaction.js';
import { countOnConflict, dayCountColumns, dayCountRows, enqueueNotification } from '../../outbox/enqueue.js';
import { localDate } from '../../../domain/calendar/time-zone.js';
import type { DossierRow } from '../common.js';
import { dossierCodeSql, standIns } from './code.js';
import { statementNotice, type StatementNotice } from './notice.js';
import { personByIdNumber } from './persons.js';
import {
  documentRows,
  dossierValues,
  openedDossier,
  openingAuditRow,
  openingLogRow,
  type CreateArgs,
  type InStatement,
  type Opened,
} from './rows.js';

export type { CreateArgs } from './rows.js';

/** The statement's expressions of the code it makes (CTE `k`) and of the applicant's id (CTE `p`). */
const inStatement: InStatement = {
  code: sql<string>`(select code from k)`,
  applicantId: sql<string>`(select id from p)`,
};

/**
 * Inserts the dossier and everything that goes with it; returns the dossier as it was written. One statement, so it
 * may run on the database itself (committed on its own); a notice that cannot be queued by that statement adds a
 * second one, and the two then run in a transaction.
 */
export async function createDossier(db: Reader, a: CreateArgs): Promise<DossierRow> {
  if (!a.applicantId && !a.applicant.idNumber)
    throw new Error('createDossier: an applicant without an ID number needs its id');
  const day = localDate(a.calendar.definition.timezone, a.now);
  // The daily number is taken by the statement below; until then the code is a stand-in (sequence 0000).
  const codes = standIns(a.unit.agency_id, day);
  const opened = openedDossier(a, randomUUID(), codes[0]);
  const notice = statementNotice(a.notice, opened.row, codes, inStatement.code);
  const compiled = intakeStatement(db, a, opened, day, notice).compile();
  const run = async (w: Reader) => {
    const { rows } = await w.executeQuery(compiled);
    if (!rows[0]) throw new Error('createDossier: the statement returned no code');
    return rows[0];
  };
  let written: { code: string; last_number: number };
  try {
    written =
      notice.kind === 'after'
        ? await inTransaction(db, async (trx) => {
            const w = await run(trx);
            await enqueueNotification(trx, notice.message(w.code));
            return w;
          })
        : await run(db);
  } catch (err) {
    if (isSequenceExhausted(err)) throw conflict('DAILY_SEQUENCE_EXHAUSTED', 'Đã hết số hồ sơ trong ngày.');
    throw err;
  }
  return { ...opened.row, code: written.code };
}

/** The one statement (see the module comment); it answers the code made and the daily number taken. */
function intakeStatement(db: Reader, a: CreateArgs, opened: Opened, day: string, notice: StatementNotice) {
  const message = notice.kind === 'in_statement' ? notice.values : null;
  const idNumber = a.applicant.idNumber;
  const query = withNotify(db)
    // The applicant: the known person, or the upsert by ID number (one statement less per receipt).
    .with('p', (db) =>
      a.applicantId || !idNumber
        ? db.selectNoFrom(sql<string>`${a.applicantId}::uuid`.as('id'))
        : personByIdNumber(db as unknown as QueryCreator<Database>, { ...a.applicant, idNumber }),
    )
    .with('c', (db) =>
      db
        .insertInto('dossier_code_counters')
        .values({ agency_id: a.unit.agency_id, day, last_number: 1 })
        .onConflict((oc) =>
          oc.columns(['agency_id', 'day']).doUpdateSet((eb) => ({
            last_number: eb('dossier_code_counters.last_number', '+', 1),
          })),
        )
        .returning('last_number'),
    )
    .with('k', (db) =>
      db
        .selectFrom('c')
        .select([
          dossierCodeSql(a.unit.agency_id, day, sql<number>`c.last_number`).as('code'),
          'c.last_number',
        ]),
    )
    // Unreferenced: PostgreSQL runs every data-modifying CTE of a statement. (Typed without 'n': nothing reads it.)
    .with('n', (db) =>
      message
        ? db
            .insertInto('notifications')
            .values(message)
            .onConflict((oc) => oc.column('dedupe_key').doNothing())
            .returning(['id', 'channel', 'urgent', 'unit_id', 'created_at', 'status'])
        : db.selectFrom('k').select('k.code'),
    )
    // The unit's daily SMS count (nothing when no non-urgent SMS of a unit was inserted).
    .with('nc', (db) =>
      message
        ? db
            .insertInto('notification_unit_day_counts')
            .columns(dayCountColumns)
            .expression(dayCountRows('n'))
            .onConflict(countOnConflict)
        : db.selectFrom('k').select('k.code'),
    )
    .with('d', (db) =>
      db
        .insertInto('dossiers')
        .values(dossierValues(a, opened, inStatement))
        .returning('id'),
    )
    .with('l', (db) => db.insertInto('dossier_actions').values(openingLogRow(a, opened)).returning('seq'))
    .with('au', (db) =>
      db.insertInto('audit_log').values(openingAuditRow(a, inStatement.code)).returning('id'),
    );
  const withDocuments = a.lines.length
    ? query.with('docs', (db) =>
        db.insertInto('dossier_documents').values(documentRows(a, opened.row.id)).returning('id'),
      )
    : query;
  // Prepared (src/db/prepared.ts): its shapes are few (the number of documents, with or without the notice).
  return prepared((withDocuments as typeof query).selectFrom('k').select(['k.code', 'k.last_number']));
}

/** The counter's check (at most 9,999 a day) refused the next number. */
function isSequenceExhausted(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  const name = 'dossier_code_counters_last_number_check';
  return (
    e.code === '23514' &&
    (e.constraint === name || (typeof e.message === 'string' && e.message.includes(name)))
  );
}
