/**
 * Writing a new dossier (desk intake or online submission) in one statement: its common table expressions take the
 * agency's daily number (the counter row), make the code, and insert the dossier, its documents, its first log
 * entry, the audit row and the citizen's notice (planned by the caller before: notify's reads happen outside the
 * lock; rendered with a stand-in code the statement replaces, intake-notice.ts). The counter row stays locked from
 * this statement to the commit, so receipts at one agency queue behind each other for one statement and the commit
 * only; a receipt rolled back gives its number back (codes stay gap-free).
 *
 * The rows written are the ones appendLog and writeAudit write (same columns, same values); the dossier's id is
 * chosen here so that no statement has to wait for another's answer. The caller answers from the returned row:
 * nothing is read back.
 */
import { prepared } from '../../db/prepared.js';
import { randomUUID } from 'node:crypto';
import { startClock } from '../../domain/calendar/clock.js';
import { conflict } from '../../domain/errors.js';
import type { Declaration } from '../../domain/dossier/declaration.js';
import { applyToState, type OpeningAction } from '../../domain/dossier/lifecycle.js';
import type { DossierFee, DossierOrganisation } from '../../db/tables/dossier.js';
import type { ProcedureVersion } from '../catalogue/versions.js';
import type { EffectiveCalendar } from '../calendar/layers.js';
import { inTransaction, type Reader } from '../../db/transaction.js';
import type { UnitRow } from '../org/queries.js';
import { deadlineLimit, type DossierRow } from './common.js';
import type { DocumentLine } from './documents.js';
import { personByIdNumber, type Applicant } from './persons.js';
import { sql, type QueryCreator } from 'kysely';
import type { Database } from '../../db/schema.js';
import { withNotify } from '../../db/with-notify.js';
import { countOnConflict, dayCountColumns, dayCountRows, enqueueNotification } from '../outbox/enqueue.js';
import { standIns, statementNotice, type NoticeOf } from './intake-notice.js';
import { noLinks, type CheckedLinks } from './intake-links.js';
import type { Answers } from '../../domain/checklist/conditions.js';
import { localDate } from '../../domain/calendar/time-zone.js';

export interface CreateArgs {
  version: ProcedureVersion;
  unit: UnitRow;
  /** The unit's effective calendar (the caller read it with its other reads). */
  calendar: Pick<EffectiveCalendar, 'definition' | 'calendar'>;
  /**
   * A same-day dossier if received: today is a same-day weekday at the unit and the procedure is eligible there
   * (same-day by law or marked by the unit).
   */
  sameDay: boolean;
  channel: 'desk' | 'online' | 'post';
  caseName: string | undefined;
  /** The person already found or made; without it the applicant (with an ID number) is upserted by the statement. */
  applicantId: string | undefined;
  applicant: Applicant;
  opening: OpeningAction;
  lines: DocumentLine[];
  actor: { id: string; fullName: string } | null;
  role: string | null;
  requestId: string;
  note: string | undefined;
  data: Record<string, unknown>;
  idempotencyKey: string | undefined;
  /** The fingerprint of the request that used the key (services/dossier/idempotency.ts). */
  requestHash?: string | undefined;
  declaration: Declaration & { applicant: { address: string | null; email: string | null } };
  fee?: DossierFee | null;
  organisation?: DossierOrganisation | null;
  /** The applicant's answers to the checklist questions (checked by the caller). */
  answers?: Answers;
  /** Where the dossier came from (checked by the caller). */
  links?: CheckedLinks;
  /** The audit row's extra facts (e.g. the outcome). */
  auditExtra?: Record<string, unknown>;
  now: number;
  /** The citizen's notice of the dossier as written, planned by the caller (queued in the same statement). */
  notice?: NoticeOf;
}

/**
 * Inserts the dossier and everything that goes with it; returns the dossier as it was written. One statement, so it
 * may run on the database itself (committed on its own); a notice that cannot be queued by that statement adds a
 * second one, and the two then run in a transaction.
 */
