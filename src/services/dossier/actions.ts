/**
 * Actions on a received dossier: checked against the transition table (409 ACTION_NOT_ALLOWED naming the allowed
 * actions), the dossier's version (409 VERSION_CONFLICT), the idempotency key (the same key answers the same
 * result without a second entry) and the actor's role in the unit handling the dossier (403). The dossier row is
 * locked for the whole transaction, so two officers acting at once are served one after the other.
 */
import {
  checkExtension,
  pauseClock,
  restartClock,
  resumeClock,
  startClock,
  type Clock,
} from '../../domain/calendar/clock.js';
import { parseInstant } from '../../domain/calendar/time-zone.js';
import { parseCccd } from '../../domain/dossier/identity.js';
import { conflict, forbidden, invalid } from '../../domain/errors.js';
import {
  actionLabels,
  allowedActions,
  applyToState,
  terminalStatuses,
  type Action,
  type DossierState,
} from '../../domain/dossier/lifecycle.js';
import { actingRole, mayAct } from '../../domain/dossier/permissions.js';
import { getVersionById } from '../catalogue/versions.js';
import { getUnitByAgencyId, loadEffectiveCalendar } from '../calendar/layers.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext, Trx } from '../org/context.js';
import type { UnitRow } from '../org/queries.js';
import {
  appendLog,
  deadlineLimit,
  getDossierRow,
  toSummary,
  type DossierRow,
  type DossierSummary,
} from './common.js';
import { missingDocuments, tickDocuments } from './documents.js';
import { noticeOfAction, queueNotice } from './notices.js';
import type { DocumentTick } from './intake.js';
import { applyTaskEffects, openConsultUnits, pickAssignee } from './tasks.js';

export interface ActionInput {
  action: Action;
  expectedVersion: number;
  idempotencyKey: string;
  note?: string | undefined;
  /** transfer: agency id of the unit to send the dossier to. */
  toUnit?: string | undefined;
  /** assign: staff id of the specialist. */
  assigneeId?: string | undefined;
  /** extend: the new due instant (ISO 8601). */
  newDue?: string | undefined;
  /** receive_supplement: the documents the applicant brought back. */
  documents?: DocumentTick[] | undefined;
  /** return_result: who received the result at the desk (the applicant or someone they authorised). */
  returnedTo?: ReturnedTo | undefined;
  /** Scans already attached to the dossier that this step produced or relied on (listed in the history). */
  attachmentIds?: string[] | undefined;
  /** consult: the answer is due by this instant (ISO 8601); toUnit names the consulted unit, note the question. */
  deadline?: string | undefined;
  /** Structured details recorded with the entry (e.g. the Tax office's financial-obligation notice). */
  details?: Record<string, string | number> | undefined;
}

/** Actions that must say why (the reasons go on the printed notice). */
const needsNote: readonly Action[] = [
  'refuse',
  'stop',
  'request_supplement',
  'extend',
  'withdraw',
  'send_back',
  'consult',
  'answer_consult',
];

export interface ReturnedTo {
  name: string;
  relation: 'applicant' | 'authorised';
  idNumber?: string | undefined;
}

/**
 * Who took the result: by default the applicant in person; someone else needs their ID number (checked against
 * the authorisation). By post, the signature on the delivery receipt stands for it.
 */
function checkReturnedTo(
  input: ReturnedTo | undefined,
  byPost: boolean,
  applicantName: string,
): Record<string, unknown> | null {
  if (!input) return byPost ? null : { name: applicantName, relation: 'applicant' };
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw requiredField('returnedTo.name', 'Cần họ tên người nhận kết quả.');
  let idNumber: string | undefined;
  if (input.idNumber?.trim()) {
    const cccd = parseCccd(input.idNumber);
    if (!cccd) throw requiredField('returnedTo.idNumber', 'Số CCCD không hợp lệ (12 chữ số).');
    idNumber = cccd.number;
  } else if (input.relation === 'authorised') {
    throw requiredField('returnedTo.idNumber', 'Người được ủy quyền nhận kết quả cần xuất trình CCCD.');
  }
  return { name, relation: input.relation, ...(idNumber ? { idNumber } : {}) };
}

