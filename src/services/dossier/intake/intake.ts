/**
 * Intake: a dossier received at the desk (receipt, supplement request or refusal — exactly one), or submitted
 * online by the applicant (status `submitted` until an officer accepts it with the `receive` action).
 */
import { forbidden, invalid } from '../../../domain/errors.js';
import type { OpeningAction } from '../../../domain/dossier/lifecycle.js';
import { actingRole } from '../../../domain/dossier/permissions.js';
import type { ProcedureVersion } from '../../catalogue/versions.js';
import type { ActingContext } from '../../org/context.js';
import { inTransaction, type Reader, type Trx } from '../../../db/transaction.js';
import type { UnitRow } from '../../org/queries.js';
import { getDossierRow, toSummary, type DossierRow, type DossierSummary } from '../common.js';
import { documentLines, missingOf, type DocumentTick, type MissingDocument } from '../documents.js';
import { isSameDayIntakeAt, readForIntake, versionOf, type IntakeReads, type Replay } from './reads.js';
import { createDossier } from './writes.js';
import { assessDossier } from '../../fees/assess.js';
import { checkSameRequest, idempotencyKeyReused, requestHash } from '../idempotency.js';
import { planNotify } from '../../notify/notify.js';
import { noticeRequest } from '../notices.js';
import type { NoticeEvent } from '../../../domain/dossier/notices.js';

export type { DocumentTick, MissingDocument } from '../documents.js';
import { checkApplicant, upsertPerson, type ApplicantInput } from './persons.js';
import { useDeclarationOtp } from './otp.js';
import {
  checkFee,
  checkOrganisation,
  declarationOf,
  type ConfirmationInput,
  type FeeInput,
  type OrganisationInput,
} from './details.js';
import {
  checkDeclaration,
  type Confirmation,
  type DeclarationInput,
} from '../../../domain/dossier/declaration.js';
import { checkedAnswers } from '../../checklist/answered.js';
import { checkLinks, type IntakeLinks } from './links.js';
import { unitByAgencyId } from '../../org/units.js';
import { localDate } from '../../../domain/calendar/time-zone.js';
import { todayInVietnam } from '../../../domain/catalogue/dates.js';
import type { Answers } from '../../../domain/checklist/conditions.js';
import { formOf } from '../../../domain/dossier/eform.js';

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
  /** The applicant's answers to the procedure's checklist questions (question id → answer). */
  answers?: Readonly<Record<string, string>> | undefined;
  /** Where the dossier came from: the appointment, the ticket, the hotline call (the dossier page shows it). */
  links?: IntakeLinks | undefined;
}

