/**
 * The officer's actions at their counter: call the next ticket, call it again, mark it absent, transfer it to
 * another field's queue, serve it, finish it (linked to the dossier it produced). Each action is checked against
 * the ticket's state (domain/queue/ticket.ts), audited and announced to the lobby displays.
 */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { ticketActionAllowed, type TicketAction, type TicketStatus } from '../../domain/queue/ticket.js';
import { findDossierRow } from '../dossier/common.js';
import { writeAudit } from '../org/audit.js';
import type { ActingContext } from '../org/context.js';
import type { Trx } from '../../db/transaction.js';
import { myCounter } from './counters.js';
import { dropNearNotice, notifyNearTickets } from './near.js';
import { announce } from './notify.js';
import { QUEUE_TIMEZONE, requireServedField } from './tickets.js';
import { localDate } from '../../domain/calendar/time-zone.js';

export const ticketNotFound = () => notFound('TICKET_NOT_FOUND', 'Không tìm thấy số thứ tự.');

const stateMessages: Record<TicketStatus, string> = {
  waiting: 'Số này chưa được mời.',
  called: 'Số này đang được mời.',
  serving: 'Số này đang được phục vụ.',
  done: 'Số này đã được phục vụ xong.',
  no_show: 'Số này đã được đánh dấu vắng mặt.',
};

async function lockedTicket(trx: Trx, id: string) {
  const t = await trx
    .selectFrom('queue_tickets')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!t) throw ticketNotFound();
  return t;
}

/** The ticket at the actor's counter, locked, after checking the action is allowed now. */
async function ticketAtMyCounter(trx: Trx, ctx: ActingContext, ticketId: string, action: TicketAction) {
  const counter = await myCounter(trx, ctx);
  const ticket = await lockedTicket(trx, ticketId);
  if (ticket.unit_id !== counter.unit_id) throw ticketNotFound();
  if (!ticketActionAllowed(ticket.status, action)) {
    throw conflict('TICKET_STATE', stateMessages[ticket.status], { status: ticket.status });
  }
  if (ticket.counter_id !== counter.id) {
    throw conflict('TICKET_AT_OTHER_COUNTER', 'Số này đang được phục vụ ở quầy khác.');
  }
  return { counter, ticket };
}

async function audit(
  trx: Trx,
  ctx: ActingContext,
  action: string,
  ticketId: string,
  unitId: string,
  extra = {},
) {
  await writeAudit(trx, ctx, { action, entity: 'queue_ticket', entityId: ticketId, unitId, extra });
}

/** Calls the next waiting ticket of the counter's fields: priority first, then by place in the queue. */
export async function callNext(trx: Trx, ctx: ActingContext, now = Date.now()) {
  const counter = await myCounter(trx, ctx, true);
  const busy = await trx
    .selectFrom('queue_tickets')
    .select('number')
    .where('counter_id', '=', counter.id)
    .where('status', 'in', ['called', 'serving'])
    .executeTakeFirst();
  if (busy) throw conflict('COUNTER_BUSY', `Quầy đang phục vụ số ${busy.number}; hãy kết thúc số này trước.`);
  if (counter.field_codes.length === 0) throw conflict('QUEUE_EMPTY', 'Không còn ai chờ ở quầy này.');
  const next = await trx
    .selectFrom('queue_tickets')
    .select(['id', 'number', 'field_code'])
    .where('unit_id', '=', counter.unit_id)
    .where('day', '=', localDate(QUEUE_TIMEZONE, now))
    .where('status', '=', 'waiting')
    .where('field_code', 'in', counter.field_codes)
    .orderBy('priority', 'desc')
    .orderBy('queued_at')
    .orderBy('id')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  if (!next) throw conflict('QUEUE_EMPTY', 'Không còn ai chờ ở quầy này.');
  const at = new Date(now);
  await trx
    .updateTable('queue_tickets')
    .set({ status: 'called', counter_id: counter.id, officer_id: ctx.actor.id, called_at: at, call_count: 1 })
    .where('id', '=', next.id)
    .execute();
  await audit(trx, ctx, 'queue.ticket.call', next.id, counter.unit_id, { counter: counter.number });
  await dropNearNotice(trx, next.id, now);
  await announce(trx, {
    unitId: counter.unit_id,
    kind: 'called',
    call: {
      ticketId: next.id,
      number: next.number,
      counterNumber: counter.number,
      fieldCode: next.field_code,
    },
  });
  await notifyNearTickets(trx, counter.unit_id, next.field_code, now);
  return { id: next.id, number: next.number };
}