export async function createDossier(db: Reader, a: CreateArgs): Promise<DossierRow> {
  const { definition, calendar } = a.calendar;
  const state = applyToState(undefined, a.opening);
  const channelLimit =
    a.version.record.channels.find((c) => c.kind === a.channel) ??
    a.version.record.channels.find((c) => c.kind === 'desk') ??
    a.version.record.channels[0]!;
  // A same-day day at the unit and an eligible procedure: due at the close of the day (after 15:00, the next).
  const sameDay = state.status === 'received' && a.sameDay;
  const limit = sameDay ? ({ unit: 'same_day' } as const) : deadlineLimit(channelLimit.timeLimit);
  const clock = state.status === 'received' ? startClock(calendar, a.now, limit) : null;
  const day = localDate(definition.timezone, a.now);
  // The daily number is taken by the statement below; until then the code is a stand-in (sequence 0000).
  const [code0, code9] = standIns(a.unit.agency_id, day);
  const prefix = code0.slice(0, -4);
  const codeSql = sql<string>`(select code from k)`;
  const at = new Date(a.now);
  const id = randomUUID();
  const row: DossierRow = {
    id,
    code: code0,
    procedure_version_id: a.version.id,
    procedure_code: a.version.code,
    procedure_name: a.version.record.name,
    case_name: a.caseName ?? null,
    receiving_unit_id: a.unit.id,
    handling_unit_id: a.unit.id,
    previous_unit_id: null,
    channel: a.channel,
    status: state.status,
    state,
    version: state.version,
    assignee_id: null,
    submitted_at: at,
    received_at: clock ? at : null,
    due_at: clock?.due ? new Date(clock.due) : null,
    finished_at: state.status === 'refused' ? at : null,
    clock,
    receiving_agency_id: a.unit.agency_id,
    receiving_unit_name: a.unit.name,
    receiving_unit_path: a.unit.path,
    handling_agency_id: a.unit.agency_id,
    handling_unit_name: a.unit.name,
    handling_unit_path: a.unit.path,
    applicant_name: a.applicant.name,
    applicant_phone: a.applicant.phone,
    applicant_id_number: a.applicant.idNumber,
  };
  const notice = statementNotice(a.notice, row, [code0, code9], codeSql);
  const message = notice.kind === 'in_statement' ? notice.values : null;
  const idNumber = a.applicant.idNumber;
  if (!a.applicantId && !idNumber)
    throw new Error('createDossier: an applicant without an ID number needs its id');
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
          sql<string>`${prefix}::text || lpad(c.last_number::text, 4, '0')`.as('code'),
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
        .values({
          id,
          code: codeSql,
          procedure_version_id: row.procedure_version_id,
          procedure_code: row.procedure_code,
          procedure_name: row.procedure_name,
          case_name: row.case_name,
          receiving_unit_id: a.unit.id,
          handling_unit_id: a.unit.id,
          applicant_id: sql<string>`(select id from p)`,
          channel: a.channel,
          status: state.status,
          state: JSON.stringify(state),
          version: state.version,
          submitted_at: at,
          received_at: row.received_at,
          due_at: row.due_at,
          finished_at: row.finished_at,
          clock: clock ? JSON.stringify(clock) : null,
          declaration: JSON.stringify(a.declaration),
          fee: a.fee ? JSON.stringify(a.fee) : null,
          organisation: a.organisation ? JSON.stringify(a.organisation) : null,
          same_day: sameDay,
          answers: JSON.stringify(a.answers ?? {}),
          ...(a.links ?? noLinks),
        })
        .returning('id'),
    )
    .with('l', (db) =>
      db
        .insertInto('dossier_actions')
        .values({
          dossier_id: id,
          seq: 1,
          action: a.opening,
          status_after: state.status,
          actor_id: a.actor?.id ?? null,
          actor_name: a.actor?.fullName ?? null,
          unit_id: a.unit.id,
          role: a.role,
          at,
          note: a.note ?? null,
          data: JSON.stringify(a.data),
          idempotency_key: a.idempotencyKey ?? null,
          request_hash: a.idempotencyKey ? (a.requestHash ?? null) : null,
        })
        .returning('seq'),
    )
    .with('au', (db) =>
      db
        .insertInto('audit_log')
        .values({
          actor_id: a.actor?.id ?? null,
          actor_name: a.actor?.fullName ?? null,
          unit_id: a.unit.id,
          action: `dossier.${a.opening}`,
          entity: 'dossier',
          entity_id: codeSql,
          request_id: a.requestId,
          data: JSON.stringify({ ...a.auditExtra }),
        })
        .returning('id'),
    );
  const withDocuments = a.lines.length
    ? query.with('docs', (db) =>
        db
          .insertInto('dossier_documents')
          .values(
            a.lines.map((l) => ({
              dossier_id: id,
              position: l.position,
              name: l.doc.name,
              kind: l.doc.kind,
              originals_required: l.doc.originals,
              copies_required: l.doc.copies,
              originals: l.originals,
              copies: l.copies,
              state: l.state,
              entered_by: a.actor?.id ?? null,
              entered_by_name: a.actor?.fullName ?? null,
            })),
          )
          .returning('id'),
      )
    : query;
  // Prepared (src/db/prepared.ts): its shapes are few (the number of documents, with or without the notice).
  const compiled = prepared(
    (withDocuments as typeof query).selectFrom('k').select(['k.code', 'k.last_number']),
  ).compile();
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
  row.code = written.code;
  return row;
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