/** The attachments named by an action, each of which must belong to this dossier. */
async function checkAttachments(trx: Trx, dossierId: string, ids: readonly string[]) {
  const found = await trx
    .selectFrom('dossier_attachments')
    .select(['id', 'file_name'])
    .where('dossier_id', '=', dossierId)
    .where('id', 'in', [...ids])
    .execute();
  const unknown = ids.findIndex((id) => !found.some((f) => f.id === id));
  if (unknown >= 0) {
    throw requiredField(`attachmentIds[${unknown}]`, 'Tệp đính kèm không thuộc hồ sơ này.');
  }
  return ids.map((id) => ({ id, fileName: found.find((f) => f.id === id)!.file_name }));
}

const requiredField = (field: string, message: string) =>
  invalid('VALIDATION_FAILED', message, [{ field, message }]);

interface Effects {
  clock?: Clock | null;
  dueAt?: Date | null;
  receivedAt?: Date;
  finishedAt?: Date;
  handlingUnitId?: string;
  previousUnitId?: string | null;
  assigneeId?: string | null;
  consult?: { unitId: string; dueAt: number };
  data: Record<string, unknown>;
}

async function effectsOf(
  trx: Trx,
  row: DossierRow,
  before: DossierState,
  after: DossierState,
  input: ActionInput,
  now: number,
  actor: { id: string; fullName: string },
): Promise<Effects> {
  const unit = await trx
    .selectFrom('units')
    .selectAll()
    .where('id', '=', row.receiving_unit_id)
    .executeTakeFirstOrThrow();
  const { calendar, definition } = await loadEffectiveCalendar(trx, unit);
  const version = await getVersionById(trx, row.procedure_version_id);
  const clock = row.clock;
  const fx: Effects = { data: {} };
  const limitOf = () => {
    const ch =
      version.record.channels.find((c) => c.kind === row.channel) ??
      version.record.channels.find((c) => c.kind === 'desk') ??
      version.record.channels[0]!;
    return deadlineLimit(ch.timeLimit);
  };
  const setClock = (c: Clock | null) => {
    fx.clock = c;
    fx.dueAt = c?.due ? new Date(c.due) : null;
  };
  switch (input.action) {
    case 'receive':
      setClock(startClock(calendar, now, limitOf()));
      fx.receivedAt = new Date(now);
      break;
    case 'request_supplement':
      if (clock?.runningSince != null) setClock(pauseClock(calendar, clock, now));
      fx.data.missing = await missingDocuments(trx, row.id);
      break;
    case 'receive_supplement': {
      if (input.documents?.length) await tickDocuments(trx, actor, row.id, input.documents);
      const missing = await missingDocuments(trx, row.id);
      if (missing.length) {
        throw conflict(
          'DOCUMENTS_STILL_MISSING',
          `Hồ sơ vẫn còn thiếu: ${missing.map((m) => m.name).join('; ')}.`,
          { missing },
        );
      }
      if (after.status === 'submitted') break;
      if (!clock) {
        setClock(startClock(calendar, now, limitOf()));
        fx.receivedAt = new Date(now);
      } else if (version.record.clockOnSupplement === 'restart') {
        setClock(restartClock(calendar, clock, now));
      } else {
        setClock(resumeClock(calendar, clock, now));
      }
      fx.data.clockOnSupplement = version.record.clockOnSupplement;
      break;
    }
    case 'extend': {
      if (!input.newDue) throw requiredField('newDue', 'Cần hạn trả kết quả mới.');
      if (!clock || clock.due === null) throw conflict('CLOCK_NOT_RUNNING', 'Thời hạn đang tạm dừng.');
      let newDue: number;
      try {
        newDue = parseInstant(input.newDue, definition.timezone);
      } catch {
        throw requiredField('newDue', 'Hạn mới không hợp lệ.');
      }
      checkExtension(calendar, {
        currentDue: clock.due,
        newDue,
        requestedAt: now,
        extensionsUsed: before.extensions,
      });
      setClock({ ...clock, due: newDue });
      fx.data.previousDue = new Date(clock.due).toISOString();
      fx.data.newDue = new Date(newDue).toISOString();
      break;
    }
    case 'transfer': {
      if (!input.toUnit) throw requiredField('toUnit', 'Cần đơn vị nhận liên thông.');
      const target: UnitRow = await getUnitByAgencyId(trx, input.toUnit, 'toUnit');
      if (target.id === row.handling_unit_id) throw requiredField('toUnit', 'Hồ sơ đang ở đơn vị này.');
      fx.handlingUnitId = target.id;
      fx.previousUnitId = row.handling_unit_id;
      fx.data.toUnit = target.agency_id;
      break;
    }
    case 'transfer_back':
      fx.handlingUnitId = row.previous_unit_id ?? row.receiving_unit_id;
      fx.previousUnitId = null;
      break;
    case 'assign':
      if (!input.assigneeId) {
        // Automatic: the unit's specialist with the fewest open tasks.
        const picked = await pickAssignee(trx, row.handling_unit_id);
        if (!picked) throw conflict('NO_SPECIALIST', 'Đơn vị chưa có chuyên viên để phân công.');
        fx.assigneeId = picked.id;
        fx.data.assigneeId = picked.id;
        fx.data.assigneeName = picked.fullName;
        fx.data.automatic = true;
      } else {
        const staff = await trx
          .selectFrom('staff_roles')
          .select('staff_id')
          .where('staff_id', '=', input.assigneeId)
          .where('unit_id', '=', row.handling_unit_id)
          .where('role', '=', 'specialist')
          .executeTakeFirst();
        if (!staff)
          throw requiredField('assigneeId', 'Người được phân công không phải chuyên viên của đơn vị.');
        fx.assigneeId = input.assigneeId;
        fx.data.assigneeId = input.assigneeId;
      }
      break;
    case 'consult': {
      if (!input.toUnit) throw requiredField('toUnit', 'Cần đơn vị được xin ý kiến.');
      if (!input.deadline) throw requiredField('deadline', 'Cần thời hạn trả lời.');
      const target: UnitRow = await getUnitByAgencyId(trx, input.toUnit, 'toUnit');
      if (target.id === row.handling_unit_id) throw requiredField('toUnit', 'Hồ sơ đang ở đơn vị này.');
      let dueAt: number;
      try {
        dueAt = parseInstant(input.deadline, definition.timezone);
      } catch {
        throw requiredField('deadline', 'Thời hạn trả lời không hợp lệ.');
      }
      if (dueAt <= now) throw requiredField('deadline', 'Thời hạn trả lời phải sau thời điểm hiện tại.');
      fx.consult = { unitId: target.id, dueAt };
      fx.data.toUnit = target.agency_id;
      break;
    }
    case 'answer_consult':
      break;
    case 'submit_online':
    case 'refuse':
    case 'appraise':
    case 'send_back':
    case 'approve':
    case 'request_payment':
    case 'record_payment':
    case 'stop':
    case 'withdraw':
    case 'record_result':
    case 'notify_result':
    case 'send_by_post':
      break;
    case 'return_result':
      fx.data.returnedTo = checkReturnedTo(input.returnedTo, before.status === 'posting', row.applicant_name);
      break;
  }
  if ((terminalStatuses as readonly string[]).includes(after.status)) {
    fx.finishedAt = new Date(now);
    const current = fx.clock === undefined ? clock : fx.clock;
    if (current?.runningSince != null) {
      // The clock stops when the dossier is finished; the due instant stays on record for the statistics.
      fx.clock = pauseClock(calendar, current, now);
      fx.dueAt = current.due === null ? null : new Date(current.due);
    }
  }
  return fx;
}