export async function recall(trx: Trx, ctx: ActingContext, ticketId: string, now = Date.now()) {
  const { counter, ticket } = await ticketAtMyCounter(trx, ctx, ticketId, 'recall');
  await trx
    .updateTable('queue_tickets')
    .set({ called_at: new Date(now), call_count: ticket.call_count + 1 })
    .where('id', '=', ticket.id)
    .execute();
  await audit(trx, ctx, 'queue.ticket.recall', ticket.id, counter.unit_id);
  await announce(trx, {
    unitId: counter.unit_id,
    kind: 'called',
    call: {
      ticketId: ticket.id,
      number: ticket.number,
      counterNumber: counter.number,
      fieldCode: ticket.field_code,
    },
  });
}

export async function markNoShow(trx: Trx, ctx: ActingContext, ticketId: string, now = Date.now()) {
  const { counter, ticket } = await ticketAtMyCounter(trx, ctx, ticketId, 'no_show');
  await trx
    .updateTable('queue_tickets')
    .set({ status: 'no_show', finished_at: new Date(now) })
    .where('id', '=', ticket.id)
    .execute();
  await audit(trx, ctx, 'queue.ticket.no_show', ticket.id, counter.unit_id);
  await announce(trx, { unitId: counter.unit_id, kind: 'updated' });
}

export async function serve(trx: Trx, ctx: ActingContext, ticketId: string, now = Date.now()) {
  const { counter, ticket } = await ticketAtMyCounter(trx, ctx, ticketId, 'serve');
  await trx
    .updateTable('queue_tickets')
    .set({ status: 'serving', serving_at: new Date(now) })
    .where('id', '=', ticket.id)
    .execute();
  await audit(trx, ctx, 'queue.ticket.serve', ticket.id, counter.unit_id);
  await announce(trx, { unitId: counter.unit_id, kind: 'updated' });
}

/** Back to waiting in another field's queue, keeping its place (the citizen already waited). */
export async function transfer(
  trx: Trx,
  ctx: ActingContext,
  ticketId: string,
  fieldCode: string,
  now = Date.now(),
) {
  const { counter, ticket } = await ticketAtMyCounter(trx, ctx, ticketId, 'transfer');
  const target = fieldCode.trim().toUpperCase();
  if (target === ticket.field_code) {
    const message = 'Hãy chọn một lĩnh vực khác.';
    throw invalid('TRANSFER_SAME_FIELD', message, [{ field: 'fieldCode', message }]);
  }
  await requireServedField(trx, counter.unit_id, target);
  await trx
    .updateTable('queue_tickets')
    .set({
      status: 'waiting',
      field_code: target,
      transferred_from: ticket.field_code,
      counter_id: null,
      officer_id: null,
      called_at: null,
      call_count: 0,
      serving_at: null,
    })
    .where('id', '=', ticket.id)
    .execute();
  await audit(trx, ctx, 'queue.ticket.transfer', ticket.id, counter.unit_id, {
    from: ticket.field_code,
    to: target,
  });
  await announce(trx, { unitId: counter.unit_id, kind: 'updated' });
  await notifyNearTickets(trx, counter.unit_id, target, now);
}

/** Done; with a dossier code, the ticket is linked to the dossier received at this unit. */
export async function finish(
  trx: Trx,
  ctx: ActingContext,
  ticketId: string,
  dossierCode: string | undefined,
  now = Date.now(),
) {
  const { counter, ticket } = await ticketAtMyCounter(trx, ctx, ticketId, 'finish');
  let dossierId: string | null = null;
  if (dossierCode && dossierCode.trim() !== '') {
    const dossier = await findDossierRow(trx, dossierCode);
    if (!dossier || dossier.receiving_unit_id !== counter.unit_id) {
      const message = 'Không tìm thấy hồ sơ này trong các hồ sơ đơn vị đã tiếp nhận.';
      throw invalid('DOSSIER_NOT_FOUND', message, [{ field: 'dossierCode', message }]);
    }
    dossierId = dossier.id;
  }
  await trx
    .updateTable('queue_tickets')
    .set({ status: 'done', finished_at: new Date(now), dossier_id: dossierId })
    .where('id', '=', ticket.id)
    .execute();
  await audit(trx, ctx, 'queue.ticket.finish', ticket.id, counter.unit_id, { dossier: dossierId !== null });
  await announce(trx, { unitId: counter.unit_id, kind: 'updated' });
}
