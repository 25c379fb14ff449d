/**
 * What the operator and the specialist do with a call: route it to a specialist (the leg the PBX's transfer merges
 * into), send the procedure's checklist through the notification service, record the outcome, return a callback,
 * set their presence. Each in the caller's transaction, audited, and announced to the unit's consoles.
 */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { hasCase } from '../../domain/checklist/checklist.js';
import { parseHotlinePhone } from '../../domain/hotline/phone.js';
import type {
  Callback,
  CallOutcome,
  CallView,
  DirectoryEntry,
  Presence,
} from '../../domain/hotline/views.js';
import { getProcedure } from '../catalogue/queries.js';
import { procedurePageUrl } from '../checklist/checklist.js';
import { checkedAnswers } from '../checklist/answered.js';
import { notifyChecklist } from '../checklist/message.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Trx } from '../../db/transaction.js';
import { announceFrame } from './announce.js';
import { findCallback, queueCallback } from './callbacks.js';
import { findCallView, getCallForChange, refoldCall } from './calls.js';
import { directoryEntries, setPresence } from './directory.js';
import { announceChanges } from './events.js';
import { checkHotlineAccess, hotlineUnit } from './scope.js';

const OPEN = new Set(['answered', 'transferred']);

async function viewOf(trx: Trx, id: string): Promise<CallView> {
  return (await findCallView(trx, id))!;
}

export interface TransferRequest {
  staffId: string;
  fieldCode: string;
  note?: string | null | undefined;
  idempotencyKey?: string | undefined;
}