export interface ActionResult {
  dossier: DossierSummary;
  /** True when the idempotency key had already been used for this very action: nothing new was recorded. */
  replayed: boolean;
}

export async function applyAction(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  input: ActionInput,
  opts: { now?: number; publicUrl?: string } = {},
): Promise<ActionResult> {
  const row = await getDossierRow(trx, code, true);
  const previous = await trx
    .selectFrom('dossier_actions')
    .select(['dossier_id', 'action', 'actor_id'])
    .where('idempotency_key', '=', input.idempotencyKey)
    .executeTakeFirst();
  if (previous) {
    if (
      previous.dossier_id !== row.id ||
      previous.action !== input.action ||
      previous.actor_id !== ctx.actor.id
    ) {
      throw conflict('IDEMPOTENCY_KEY_REUSED', 'Mã chống gửi lặp đã dùng cho thao tác khác.');
    }
    return { dossier: toSummary(row), replayed: true };
  }
  // A consultation is answered by the consulted unit, not by the unit handling the dossier.
  let consulted: { id: string; unit_id: string; path: string[] } | undefined;
  if (input.action === 'answer_consult') {
    const open = await openConsultUnits(trx, row.id);
    consulted = open.find((o) => mayAct(ctx.actor, 'answer_consult', o.path));
    if (open.length > 0 && !consulted) {
      throw forbidden(`Bạn không có quyền "${actionLabels[input.action]}" với hồ sơ này.`);
    }
  }
  const role = actingRole(ctx.actor, input.action, consulted?.path ?? row.handling_unit_path);
  if (!role) throw forbidden(`Bạn không có quyền "${actionLabels[input.action]}" với hồ sơ này.`);
  if (input.expectedVersion !== row.version) {
    throw conflict('VERSION_CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.', {
      currentVersion: row.version,
    });
  }
  const before = row.state;
  const allowed = allowedActions(before);
  if (!allowed.includes(input.action)) {
    throw conflict(
      'ACTION_NOT_ALLOWED',
      `Không thể "${actionLabels[input.action]}" hồ sơ đang ở trạng thái này. Thao tác được phép: ${
        allowed.map((a) => actionLabels[a]).join(', ') || 'không có'
      }.`,
      { status: before.status, allowed: [...allowed] },
    );
  }
  const note = input.note?.trim() || undefined;
  if (needsNote.includes(input.action) && !note) throw requiredField('note', 'Cần ghi rõ lý do.');
  const after = applyToState(before, input.action);
  const now = opts.now ?? Date.now();
  const fx = await effectsOf(trx, row, before, after, input, now, ctx.actor);
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
    actor: ctx.actor,
    unitId: consulted?.unit_id ?? row.handling_unit_id,
    role,
    at: new Date(now),
    note,
    data: fx.data,
    idempotencyKey: input.idempotencyKey,
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
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) {
    throw conflict('VERSION_CONFLICT', 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại và thử lại.');
  }
  await writeAudit(trx, ctx, {
    action: `dossier.${input.action}`,
    entity: 'dossier',
    entityId: row.code,
    unitId: row.handling_unit_id,
    extra: { version: after.version },
  });
  const fresh = await getDossierRow(trx, row.code);
  const notice = noticeOfAction[input.action];
  if (notice && !(input.action === 'receive' && before.status !== 'submitted')) {
    const missing = (fx.data.missing ?? []) as { name: string }[];
    await queueNotice(trx, fresh, notice, after.version, {
      items: input.action === 'request_supplement' ? missing.map((m) => m.name) : note ? [note] : [],
      publicUrl: opts.publicUrl,
    });
  }
  return { dossier: toSummary(fresh), replayed: false };
}

/** An officer accepts an online submission: the `receive` action, which starts the legal clock. */
export function acceptOnline(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  input: Omit<ActionInput, 'action'>,
  opts: { now?: number } = {},
): Promise<ActionResult> {
  return applyAction(trx, ctx, code, { ...input, action: 'receive' }, opts);
}
