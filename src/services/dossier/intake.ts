/**
 * Intake: a dossier received at the desk (receipt, supplement request or refusal — exactly one), or submitted
 * online by the applicant (status `submitted` until an officer accepts it with the `receive` action).
 */
import type { RequiredDocument } from '../../domain/catalogue/record.js';
import { startClock } from '../../domain/calendar/clock.js';
import { conflict, forbidden, invalid, type FieldIssue } from '../../domain/errors.js';
import { formatDossierCode, MAX_DAILY_SEQUENCE } from '../../domain/dossier/code.js';
import { applyToState, type OpeningAction } from '../../domain/dossier/lifecycle.js';
import { actingRole } from '../../domain/dossier/permissions.js';
import type { DocumentState } from '../../db/tables/dossier.js';
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
import { checkApplicant, upsertPerson, type ApplicantInput } from './persons.js';
import { useDeclarationOtp } from './otp.js';
import { queueNotice } from './notices.js';
import {
  checkDeclaration,
  declarationTemplate,
  maskPhone,
  type Confirmation,
  type ConfirmationMethod,
  type Declaration,
  type DeclarationInput,
  type EnteredBy,
} from '../../domain/dossier/declaration.js';
import type { DossierFee, DossierOrganisation } from '../../db/tables/dossier.js';

export interface DocumentTick {
  /** Position of the document in the procedure version's `documents`. */
  index: number;
  originals: number;
  copies: number;
}

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

export type ConfirmationInput =
  { method: Exclude<ConfirmationMethod, 'otp'> } | { method: 'otp'; otpId: string; code: string };

export interface FeeInput {
  timing: DossierFee['timing'];
  /** VND; 0 or absent when exempt. */
  amount?: number | undefined;
  note?: string | undefined;
}

export interface OrganisationInput {
  name: string;
  taxCode?: string | undefined;
  address?: string | undefined;
}

export interface MissingDocument {
  index: number;
  name: string;
  originals: number;
  copies: number;
}

export interface IntakeResult {
  outcome: 'receipt' | 'supplement' | 'refusal';
  dossier: DossierSummary;
  missing: MissingDocument[];
  reasons: string[];
}

interface DocumentLine {
  position: number;
  doc: RequiredDocument;
  state: DocumentState;
  originals: number;
  copies: number;
}

