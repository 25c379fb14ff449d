/**
 * Intake: a dossier received at the desk (receipt, supplement request or refusal — exactly one), or submitted
 * online by the applicant (status `submitted` until an officer accepts it with the `receive` action).
 */
import { startClock } from '../../domain/calendar/clock.js';
import { conflict, forbidden, invalid } from '../../domain/errors.js';
import { formatDossierCode, MAX_DAILY_SEQUENCE } from '../../domain/dossier/code.js';
import { applyToState, type OpeningAction } from '../../domain/dossier/lifecycle.js';
import { actingRole } from '../../domain/dossier/permissions.js';
import { getVersionInForce, type ProcedureVersion } from '../catalogue/versions.js';
import { getUnitByAgencyId, loadEffectiveCalendar } from '../calendar/layers.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext, Trx } from '../org/context.js';
import type { UnitRow } from '../org/queries.js';
import {
  appendLog,
  deadlineLimit,
  getDossierRow,
  localDate,
  nextDailyNumber,
  toSummary,
  type DossierSummary,
} from './common.js';
import { isSameDayIntake } from './day-modes.js';
import {
  documentLines,
  missingOf,
  type DocumentLine,
  type DocumentTick,
  type MissingDocument,
} from './documents.js';

export type { DocumentTick, MissingDocument } from './documents.js';
import { checkApplicant, upsertPerson, type ApplicantInput } from './persons.js';
import {
  checkFee,
  checkOrganisation,
  declarationOf,
  type ConfirmationInput,
  type FeeInput,
  type OrganisationInput,
} from './intake-details.js';
import type { Declaration, DeclarationInput } from '../../domain/dossier/declaration.js';
import type { DossierFee, DossierOrganisation } from '../../db/tables/dossier.js';
import { queueNotice } from './notices.js';

export interface IntakeInput {
  procedureCode: string;
  /** Agency id of the receiving unit; default: the unit where the actor is a reception officer. */
  unit?: string | undefined;
  caseName?: string | undefined;
  channel?: 'desk' | 'post' | undefined;
  applicant: ApplicantInput;
  /** The documents the officer ticked as received. */
  documents: DocumentTick[];
  /** Documents the officer judged not to apply to this applicant (e.g. an authorisation when none is needed). */
  notApplicable?: number[] | undefined;
  /** Reasons to refuse; when given, the outcome is a refusal. */
  refusalReasons?: string[] | undefined;
  note?: string | undefined;
  idempotencyKey?: string | undefined;
  /** Assisted mode (no-writing days): the officer fills the declaration; the citizen confirms the read-back. */
  assisted?: boolean | undefined;
  /** The declaration's values (keys of the procedure's template: GET /api/procedures/{code}/declaration). */
  declaration?: DeclarationInput[] | undefined;
  /** How the citizen confirmed the declaration read back to them (required in assisted mode). */
  confirmation?: ConfirmationInput | undefined;
  fee?: FeeInput | undefined;
  /** When the applicant represents an organisation. */
  organisation?: OrganisationInput | undefined;
}

export interface IntakeResult {
  outcome: 'receipt' | 'supplement' | 'refusal';
  dossier: DossierSummary;
  missing: MissingDocument[];
  reasons: string[];
}

function checkCase(version: ProcedureVersion, caseName: string | undefined): void {
  const cases = version.record.cases;
  if (caseName !== undefined && !cases.includes(caseName)) {
    const message = 'Trường hợp không thuộc thủ tục này.';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'caseName', message }]);
  }
}

function checkUnitPerforms(version: ProcedureVersion, unit: UnitRow): void {
  const units = version.record.units;
  if (units && units.length > 0 && !units.includes(unit.agency_id)) {
    const message = `Đơn vị ${unit.name} không tiếp nhận thủ tục này.`;
    throw invalid('PROCEDURE_NOT_AT_UNIT', message, [{ field: 'procedureCode', message }]);
  }
}

async function receivingUnit(trx: Trx, ctx: ActingContext, agencyId: string | undefined): Promise<UnitRow> {
  if (agencyId) return getUnitByAgencyId(trx, agencyId, 'unit');
  const own = ctx.actor.roles.find((r) => r.role === 'reception_officer');
  if (!own) throw forbidden('Chỉ công chức tiếp nhận được tiếp nhận hồ sơ.');
  return trx.selectFrom('units').selectAll().where('id', '=', own.unitId).executeTakeFirstOrThrow();
}

async function existingByKey(trx: Trx, key: string | undefined) {
  if (!key) return undefined;
  return trx
    .selectFrom('dossier_actions as a')
    .innerJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .select(['d.code', 'a.seq', 'a.action', 'a.data'])
    .where('a.idempotency_key', '=', key)
    .executeTakeFirst();
}

