/**
 * Actions on a received dossier: checked against the transition table (409 ACTION_NOT_ALLOWED naming the allowed
 * actions), the dossier's version (409 VERSION_CONFLICT), the idempotency key (the same key answers the same
 * result without a second entry) and the actor's role in the unit handling the dossier (403). The dossier row is
 * locked for the whole transaction, so two officers acting at once are served one after the other. What an allowed
 * action then does is `recordAction`, shared with the applicant's own withdrawal (services/citizen/dossier.ts).
 */
import { conflict, DomainError, forbidden } from '../../../domain/errors.js';
import { assigneeAllows } from '../../../domain/dossier/routing.js';
import { actionLabels, actionSpec } from '../../../domain/dossier/actions.js';
import {
  allowedActions,
  applyToState,
  terminalStatuses,
  type Action,
  type DossierState,
} from '../../../domain/dossier/lifecycle.js';
import type { Role } from '../../../domain/org/roles.js';
import { actingRole, mayAct } from '../../../domain/dossier/permissions.js';
import { writeAudit } from '../../org/audit.js';
import type { ActingContext } from '../../org/context.js';
import type { Trx } from '../../../db/transaction.js';
import { appendLog, getDossierRow, toSummary, type DossierRow, type DossierSummary } from '../common.js';
import { checkSameRequest, requestHash } from '../idempotency.js';
import { queueNotice } from '../notices.js';
import { ratingUrl } from '../../ratings/token.js';
import { effectsOf } from './effects.js';
import { checkAttachments, requiredField, type ActionInput } from './inputs.js';
import { applyTaskEffects, openConsultUnits } from '../tasks/tasks.js';

export interface ActionResult {
  dossier: DossierSummary;
  /** True when the idempotency key had already been used for this very action: nothing new was recorded. */
  replayed: boolean;
}

/** 403 NOT_ASSIGNEE: appraisal is the assignee's; the leader reassigns the dossier first. */
async function notAssignee(trx: Trx, assigneeId: string | null): Promise<DomainError> {
  const assignee = assigneeId
    ? await trx.selectFrom('staff').select('full_name').where('id', '=', assigneeId).executeTakeFirst()
    : undefined;
  return new DomainError(
    'forbidden',
    'NOT_ASSIGNEE',
    `Hồ sơ đang được phân công cho ${assignee?.full_name ?? 'chuyên viên khác'}. Đề nghị lãnh đạo phân công lại cho bạn trước khi thẩm định.`,
  );
}

/** What the citizen's notices link to: the public site, and the key of the rating link sent with the result. */
export interface NoticeLinks {
  publicUrl?: string | undefined;
  ratingSecret?: string | undefined;
}

/** Without the key, the result's notice keeps its tracking link. */
const ratingLink = (opts: NoticeLinks, code: string) =>
  opts.ratingSecret ? ratingUrl(opts.publicUrl, opts.ratingSecret, code) || undefined : undefined;

export async function applyAction(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  input: ActionInput,
  opts: NoticeLinks & { now?: number } = {},
): Promise<ActionResult> {
  const row = await getDossierRow(trx, code, true);
  const previous = await trx
    .selectFrom('dossier_actions')
    .select(['dossier_id', 'action', 'actor_id', 'request_hash'])
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  const fingerprint = requestHash(input);
  if (previous) {
    checkSameRequest(
      {
        actorId: previous.actor_id,
        action: previous.action,
        dossierId: previous.dossier_id,
        requestHash: previous.request_hash,
      },
      { actorId: ctx.actor.id, actions: [input.action], dossierId: row.id, requestHash: fingerprint },
    );
    return { dossier: toSummary(row), replayed: true };
  }
  const spec = actionSpec(input.action);
  // A consultation is answered by the consulted unit, not by the unit handling the dossier.
  let consulted: { id: string; unit_id: string; path: string[] } | undefined;
  if (spec.atConsultedUnit) {
    const open = await openConsultUnits(trx, row.id);
    consulted = open.find((o) => mayAct(ctx.actor, input.action, o.path));
    if (open.length > 0 && !consulted) {
      throw forbidden(`Bạn không có quyền "${actionLabels[input.action]}" với hồ sơ này.`);
    }
  }
  const role = actingRole(ctx.actor, input.action, consulted?.path ?? row.handling_unit_path);
  if (!role) throw forbidden(`Bạn không có quyền "${actionLabels[input.action]}" với hồ sơ này.`);
  if (!assigneeAllows(input.action, row.assignee_id, ctx.actor.id))
    throw await notAssignee(trx, row.assignee_id);
  if (input.expectedVersion !== row.version) {
    throw conflict('VERSION_CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.', {
      currentVersion: row.version,
    });
  }
  checkAllowed(row, input.action);
  const { fresh, after } = await recordAction(
    trx,
    row,
    input,
    { actor: ctx.actor, role, unitId: consulted?.unit_id ?? row.handling_unit_id, consulted },
    { now: opts.now ?? Date.now(), publicUrl: opts.publicUrl, ratingSecret: opts.ratingSecret, fingerprint },
  );
  await writeAudit(trx, ctx, {
    action: `dossier.${input.action}`,
    entity: 'dossier',
    entityId: row.code,
    unitId: row.handling_unit_id,
    extra: { version: after.version },
  });
  return { dossier: toSummary(fresh), replayed: false };
}

