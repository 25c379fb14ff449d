/**
 * The rows a new dossier is written as (pure; the statement that writes them is writes.ts): the dossier as answered
 * to the caller (its code a stand-in until the statement takes the daily number), and the values of its dossiers,
 * dossier_documents, log and audit rows. The log and audit rows come from the builders `appendLog` and `writeAudit`
 * use (`logRow` in ../common.ts, `auditRow` in services/org/audit.ts); the notice's from the outbox's
 * `notificationValues` (notice.ts).
 */
import type { RawBuilder } from 'kysely';
import { startClock } from '../../../domain/calendar/clock.js';
import type { Answers } from '../../../domain/checklist/conditions.js';
import type { Declaration } from '../../../domain/dossier/declaration.js';
import { applyToState, type OpeningAction } from '../../../domain/dossier/lifecycle.js';
import type { DossierFee, DossierOrganisation } from '../../../db/tables/dossier.js';
import type { FeeAssessment } from '../../../domain/fees/policy.js';
import type { EffectiveCalendar } from '../../calendar/layers.js';
import type { ProcedureVersion } from '../../catalogue/versions.js';
import { auditRow } from '../../org/audit.js';
import type { UnitRow } from '../../org/queries.js';
import { deadlineLimit, logRow, type DossierRow } from '../common.js';
import type { DocumentLine } from '../documents.js';
import { noLinks, type CheckedLinks } from './links.js';
import type { NoticeOf } from './notice.js';
import type { Applicant } from './persons.js';

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
  /** What it owes, frozen at submission or receipt (services/fees/assess.ts). */
  feeAssessment?: FeeAssessment | null;
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

/** The new dossier as answered: its opening state, whether it is same-day, its legal clock. */
export interface Opened {
  row: DossierRow;
  sameDay: boolean;
}

/** The dossier `a` describes, with the id chosen by the caller and the code `code` (a stand-in). */
export function openedDossier(a: CreateArgs, id: string, code: string): Opened {
  const state = applyToState(undefined, a.opening);
  const channelLimit =
    a.version.record.channels.find((c) => c.kind === a.channel) ??
    a.version.record.channels.find((c) => c.kind === 'desk') ??
    a.version.record.channels[0]!;
  // A same-day day at the unit and an eligible procedure: due at the close of the day (after 15:00, the next).
  const sameDay = state.status === 'received' && a.sameDay;
  const limit = sameDay ? ({ unit: 'same_day' } as const) : deadlineLimit(channelLimit.timeLimit);
  const clock = state.status === 'received' ? startClock(a.calendar.calendar, a.now, limit) : null;
  const at = new Date(a.now);
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
  return { row, sameDay };
}

/** SQL expressions of what only the statement knows: the code it makes and the applicant's id. */
export interface InStatement {
  code: RawBuilder<string>;
  applicantId: RawBuilder<string>;
}

/** The dossiers row. */
export function dossierValues(a: CreateArgs, { row, sameDay }: Opened, sql: InStatement) {
  return {
    id: row.id,
    code: sql.code,
    procedure_version_id: row.procedure_version_id,
    procedure_code: row.procedure_code,
    procedure_name: row.procedure_name,
    case_name: row.case_name,
    receiving_unit_id: row.receiving_unit_id,
    handling_unit_id: row.handling_unit_id,
    applicant_id: sql.applicantId,
    channel: row.channel,
    status: row.status,
    state: JSON.stringify(row.state),
    version: row.version,
    submitted_at: row.submitted_at,
    received_at: row.received_at,
    due_at: row.due_at,
    finished_at: row.finished_at,
    clock: row.clock ? JSON.stringify(row.clock) : null,
    declaration: JSON.stringify(a.declaration),
    fee: a.fee ? JSON.stringify(a.fee) : null,
    fee_assessment: a.feeAssessment ? JSON.stringify(a.feeAssessment) : null,
    organisation: a.organisation ? JSON.stringify(a.organisation) : null,
    same_day: sameDay,
    answers: JSON.stringify(a.answers ?? {}),
    ...(a.links ?? noLinks),
  };
}

/** The dossier_documents rows: the checklist as ticked at intake. */
export function documentRows(a: CreateArgs, dossierId: string) {
  return a.lines.map((l) => ({
    dossier_id: dossierId,
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
  }));
}

/** The first log entry (the opening action), as `appendLog` writes it. */
export function openingLogRow(a: CreateArgs, { row }: Opened) {
  return logRow({
    dossierId: row.id,
    seq: 1,
    action: a.opening,
    statusAfter: row.status,
    actor: a.actor,
    unitId: a.unit.id,
    role: a.role,
    at: row.submitted_at,
    note: a.note,
    data: a.data,
    idempotencyKey: a.idempotencyKey,
    requestHash: a.idempotencyKey ? a.requestHash : null,
  });
}

/** The audit row of the opening action, as `writeAudit` writes it; its entity id is the code the statement makes. */
export function openingAuditRow(a: CreateArgs, code: RawBuilder<string>) {
  return auditRow(
    { actor: a.actor, requestId: a.requestId },
    {
      action: `dossier.${a.opening}`,
      entity: 'dossier',
      entityId: code,
      unitId: a.unit.id,
      ...(a.auditExtra ? { extra: a.auditExtra } : {}),
    },
  );
}