interface CreateArgs {
  version: ProcedureVersion;
  unit: UnitRow;
  channel: 'desk' | 'online' | 'post';
  caseName: string | undefined;
  applicantId: string;
  opening: OpeningAction;
  lines: DocumentLine[];
  actor: { id: string; fullName: string } | null;
  role: string | null;
  note: string | undefined;
  data: Record<string, unknown>;
  idempotencyKey: string | undefined;
  declaration: Declaration & { applicant: { address: string | null; email: string | null } };
  fee?: DossierFee | null;
  organisation?: DossierOrganisation | null;
  now: number;
}

/** Inserts the dossier, its documents and its first log entry; the code comes from the agency's daily counter. */
async function createDossier(trx: Trx, a: CreateArgs): Promise<string> {
  // Everything that only reads comes first: the agency's daily counter row stays locked from the moment its
  // number is taken until the commit, so receipts at one agency queue behind each other only for the writes.
  const { definition, calendar } = await loadEffectiveCalendar(trx, a.unit);
  const state = applyToState(undefined, a.opening);
  const channelLimit =
    a.version.record.channels.find((c) => c.kind === a.channel) ??
    a.version.record.channels.find((c) => c.kind === 'desk') ??
    a.version.record.channels[0]!;
  // A same-day day at the unit and an eligible procedure: due at the close of the day (after 15:00, the next).
  const sameDay =
    state.status === 'received' &&
    (await isSameDayIntake(trx, a.unit, a.version.record, a.now, definition.timezone));
  const limit = sameDay ? ({ unit: 'same_day' } as const) : deadlineLimit(channelLimit.timeLimit);
  const clock = state.status === 'received' ? startClock(calendar, a.now, limit) : null;
  const day = localDate(definition.timezone, a.now);
  const number = await nextDailyNumber(trx, a.unit.agency_id, day);
  if (number > MAX_DAILY_SEQUENCE) throw conflict('DAILY_SEQUENCE_EXHAUSTED', 'Đã hết số hồ sơ trong ngày.');
  const code = formatDossierCode(a.unit.agency_id, day, number);
  const at = new Date(a.now);
  const dossier = await trx
    .insertInto('dossiers')
    .values({
      code,
      procedure_version_id: a.version.id,
      procedure_code: a.version.code,
      procedure_name: a.version.record.name,
      case_name: a.caseName ?? null,
      receiving_unit_id: a.unit.id,
      handling_unit_id: a.unit.id,
      applicant_id: a.applicantId,
      channel: a.channel,
      status: state.status,
      state: JSON.stringify(state),
      version: state.version,
      submitted_at: at,
      received_at: clock ? at : null,
      due_at: clock?.due ? new Date(clock.due) : null,
      finished_at: state.status === 'refused' ? at : null,
      clock: clock ? JSON.stringify(clock) : null,
      declaration: JSON.stringify(a.declaration),
      fee: a.fee ? JSON.stringify(a.fee) : null,
      organisation: a.organisation ? JSON.stringify(a.organisation) : null,
      same_day: sameDay,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (a.lines.length) {
    await trx
      .insertInto('dossier_documents')
      .values(
        a.lines.map((l) => ({
          dossier_id: dossier.id,
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
  }
  await appendLog(trx, {
    dossierId: dossier.id,
    seq: 1,
    action: a.opening,
    statusAfter: state.status,
    actor: a.actor,
    unitId: a.unit.id,
    role: a.role,
    at,
    note: a.note,
    data: a.data,
    idempotencyKey: a.idempotencyKey,
  });
  return code;
}

/**
 * Receives a dossier at the desk. Exactly one outcome: a refusal when reasons are given, a supplement request
 * listing every missing document at once, or a receipt with the code and the due instant.
 */
export async function receiveDossier(
  trx: Trx,
  ctx: ActingContext,
  input: IntakeInput,
  opts: { now?: number; publicUrl?: string } = {},
): Promise<IntakeResult> {
  const replay = await existingByKey(trx, input.idempotencyKey);
  if (replay) {
    if (replay.seq !== 1)
      throw conflict('IDEMPOTENCY_KEY_REUSED', 'Mã chống gửi lặp đã dùng cho thao tác khác.');
    const row = await getDossierRow(trx, replay.code);
    const d = replay.data as { missing?: MissingDocument[]; reasons?: string[] };
    const outcome =
      replay.action === 'receive' ? 'receipt' : replay.action === 'refuse' ? 'refusal' : 'supplement';
    return { outcome, dossier: toSummary(row), missing: d.missing ?? [], reasons: d.reasons ?? [] };
  }
  const unit = await receivingUnit(trx, ctx, input.unit);
  const role = actingRole(ctx.actor, 'receive', unit.path);
  if (!role) throw forbidden('Bạn không phải công chức tiếp nhận của đơn vị này.');
  const now = opts.now ?? Date.now();
  const version = await getVersionInForce(trx, input.procedureCode, localDate('Asia/Ho_Chi_Minh', now));
  checkCase(version, input.caseName);
  checkUnitPerforms(version, unit);
  const applicant = checkApplicant(input.applicant);
  const lines = documentLines(version, input.caseName, input.documents, input.notApplicable ?? []);
  const reasons = (input.refusalReasons ?? []).map((r) => r.trim()).filter(Boolean);
  const missing = missingOf(lines);
  const outcome: IntakeResult['outcome'] = reasons.length
    ? 'refusal'
    : missing.length
      ? 'supplement'
      : 'receipt';
  const fee = checkFee(input.fee);
  const organisation = checkOrganisation(input.organisation);
  const declared = await declarationOf(trx, ctx, input, version.code, applicant.phone, outcome, now);
  const opening: OpeningAction =
    outcome === 'refusal' ? 'refuse' : outcome === 'supplement' ? 'request_supplement' : 'receive';
  const applicantId = await upsertPerson(trx, applicant);
  const code = await createDossier(trx, {
    version,
    unit,
    channel: input.channel ?? 'desk',
    caseName: input.caseName,
    applicantId,
    opening,
    lines,
    actor: ctx.actor,
    role,
    note: input.note,
    data: outcome === 'refusal' ? { reasons } : outcome === 'supplement' ? { missing } : {},
    idempotencyKey: input.idempotencyKey,
    declaration: { ...declared, applicant: { address: applicant.address, email: applicant.email } },
    fee,
    organisation,
    now,
  });
  await writeAudit(trx, ctx, {
    action: `dossier.${opening}`,
    entity: 'dossier',
    entityId: code,
    unitId: unit.id,
    extra: { outcome },
  });
  const row = await getDossierRow(trx, code);
  await queueNotice(
    trx,
    row,
    outcome === 'receipt'
      ? 'dossier_received'
      : outcome === 'supplement'
        ? 'supplement_requested'
        : 'dossier_refused',
    1,
    { items: outcome === 'supplement' ? missing.map((m) => m.name) : reasons, publicUrl: opts.publicUrl },
  );
  return { outcome, dossier: toSummary(row), missing, reasons };
}

export interface OnlineInput {
  procedureCode: string;
  unit: string;
  caseName?: string | undefined;
  applicant: ApplicantInput;
  documents: DocumentTick[];
  idempotencyKey?: string | undefined;
}

/** An applicant's online submission (no login): status `submitted` until an officer receives it. */
export async function submitOnline(
  trx: Trx,
  input: OnlineInput,
  opts: { now?: number; requestId?: string } = {},
): Promise<DossierSummary> {
  const replay = await existingByKey(trx, input.idempotencyKey);
  if (replay) {
    if (replay.action !== 'submit_online') {
      throw conflict('IDEMPOTENCY_KEY_REUSED', 'Mã chống gửi lặp đã dùng cho thao tác khác.');
    }
    return toSummary(await getDossierRow(trx, replay.code));
  }
  const unit = await getUnitByAgencyId(trx, input.unit, 'unit');
  const now = opts.now ?? Date.now();
  const version = await getVersionInForce(trx, input.procedureCode, localDate('Asia/Ho_Chi_Minh', now));
  if (!version.record.channels.some((c) => c.kind === 'online')) {
    const message = 'Thủ tục này không tiếp nhận trực tuyến.';
    throw invalid('ONLINE_NOT_OFFERED', message, [{ field: 'procedureCode', message }]);
  }
  checkCase(version, input.caseName);
  checkUnitPerforms(version, unit);
  const applicant = checkApplicant(input.applicant);
  const lines = documentLines(version, input.caseName, input.documents, []);
  const applicantId = await upsertPerson(trx, applicant);
  const code = await createDossier(trx, {
    version,
    unit,
    channel: 'online',
    caseName: input.caseName,
    applicantId,
    opening: 'submit_online',
    lines,
    actor: null,
    role: null,
    note: undefined,
    data: {},
    idempotencyKey: input.idempotencyKey,
    declaration: {
      assisted: false,
      values: [],
      confirmation: null,
      applicant: { address: applicant.address, email: applicant.email },
    },
    now,
  });
  await writeAudit(
    trx,
    { actor: null, requestId: opts.requestId ?? '' },
    { action: 'dossier.submit_online', entity: 'dossier', entityId: code, unitId: unit.id },
  );
  return toSummary(await getDossierRow(trx, code));
}