/** 409 ACTION_NOT_ALLOWED naming the allowed actions, unless the transition table allows `action` now. */
export function checkAllowed(row: DossierRow, action: Action, message?: string): void {
  const allowed = allowedActions(row.state);
  if (allowed.includes(action)) return;
  throw conflict(
    'ACTION_NOT_ALLOWED',
    message ??
      `Không thể "${actionLabels[action]}" hồ sơ đang ở trạng thái này. Thao tác được phép: ${
        allowed.map((a) => actionLabels[a]).join(', ') || 'không có'
      }.`,
    { status: row.state.status, allowed: [...allowed] },
  );
}

/** Who records an action: an officer in a role, or (actor and role null) the applicant themselves. */
export interface Recorder {
  actor: { id: string; fullName: string } | null;
  role: Role | null;
  /** The unit the entry is logged under. */
  unitId: string;
  /** answer_consult: the consulted unit's open task. */
  consulted?: { id: string; unit_id: string } | undefined;
}

/**
 * What an allowed action does once its checks have passed: its effects and tasks, the log entry, the dossier's
 * new state (409 VERSION_CONFLICT if it changed meanwhile) and the applicant's notice. The caller audits it.
 */
export async function recordAction(
  trx: Trx,
  row: DossierRow,
  input: ActionInput,
  who: Recorder,
  opts: NoticeLinks & { now: number; fingerprint: string },
): Promise<{ fresh: DossierRow; after: DossierState }> {
  const { now, fingerprint } = opts;
  const { consulted } = who;
  const spec = actionSpec(input.action);
  const before = row.state;
  const note = input.note?.trim() || undefined;
  if (spec.note === 'required' && !note) throw requiredField('note', 'Cần ghi rõ lý do.');
  const after = applyToState(before, input.action);
  const fx = await effectsOf(trx, row, before, after, input, now, who.actor);
  if (input.details && Object.keys(input.details).length > 0) fx.data.details = input.details;
  if (input.attachmentIds?.length)
    fx.data.attachments = await checkAttachments(trx, row.id, input.attachmentIds);
  const finished = (terminalStatuses as readonly string[]).includes(after.status);
  const receivedAt = fx.receivedAt ?? row.received_at;
  const overallDue = fx.dueAt !== undefined ? fx.dueAt : row.due_at;
  Object.assign(
    fx.data,
    await applyTaskEffects(trx, {
      row,
      action: input.action,
      seq: after.version,
      now,
      finished,
      receivedAt: receivedAt ? receivedAt.getTime() : null,
      receivedNow: fx.receivedAt !== undefined,
      overallDue: overallDue ? overallDue.getTime() : null,
      handlingUnitId: fx.handlingUnitId ?? row.handling_unit_id,
      assigneeId: fx.assigneeId,
      consult: fx.consult && { ...fx.consult, request: note ?? '' },
      answer: consulted && { taskId: consulted.id, text: note ?? '' },
      clockOnSupplement: fx.data.clockOnSupplement as 'pause' | 'restart' | undefined,
    }),
  );
  await appendLog(trx, {
    dossierId: row.id,
    seq: after.version,
    action: input.action,
    statusAfter: after.status,
    actor: who.actor,
    unitId: who.unitId,
    role: who.role,
    at: new Date(now),
    note,
    data: fx.data,
    idempotencyKey: input.idempotencyKey,
    requestHash: fingerprint,
  });
  const updated = await trx
    .updateTable('dossiers')
    .set({
      status: after.status,
      state: JSON.stringify(after),
      version: after.version,
      updated_at: new Date(now),
      ...(fx.clock !== undefined
        ? { clock: fx.clock ? JSON.stringify(fx.clock) : null, due_at: fx.dueAt ?? null }
        : {}),
      ...(fx.receivedAt ? { received_at: fx.receivedAt } : {}),
      ...(fx.finishedAt ? { finished_at: fx.finishedAt } : {}),
      ...(fx.handlingUnitId ? { handling_unit_id: fx.handlingUnitId } : {}),
      ...(fx.previousUnitId !== undefined ? { previous_unit_id: fx.previousUnitId } : {}),
      ...(fx.assigneeId !== undefined ? { assignee_id: fx.assigneeId } : {}),
      ...(fx.sameDay !== undefined ? { same_day: fx.sameDay } : {}),
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) {
    throw conflict('VERSION_CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.');
  }
  const fresh = await getDossierRow(trx, row.code);
  const notice = spec.notice;
  if (notice) {
    const missing = ((fx.data.missing ?? []) as { name: string }[]).map((m) => m.name);
    // A supplement asked for during appraisal often names no missing paper of the checklist: the note says what.
    await queueNotice(trx, fresh, notice, after.version, {
      items: input.action === 'request_supplement' && missing.length > 0 ? missing : note ? [note] : [],
      publicUrl: opts.publicUrl,
      link: notice === 'result_returned' ? ratingLink(opts, fresh.code) : undefined,
    });
  }
  return { fresh, after };
}