export interface IntakeResult {
  outcome: 'receipt' | 'supplement' | 'refusal';
  dossier: DossierSummary;
  /** A receipt on the unit's same-day weekday for an eligible procedure: due at the close of the day. */
  sameDay: boolean;
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

/** The receiving unit as asked: the agency id given, else the unit where the actor is a reception officer. */
function unitAsked(ctx: ActingContext, agencyId: string | undefined) {
  if (agencyId) return { agencyId };
  const own = ctx.actor.roles.find((r) => r.role === 'reception_officer');
  return own ? { id: own.unitId } : null;
}

/** The unit the combined read found; otherwise the error the caller gets (unknown agency id, or no own unit). */
async function receivingUnit(db: Reader, reads: IntakeReads, agencyId: string | undefined): Promise<UnitRow> {
  if (reads.unit) return reads.unit;
  if (agencyId) return unitByAgencyId(db, agencyId, { field: 'unit' });
  throw forbidden('Chỉ công chức tiếp nhận được tiếp nhận hồ sơ.');
}

/** The actions that open a dossier at the desk: a retried intake answered any of them. */
const DESK_OPENINGS = ['receive', 'request_supplement', 'refuse'] as const;

/**
 * The answer to a retried request: what the first one did, from the log entry its key names — only to the same
 * person sending the same request (services/dossier/idempotency.ts).
 */
async function replayed(
  db: Reader,
  replay: Replay,
  current: { actorId: string; requestHash: string },
): Promise<IntakeResult> {
  if (replay.seq !== 1) throw idempotencyKeyReused();
  checkSameRequest(replay, { ...current, actions: DESK_OPENINGS });
  const [row, flag] = await Promise.all([
    getDossierRow(db, replay.code),
    db.selectFrom('dossiers').select('same_day').where('code', '=', replay.code).executeTakeFirst(),
  ]);
  const d = replay.data as { missing?: MissingDocument[]; reasons?: string[] };
  const outcome =
    replay.action === 'receive' ? 'receipt' : replay.action === 'refuse' ? 'refusal' : 'supplement';
  return {
    outcome,
    dossier: toSummary(row),
    sameDay: flag?.same_day === true,
    missing: d.missing ?? [],
    reasons: d.reasons ?? [],
  };
}

/**
 * Receives a dossier at the desk. Exactly one outcome: a refusal when reasons are given, a supplement request
 * listing every missing document at once, or a receipt with the code and the due instant.
 *
 * Given the database itself (the HTTP route), the reads run on their own and the receipt is written by one
 * statement, committed inside the server: the agency's daily counter is locked for that statement and its commit
 * only, with no round trip to the application in between. A one-time code to use or an applicant without an ID
 * number adds statements to the write, which then runs in a transaction. Given a transaction, everything runs in it.
 */
export async function receiveDossier(
  db: Reader,
  ctx: ActingContext,
  input: IntakeInput,
  opts: { now?: number; publicUrl?: string } = {},
): Promise<IntakeResult> {
  const now = opts.now ?? Date.now();
  const date = localDate('Asia/Ho_Chi_Minh', now);
  // One statement for every read (the key, the unit, the version in force, the unit's calendar and day modes).
  const reads = await readForIntake(db, {
    idempotencyKey: input.idempotencyKey,
    unit: unitAsked(ctx, input.unit),
    procedureCode: input.procedureCode,
    date,
  });
  const fingerprint = requestHash(input);
  if (reads.replay) {
    return replayed(db, reads.replay, { actorId: ctx.actor.id, requestHash: fingerprint });
  }
  const unit = await receivingUnit(db, reads, input.unit);
  const role = actingRole(ctx.actor, 'receive', unit.path);
  if (!role) throw forbidden('Bạn không phải công chức tiếp nhận của đơn vị này.');
  const version = await versionOf(db, reads, input.procedureCode, date);
  checkCase(version, input.caseName);
  checkUnitPerforms(version, unit);
  const applicant = checkApplicant(input.applicant);
  const answers = checkedAnswers(version.record, input.answers);
  const reasons = (input.refusalReasons ?? []).map((r) => r.trim()).filter(Boolean);
  // A conditional document whose question nobody asked is neither missing nor waived: ask first (not to refuse).
  const lines = documentLines(
    version,
    input.caseName,
    input.documents,
    input.notApplicable ?? [],
    answers,
    reasons.length ? 'missing' : 'ask',
  );
  const links = await checkLinks(db, unit.id, input.links);
  const missing = missingOf(lines);
  const outcome: IntakeResult['outcome'] = reasons.length
    ? 'refusal'
    : missing.length
      ? 'supplement'
      : 'receipt';
  // What it owes is frozen when it is received (services/fees/assess.ts).
  const owed =
    outcome === 'receipt'
      ? await assessDossier(db, version, input.channel ?? 'desk', date, checkFee(input.fee))
      : { feeAssessment: null, fee: checkFee(input.fee) };
  const organisation = checkOrganisation(input.organisation);
  const declared = declarationOf(ctx, input, version.record, answers, applicant.phone, outcome, now);
  const opening: OpeningAction =
    outcome === 'refusal' ? 'refuse' : outcome === 'supplement' ? 'request_supplement' : 'receive';
  const settings = reads.settings!;
  const sameDay = outcome === 'receipt' && isSameDayIntakeAt(reads, version, now);
  // The citizen's notice is planned (preference, template, SMS counts: one read) before the daily number, and
  // queued in the statement that writes the dossier.
  const event: NoticeEvent =
    outcome === 'receipt'
      ? 'dossier_received'
      : outcome === 'supplement'
        ? 'supplement_requested'
        : 'dossier_refused';
  // On the real clock, as before (a receipt dated by `opts.now`, e.g. demo data, still notifies now).
  const plan = await planNotify(db, { event, unitId: unit.id, recipient: { phone: applicant.phone } });
  const write = (w: Reader, applicantId: string | undefined) =>
    createDossier(w, {
      version,
      unit,
      calendar: settings.calendar,
      sameDay,
      channel: input.channel ?? 'desk',
      caseName: input.caseName,
      applicantId,
      applicant,
      opening,
      lines,
      actor: ctx.actor,
      role,
      requestId: ctx.requestId,
      note: input.note,
      data: outcome === 'refusal' ? { reasons } : outcome === 'supplement' ? { missing } : {},
      idempotencyKey: input.idempotencyKey,
      requestHash: fingerprint,
      declaration: {
        ...declared.declaration,
        applicant: { address: applicant.address, email: applicant.email },
      },
      ...owed,
      organisation,
      answers,
      links,
      auditExtra: { outcome },
      now,
      notice: (written) => {
        const items = outcome === 'supplement' ? missing.map((m) => m.name) : reasons;
        const req = noticeRequest(written, event, 1, { items, publicUrl: opts.publicUrl });
        return req ? { plan, req } : null;
      },
    });
  const otp = declared.otp;
  // A person with an ID number is upserted by the statement that writes the dossier.
  const row =
    otp || !applicant.idNumber
      ? await inTransaction(db, async (trx: Trx) => {
          if (otp) await useDeclarationOtp(trx, otp.otpId, applicant.phone, otp.code, now);
          return write(trx, applicant.idNumber ? undefined : await upsertPerson(trx, applicant));
        })
      : await write(db, undefined);
  return { outcome, dossier: toSummary(row), sameDay, missing, reasons };
}

export interface OnlineInput {
  procedureCode: string;
  unit: string;
  caseName?: string | undefined;
  applicant: ApplicantInput;
  documents: DocumentTick[];
  idempotencyKey?: string | undefined;
  /** The applicant's answers to the checklist questions (a signed-in citizen's submission). */
  answers?: Readonly<Record<string, string>> | undefined;
  /** The declaration's values as the applicant entered them, checked against the procedure's template. */
  declaration?: DeclarationInput[] | undefined;
}

/** An applicant's online submission (no login): status `submitted` until an officer receives it. */
export async function submitOnline(
  trx: Trx,
  input: OnlineInput,
  opts: {
    now?: number;
    requestId?: string;
    /** Proof that the applicant's phone is theirs (a one-time code), checked unless the request is a replay. */
    verify?: (applicantPhone: string, now: number) => Promise<void>;
    /** Entered by a helper at a service point on the citizen's behalf, who consented so (services/service-points). */
    helper?: { actor: { id: string; fullName: string }; consent: Omit<Confirmation, 'at'> };
    /** Queue the applicant's SMS that the dossier was submitted (`dossier_submitted`), with the tracking link. */
    notify?: { publicUrl?: string | undefined };
    /** Runs in the transaction once the dossier is written (e.g. attaching the applicant's uploads). */
    onWritten?: (row: DossierRow, applicantId: string) => Promise<void>;
  } = {},
): Promise<DossierSummary> {
  const now = opts.now ?? Date.now();
  const date = localDate('Asia/Ho_Chi_Minh', now);
  const reads = await readForIntake(trx, {
    idempotencyKey: input.idempotencyKey,
    unit: { agencyId: input.unit },
    procedureCode: input.procedureCode,
    date,
  });
  const replay = reads.replay;
  const fingerprint = requestHash(input);
  if (replay) {
    if (replay.seq !== 1) throw idempotencyKeyReused();
    checkSameRequest(replay, {
      actorId: opts.helper?.actor.id ?? null,
      actions: ['submit_online'],
      requestHash: fingerprint,
    });
    return toSummary(await getDossierRow(trx, replay.code));
  }
  const unit = await receivingUnit(trx, reads, input.unit);
  const version = await versionOf(trx, reads, input.procedureCode, date);
  if (!version.record.channels.some((c) => c.kind === 'online')) {
    const message = 'Thủ tục này không tiếp nhận trực tuyến.';
    throw invalid('ONLINE_NOT_OFFERED', message, [{ field: 'procedureCode', message }]);
  }
  checkCase(version, input.caseName);
  checkUnitPerforms(version, unit);
  const applicant = checkApplicant(input.applicant);
  if (opts.verify) await opts.verify(applicant.phone, now);
  const answers = checkedAnswers(version.record, input.answers);
  const lines = documentLines(version, input.caseName, input.documents, [], answers);
  const values = onlineDeclaration(version.record, input.declaration, answers, now);
  // Online only the phone is proved: a typed ID number never takes over its holder (persons.ts).
  const applicantId = await upsertPerson(trx, applicant, { idVerified: false });
  const event = 'dossier_submitted';
  const plan = opts.notify
    ? await planNotify(trx, { event, unitId: unit.id, recipient: { phone: applicant.phone } })
    : undefined;
  const owed = await assessDossier(trx, version, 'online', date, null);
  const row = await createDossier(trx, {
    ...owed,
    version,
    unit,
    calendar: reads.settings!.calendar,
    sameDay: false,
    channel: 'online',
    caseName: input.caseName,
    applicantId,
    applicant,
    opening: 'submit_online',
    lines,
    actor: opts.helper?.actor ?? null,
    role: opts.helper ? 'service_point_helper' : null,
    requestId: opts.requestId ?? '',
    note: undefined,
    data: {},
    idempotencyKey: input.idempotencyKey,
    requestHash: fingerprint,
    declaration: {
      assisted: opts.helper !== undefined,
      values,
      confirmation: opts.helper ? { ...opts.helper.consent, at: new Date(now).toISOString() } : null,
      applicant: { address: applicant.address, email: applicant.email },
    },
    ...(input.answers ? { answers } : {}),
    now,
    ...(plan
      ? {
          notice: (written: DossierRow) => {
            const req = noticeRequest(written, event, 1, { publicUrl: opts.notify?.publicUrl });
            return req ? { plan, req } : null;
          },
        }
      : {}),
  });
  await opts.onWritten?.(row, applicantId);
  return toSummary(row);
}

/**
 * The values an applicant declared online against the version's form for their answers, each marked as theirs; a
 * 400 naming every issue. A submission that sends no declaration at all (the form-less online intake, a helper's
 * paper-based submission) keeps none; one that sends a list, even empty, has it checked, required fields included.
 */
function onlineDeclaration(
  record: ProcedureVersion['record'],
  input: DeclarationInput[] | undefined,
  answers: Answers,
  now: number,
) {
  if (input === undefined) return [];
  const { values, issues } = checkDeclaration(formOf(record), input, {
    answers,
    today: todayInVietnam(new Date(now)),
    prefix: 'form',
  });
  if (issues.length) throw invalid('VALIDATION_FAILED', 'Tờ khai chưa đầy đủ hoặc chưa đúng.', issues);
  return values.map((v) => ({ ...v, enteredBy: { kind: 'applicant' as const } }));
}