/** Required documents of the case, with what was ticked; a 400 naming any tick that is not a document. */
function documentLines(
  version: ProcedureVersion,
  caseName: string | undefined,
  ticks: readonly DocumentTick[],
  notApplicable: readonly number[],
): DocumentLine[] {
  const docs = version.record.documents;
  const fields: FieldIssue[] = [];
  ticks.forEach((t, i) => {
    if (t.index >= docs.length || (docs[t.index]?.case && docs[t.index]?.case !== caseName)) {
      fields.push({ field: `documents[${i}].index`, message: 'Không có thành phần hồ sơ này.' });
    }
  });
  notApplicable.forEach((n, i) => {
    if (n >= docs.length)
      fields.push({ field: `notApplicable[${i}]`, message: 'Không có thành phần hồ sơ này.' });
  });
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Danh sách thành phần hồ sơ không hợp lệ.', fields);
  const lines: DocumentLine[] = [];
  docs.forEach((doc, position) => {
    if (doc.case && doc.case !== caseName) return;
    const tick = ticks.find((t) => t.index === position);
    const enough = tick && tick.originals >= doc.originals && tick.copies >= doc.copies;
    const state: DocumentState = enough
      ? 'received'
      : notApplicable.includes(position)
        ? 'not_applicable'
        : 'missing';
    lines.push({ position, doc, state, originals: tick?.originals ?? 0, copies: tick?.copies ?? 0 });
  });
  return lines;
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
  const { definition, calendar } = await loadEffectiveCalendar(trx, a.unit);
  const day = localDate(definition.timezone, a.now);
  const number = await nextDailyNumber(trx, a.unit.agency_id, day);
  if (number > MAX_DAILY_SEQUENCE) throw conflict('DAILY_SEQUENCE_EXHAUSTED', 'Đã hết số hồ sơ trong ngày.');
  const code = formatDossierCode(a.unit.agency_id, day, number);
  const state = applyToState(undefined, a.opening);
  const channelLimit =
    a.version.record.channels.find((c) => c.kind === a.channel) ??
    a.version.record.channels.find((c) => c.kind === 'desk') ??
    a.version.record.channels[0]!;
  // A same-day day at the unit and an eligible procedure: due at the close of the day (after 15:00, the next).
  const sameDay =
    state.status === 'received' && (await isSameDayIntake(trx, a.unit, a.version.record, a.now));
  const limit = sameDay ? ({ unit: 'same_day' } as const) : deadlineLimit(channelLimit.timeLimit);
  const clock = state.status === 'received' ? startClock(calendar, a.now, limit) : null;
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

const missingOf = (lines: DocumentLine[]): MissingDocument[] =>
  lines
    .filter((l) => l.state === 'missing')
    .map((l) => ({ index: l.position, name: l.doc.name, originals: l.doc.originals, copies: l.doc.copies }));

function checkFee(input: FeeInput | undefined): DossierFee | null {
  if (!input) return null;
  const amount = input.timing === 'exempt' ? 0 : (input.amount ?? 0);
  if (input.timing !== 'exempt' && amount <= 0) {
    const message = 'Cần số tiền phí, lệ phí (hoặc chọn "Miễn").';
    throw invalid('VALIDATION_FAILED', message, [{ field: 'fee.amount', message }]);
  }
  const note = input.note?.trim();
  return { timing: input.timing, amount, ...(note ? { note } : {}) };
}

function checkOrganisation(input: OrganisationInput | undefined): DossierOrganisation | null {
  if (!input) return null;
  const name = input.name.trim().replace(/\s+/g, ' ');
  const taxCode = input.taxCode?.replace(/\s/g, '');
  const fields: FieldIssue[] = [];
  if (!name) fields.push({ field: 'organisation.name', message: 'Cần tên tổ chức.' });
  if (taxCode && !/^\d{10}(-\d{3})?$/.test(taxCode)) {
    fields.push({ field: 'organisation.taxCode', message: 'Mã số thuế gồm 10 số (chi nhánh: 10 số-3 số).' });
  }
  if (fields.length) throw invalid('VALIDATION_FAILED', 'Thông tin tổ chức không hợp lệ.', fields);
  const address = input.address?.trim();
  return { name, ...(taxCode ? { taxCode } : {}), ...(address ? { address } : {}) };
}

/**
 * The declaration with the provenance of each value. In assisted mode the officer entered every value and the
 * citizen must confirm the read-back (signature, fingerprint, or the one-time code sent to the applicant's phone),
 * unless the outcome is a refusal.
 */
async function declarationOf(
  trx: Trx,
  ctx: ActingContext,
  input: IntakeInput,
  procedureCode: string,
  phone: string,
  outcome: IntakeResult['outcome'],
  now: number,
): Promise<Declaration> {
  const assisted = input.assisted ?? false;
  if (!assisted && !input.declaration?.length) return { assisted, values: [], confirmation: null };
  const { values, issues } = checkDeclaration(declarationTemplate(procedureCode), input.declaration ?? []);
  const needsConfirmation = assisted && outcome !== 'refusal';
  if (needsConfirmation && !input.confirmation) {
    issues.push({
      field: 'confirmation',
      message: 'Công dân cần xác nhận nội dung tờ khai đã được đọc lại.',
    });
  }
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Tờ khai chưa đầy đủ hoặc chưa đúng.', issues);
  const enteredBy: EnteredBy = assisted
    ? { kind: 'officer', staffId: ctx.actor.id, name: ctx.actor.fullName }
    : { kind: 'applicant' };
  let confirmation: Confirmation | null = null;
  const c = input.confirmation;
  if (needsConfirmation && c) {
    if (c.method === 'otp') await useDeclarationOtp(trx, c.otpId, phone, c.code, now);
    confirmation = {
      method: c.method,
      at: new Date(now).toISOString(),
      ...(c.method === 'otp' ? { phoneMasked: maskPhone(phone) } : {}),
    };
  }
  return { assisted, values: values.map((v) => ({ ...v, enteredBy })), confirmation };
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
