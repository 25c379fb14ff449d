/**
 * The apology and extension drafted by the sweeper: a leader of the handling unit reads it, writes the reason and
 * confirms it, which takes the `extend` action (through applyAction: the transition table, the version, the
 * idempotency key, the one-extension rule and its one-working-day limit all apply) with the letter as the note.
 * A draft is confirmed once; a second confirmation is refused.
 */
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { completeApology, formatDueVi } from '../../domain/dossier/escalation.js';
import { mayAct } from '../../domain/dossier/permissions.js';
import { parseInstant } from '../../domain/calendar/time-zone.js';
import type { Actor } from '../../domain/org/roles.js';
import { loadEffectiveCalendar } from '../calendar/layers.js';
import type { ActingContext } from '../org/context.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { Draft } from '../../contracts/alerts.js';
import { applyAction, type ActionResult } from './actions/apply.js';
import { getDossierRow, type DossierRow } from './common.js';

function checkLeader(actor: Actor, row: DossierRow): void {
  if (!mayAct(actor, 'extend', row.handling_unit_path)) {
    throw forbidden('Chỉ lãnh đạo đơn vị đang giải quyết hồ sơ được xác nhận gia hạn.');
  }
}

async function latestDraft(db: Reader, dossierId: string, lock = false) {
  let q = db
    .selectFrom('dossier_extension_drafts')
    .selectAll()
    .where('dossier_id', '=', dossierId)
    .orderBy('created_at', 'desc')
    .limit(1);
  if (lock) q = q.forUpdate();
  const draft = await q.executeTakeFirst();
  if (!draft)
    throw notFound('EXTENSION_DRAFT_NOT_FOUND', 'Hồ sơ chưa có dự thảo văn bản xin lỗi và gia hạn.');
  return draft;
}

const view = (row: DossierRow, d: Awaited<ReturnType<typeof latestDraft>>): Draft => ({
  code: row.code,
  status: d.status,
  currentDue: d.current_due.toISOString(),
  proposedDue: d.proposed_due.toISOString(),
  apology: d.apology,
  createdAt: d.created_at.toISOString(),
  confirmedAt: d.confirmed_at ? d.confirmed_at.toISOString() : null,
  current: row.due_at !== null && row.due_at.getTime() === d.current_due.getTime(),
});

export async function getExtensionDraft(db: Reader, actor: Actor, code: string): Promise<Draft> {
  const row = await getDossierRow(db, code);
  checkLeader(actor, row);
  return view(row, await latestDraft(db, row.id));
}

export interface ConfirmInput {
  /** The reason for the delay, written into the letter. */
  reason: string;
  /** Another new due instant than the proposed one (ISO 8601). */
  newDue?: string | undefined;
  expectedVersion: number;
  idempotencyKey: string;
}

export async function confirmExtensionDraft(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  input: ConfirmInput,
  opts: { now?: number } = {},
): Promise<ActionResult & { draft: Draft }> {
  const row = await getDossierRow(trx, code, true);
  checkLeader(ctx.actor, row);
  const draft = await latestDraft(trx, row.id, true);
  if (draft.status === 'confirmed') {
    throw conflict(
      'EXTENSION_DRAFT_CONFIRMED',
      'Dự thảo gia hạn này đã được xác nhận; không xác nhận lần nữa.',
    );
  }
  if (row.due_at === null || row.due_at.getTime() !== draft.current_due.getTime()) {
    throw conflict('EXTENSION_DRAFT_STALE', 'Hạn trả kết quả của hồ sơ đã thay đổi từ khi lập dự thảo.');
  }
  const reason = input.reason.trim();
  if (!reason)
    throw invalid('VALIDATION_FAILED', 'Cần ghi rõ lý do.', [
      { field: 'reason', message: 'Cần ghi rõ lý do.' },
    ]);
  let newDue = draft.proposed_due.getTime();
  let letter = draft.apology;
  if (input.newDue) {
    const unit = await trx
      .selectFrom('units')
      .selectAll()
      .where('id', '=', row.receiving_unit_id)
      .executeTakeFirstOrThrow();
    const { definition } = await loadEffectiveCalendar(trx, unit);
    try {
      newDue = parseInstant(input.newDue, definition.timezone);
    } catch {
      throw invalid('VALIDATION_FAILED', 'Hạn mới không hợp lệ.', [
        { field: 'newDue', message: 'Hạn mới không hợp lệ.' },
      ]);
    }
    letter = letter.replace(
      formatDueVi(definition.timezone, draft.proposed_due.getTime()),
      formatDueVi(definition.timezone, newDue),
    );
  }
  const result = await applyAction(
    trx,
    ctx,
    code,
    {
      action: 'extend',
      expectedVersion: input.expectedVersion,
      idempotencyKey: input.idempotencyKey,
      note: completeApology(letter, reason),
      newDue: new Date(newDue).toISOString(),
    },
    opts,
  );
  const now = opts.now ?? Date.now();
  await trx
    .updateTable('dossier_extension_drafts')
    .set({ status: 'confirmed', confirmed_at: new Date(now), confirmed_by: ctx.actor.id })
    .where('id', '=', draft.id)
    .execute();
  const confirmed = { ...draft, status: 'confirmed' as const, confirmed_at: new Date(now) };
  return { ...result, draft: { ...view(row, confirmed), current: false } };
}
