/**
 * Writing a new dossier (desk intake or online submission) in two statements: the agency's daily number, then one
 * statement whose common table expressions insert the dossier, its documents, its first log entry, the audit row and
 * the citizen's notice (planned by the caller before the number: notify's reads happen outside the lock). The
 * agency's counter row stays locked from its number to the commit, so receipts at one agency queue behind each other
 * for those two statements and the commit only.
 *
 * The rows written are the ones appendLog and writeAudit write (same columns, same values); the dossier's id is
 * chosen here so that no statement has to wait for another's answer. The caller answers from the returned row:
 * nothing is read back.
 */
import { randomUUID } from 'node:crypto';
import { startClock } from '../../domain/calendar/clock.js';
import { conflict } from '../../domain/errors.js';
import { formatDossierCode, MAX_DAILY_SEQUENCE } from '../../domain/dossier/code.js';
import type { Declaration } from '../../domain/dossier/declaration.js';
import { applyToState, type OpeningAction } from '../../domain/dossier/lifecycle.js';
import type { DossierFee, DossierOrganisation } from '../../db/tables/dossier.js';
import type { ProcedureVersion } from '../catalogue/versions.js';
import type { EffectiveCalendar } from '../calendar/layers.js';
import type { Trx } from '../org/context.js';
import type { UnitRow } from '../org/queries.js';
import { deadlineLimit, localDate, nextDailyNumber, type DossierRow } from './common.js';
import type { DocumentLine } from './documents.js';
import type { Applicant } from './persons.js';
import type { QueryCreator } from 'kysely';
import { withNotify, type NotifyDatabase } from '../notify/db.js';
import { plannedMessage, type NotifyPlan, type NotifyRequest } from '../notify/notify.js';
import { notificationValues } from '../outbox/enqueue.js';

export interface CreateArgs {
  version: ProcedureVersion;
  unit: UnitRow;
  /** The unit's effective calendar (the caller read it with its other reads). */
  calendar: Pick<EffectiveCalendar, 'definition' | 'calendar'>;
  /** Whether today is a same-day day at the unit (only asked when the procedure is eligible). */
  sameDayToday: boolean;
  channel: 'desk' | 'online' | 'post';
  caseName: string | undefined;
  applicantId: string;
  applicant: Applicant;
  opening: OpeningAction;
  lines: DocumentLine[];
  actor: { id: string; fullName: string } | null;
  role: string | null;
  requestId: string;
  note: string | undefined;
  data: Record<string, unknown>;
  idempotencyKey: string | undefined;
  declaration: Declaration & { applicant: { address: string | null; email: string | null } };
  fee?: DossierFee | null;
  organisation?: DossierOrganisation | null;
  /** The audit row's extra facts (e.g. the outcome). */
  auditExtra?: Record<string, unknown>;
  now: number;
  /** The citizen's notice of the dossier as written, planned by the caller (queued in the same statement). */
  notice?: (row: DossierRow) => { plan: NotifyPlan; req: NotifyRequest } | null;
}

/** Inserts the dossier and everything that goes with it; returns the dossier as it was written. */
export async function createDossier(trx: Trx, a: CreateArgs): Promise<DossierRow> {
  const { definition, calendar } = a.calendar;
  const state = applyToState(undefined, a.opening);
  const channelLimit =
    a.version.record.channels.find((c) => c.kind === a.channel) ??
    a.version.record.channels.find((c) => c.kind === 'desk') ??
    a.version.record.channels[0]!;
  // A same-day day at the unit and an eligible procedure: due at the close of the day (after 15:00, the next).
  const sameDay = state.status === 'received' && a.version.record.flags.sameDay && a.sameDayToday;
  const limit = sameDay ? ({ unit: 'same_day' } as const) : deadlineLimit(channelLimit.timeLimit);
  const clock = state.status === 'received' ? startClock(calendar, a.now, limit) : null;
  const day = localDate(definition.timezone, a.now);
  const number = await nextDailyNumber(trx, a.unit.agency_id, day);
  if (number > MAX_DAILY_SEQUENCE) throw conflict('DAILY_SEQUENCE_EXHAUSTED', 'Đã hết số hồ sơ trong ngày.');
  const code = formatDossierCode(a.unit.agency_id, day, number);
  const at = new Date(a.now);
  const id = randomUUID();
  const row: DossierRow = {
    id,
    code,
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
  const notice = a.notice?.(row) ?? null;
  const message =
    notice && !('none' in notice.plan) ? notificationValues(plannedMessage(notice.plan, notice.req)) : null;
  // The notice first, unreferenced: PostgreSQL runs every data-modifying CTE of the statement.
  // (Typed without 'n', which nothing below reads.)
  const withNotice = (message
    ? withNotify(trx).with('n', (db) =>
        db
          .insertInto('notifications')
          .values(message)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('id'),
      )
    : withNotify(trx)) as unknown as QueryCreator<NotifyDatabase>;
  const query = withNotice
    .with('d', (db) =>
      db
        .insertInto('dossiers')
        .values({
          id,
          code,
          procedure_version_id: row.procedure_version_id,
          procedure_code: row.procedure_code,
          procedure_name: row.procedure_name,
          case_name: row.case_name,
          receiving_unit_id: a.unit.id,
          handling_unit_id: a.unit.id,
          applicant_id: a.applicantId,
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
          entity_id: code,
          request_id: a.requestId,
          data: JSON.stringify({ ...a.auditExtra }),
        })
        .returning('id'),
    );
  if (a.lines.length) {
    await query
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
      .execute();
  } else {
    await query.selectFrom('d').select('id').execute();
  }
  return row;
}