export async function transferCall(trx: Trx, ctx: ActingContext, callId: string, input: TransferRequest) {
  const call = await getCallForChange(trx, callId);
  await checkHotlineAccess(trx, ctx.actor, call.unit_id, 'work');
  if (input.idempotencyKey) {
    const earlier = await trx
      .selectFrom('hotline_routings')
      .select('call_id')
      .where('idempotency_key', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (earlier?.call_id === call.id) return viewOf(trx, call.id);
    if (earlier) throw conflict('IDEMPOTENCY_KEY_REUSED', 'Khóa chống gửi lặp đã dùng cho thao tác khác.');
  }
  if (!OPEN.has(call.status)) {
    throw conflict('HOTLINE_CALL_NOT_OPEN', 'Chỉ chuyển được cuộc gọi đang nghe máy.', {
      status: call.status,
    });
  }
  const staff = await trx
    .selectFrom('staff')
    .select(['id', 'extension', 'field_codes', 'unit_id', 'active'])
    .where('id', '=', input.staffId)
    .executeTakeFirst();
  if (!staff || !staff.active || !staff.extension || staff.unit_id !== call.unit_id) {
    const message = 'Cán bộ này không nhận cuộc gọi tại tổng đài của đơn vị.';
    throw invalid('HOTLINE_STAFF_UNAVAILABLE', message, [{ field: 'staffId', message }]);
  }
  const field = await trx
    .selectFrom('fields')
    .select('code')
    .where('code', '=', input.fieldCode)
    .executeTakeFirst();
  if (!field || !staff.field_codes.includes(input.fieldCode)) {
    const message = field ? 'Cán bộ này không phụ trách lĩnh vực đã chọn.' : 'Không có lĩnh vực này.';
    throw invalid(field ? 'HOTLINE_FIELD_MISMATCH' : 'FIELD_NOT_FOUND', message, [
      { field: 'fieldCode', message },
    ]);
  }
  const routing = await trx
    .insertInto('hotline_routings')
    .values({
      call_id: call.id,
      extension: staff.extension,
      staff_id: staff.id,
      field_code: input.fieldCode,
      note: input.note?.trim() || null,
      by_staff_id: ctx.actor.id,
      idempotency_key: input.idempotencyKey ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const refolded = await refoldCall(trx, call);
  await writeAudit(trx, ctx, {
    action: 'hotline.call.transfer',
    entity: 'hotline_call',
    entityId: call.id,
    unitId: call.unit_id,
    extra: { routingId: routing.id, staffId: staff.id, fieldCode: input.fieldCode },
  });
  await announceChanges(trx, refolded);
  return refolded.view;
}

export interface ChecklistRequest {
  procedureCode: string;
  caseName?: string | null | undefined;
  channel: 'sms' | 'zalo';
  phone?: string | null | undefined;
  idempotencyKey?: string | undefined;
  /** The caller's answers to the procedure's checklist questions: the list is made for them and kept with it. */
  answers?: Readonly<Record<string, string>> | undefined;
}

export async function sendChecklist(
  trx: Trx,
  ctx: ActingContext & { publicUrl: string },
  callId: string,
  input: ChecklistRequest,
) {
  const call = await getCallForChange(trx, callId);
  await checkHotlineAccess(trx, ctx.actor, call.unit_id, 'work');
  if (input.idempotencyKey) {
    const earlier = await trx
      .selectFrom('hotline_checklists as k')
      .leftJoin('notifications as n', 'n.id', 'k.notification_id')
      .select(['k.call_id', 'k.notification_id', 'n.channel'])
      .where('k.idempotency_key', '=', input.idempotencyKey)
      .executeTakeFirst();
    if (earlier?.call_id === call.id) {
      return {
        call: await viewOf(trx, call.id),
        queued: earlier.notification_id !== null,
        channel: earlier.channel ?? null,
        notificationId: earlier.notification_id,
        heldUntil: null,
      };
    }
    if (earlier) throw conflict('IDEMPOTENCY_KEY_REUSED', 'Khóa chống gửi lặp đã dùng cho thao tác khác.');
  }
  const version = await getProcedure(trx, input.procedureCode.trim());
  const caseName = input.caseName?.trim() || undefined;
  if (caseName !== undefined && !hasCase(version.record, caseName)) {
    const message = `Thủ tục ${version.record.code} không có trường hợp này.`;
    throw invalid('UNKNOWN_CASE', message, [{ field: 'caseName', message }]);
  }
  const answers = checkedAnswers(version.record, input.answers);
  const target = input.phone ? parseHotlinePhone(input.phone) : parseHotlinePhone(call.phone);
  if (!target || target.kind !== 'mobile') {
    const message = 'Cần một số di động để nhận tin (số gọi đến là máy bàn hoặc không hợp lệ).';
    throw invalid('HOTLINE_PHONE_NOT_MOBILE', message, [{ field: 'phone', message }]);
  }
  const row = await trx
    .insertInto('hotline_checklists')
    .values({
      call_id: call.id,
      procedure_code: version.record.code,
      procedure_version_id: version.id,
      case_name: caseName ?? null,
      channel_requested: input.channel,
      sent_by: ctx.actor.id,
      idempotency_key: input.idempotencyKey ?? null,
      answers: JSON.stringify(answers),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The documents for the caller's answers, essentials first; cut to the essentials, the link to the procedure
  // page gives way to a link to the caller's own checklist.
  const outcome = await notifyChecklist(trx, {
    event: 'hotline_checklist',
    unitId: call.unit_id,
    recipient: { phone: target.normalised },
    params: {
      thuTuc: version.record.name,
      lienKet: procedurePageUrl(ctx.publicUrl, version.record.code),
    },
    dedupeKey: `hotline:checklist:${row.id}`,
    // The caller chose SMS or Zalo on the phone: that wins over a stored preference (an SMS opt-out still holds).
    channel: input.channel,
    checklist: { versionId: version.id, record: version.record, answers, caseName },
    listParam: 'danhSach',
    linkParam: 'lienKet',
    publicUrl: ctx.publicUrl,
  });
  if (outcome.queued) {
    await trx
      .updateTable('hotline_checklists')
      .set({ notification_id: outcome.id })
      .where('id', '=', row.id)
      .execute();
  }
  await writeAudit(trx, ctx, {
    action: 'hotline.call.checklist',
    entity: 'hotline_call',
    entityId: call.id,
    unitId: call.unit_id,
    extra: { procedureCode: version.record.code, channel: input.channel, queued: outcome.queued },
  });
  const view = await viewOf(trx, call.id);
  await announceFrame(trx, call.unit_id, 'call', call.id, view);
  return {
    call: view,
    queued: outcome.queued,
    channel: outcome.queued ? outcome.channel : null,
    notificationId: outcome.queued ? outcome.id : null,
    heldUntil: outcome.queued ? outcome.heldUntil : null,
  };
}

export async function recordOutcome(
  trx: Trx,
  ctx: ActingContext,
  callId: string,
  input: { outcome: CallOutcome; note?: string | null | undefined },
): Promise<CallView> {
  const call = await getCallForChange(trx, callId);
  await checkHotlineAccess(trx, ctx.actor, call.unit_id, 'work');
  if (call.status === 'ringing') {
    throw conflict('HOTLINE_CALL_NOT_ANSWERED', 'Cuộc gọi chưa được nghe máy.', { status: call.status });
  }
  const now = new Date();
  await trx
    .updateTable('hotline_calls')
    .set({
      outcome: input.outcome,
      outcome_note: input.note?.trim() || null,
      outcome_by: ctx.actor.id,
      outcome_at: now,
      updated_at: now,
    })
    .where('id', '=', call.id)
    .execute();
  const callbackId =
    input.outcome === 'callback_needed' ? await queueCallback(trx, call, 'requested', now) : undefined;
  await writeAudit(trx, ctx, {
    action: 'hotline.call.outcome',
    entity: 'hotline_call',
    entityId: call.id,
    unitId: call.unit_id,
    extra: { outcome: input.outcome, ...(callbackId ? { callbackId } : {}) },
  });
  const view = await viewOf(trx, call.id);
  await announceFrame(trx, call.unit_id, 'call', call.id, view, now.getTime());
  if (callbackId) {
    const callback = (await findCallback(trx, callbackId))!;
    await announceFrame(trx, call.unit_id, 'callback', callbackId, callback, now.getTime());
  }
  return view;
}

export async function completeCallback(
  trx: Trx,
  ctx: ActingContext,
  callbackId: string,
  note: string | null | undefined,
): Promise<Callback> {
  const row = await trx
    .selectFrom('hotline_callbacks')
    .select(['id', 'unit_id', 'done_at'])
    .where('id', '=', callbackId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('HOTLINE_CALLBACK_NOT_FOUND', 'Không tìm thấy cuộc gọi lại.');
  await checkHotlineAccess(trx, ctx.actor, row.unit_id, 'work');
  if (row.done_at === null) {
    await trx
      .updateTable('hotline_callbacks')
      .set({
        done_at: new Date(),
        done_by: ctx.actor.id,
        done_by_name: ctx.actor.fullName,
        note: note?.trim() || null,
      })
      .where('id', '=', row.id)
      .execute();
    await writeAudit(trx, ctx, {
      action: 'hotline.callback.done',
      entity: 'hotline_callback',
      entityId: row.id,
      unitId: row.unit_id,
    });
  }
  const callback = (await findCallback(trx, row.id))!;
  await announceFrame(trx, row.unit_id, 'callback', row.id, callback);
  return callback;
}

export async function changePresence(
  trx: Trx,
  ctx: ActingContext,
  presence: Presence,
): Promise<DirectoryEntry> {
  const unit = await hotlineUnit(trx, ctx.actor, undefined, 'work');
  const [entry] = await directoryEntries(trx, { staffIds: [ctx.actor.id] });
  if (!entry) {
    const message = 'Tài khoản của bạn chưa có số máy lẻ tại tổng đài.';
    throw invalid('HOTLINE_NO_EXTENSION', message, [{ field: 'presence', message }]);
  }
  await setPresence(trx, ctx.actor.id, presence);
  await writeAudit(trx, ctx, {
    action: 'hotline.presence',
    entity: 'staff',
    entityId: ctx.actor.id,
    unitId: unit.id,
    extra: { presence },
  });
  const updated = { ...entry, presence };
  await announceFrame(trx, entry.unitId, 'presence', entry.staffId, updated);
  return updated;
}
