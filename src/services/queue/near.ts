/**
 * "Your turn is near": a message (the `ticket_near` template, through notify(): the phone's channel preference,
 * quiet hours and caps apply), queued in the caller's transaction, to each waiting ticket of the field that gave a
 * phone once NEAR_AHEAD or fewer people are ahead of it. Sent once per ticket. It matters only until the ticket is
 * called: a message still held then (by a cap) is dropped with that reason, and none outlives the ticket's day.
 */
import { compareQueued, NEAR_AHEAD, type QueuedTicket } from '../../domain/queue/ticket.js';
import { localDayBounds } from '../../domain/notify/quiet-hours.js';
import { TOO_LATE, tooLateText } from '../../domain/notify/reasons.js';
import { notify } from '../notify/notify.js';
import type { Trx } from '../../db/transaction.js';
import { QUEUE_TIMEZONE } from './tickets.js';
import { localDate } from '../../domain/calendar/time-zone.js';

export async function notifyNearTickets(
  trx: Trx,
  unitId: string,
  fieldCode: string,
  now: number,
): Promise<void> {
  const waiting = await trx
    .selectFrom('queue_tickets')
    .select(['id', 'number', 'priority', 'queued_at', 'phone', 'near_notified'])
    .where('unit_id', '=', unitId)
    .where('day', '=', localDate(QUEUE_TIMEZONE, now))
    .where('field_code', '=', fieldCode)
    .where('status', '=', 'waiting')
    .execute();
  const queued = waiting
    .map((t) => ({ ...t, queuedAt: new Date(t.queued_at).getTime() }) satisfies QueuedTicket & typeof t)
    .sort(compareQueued);
  const near = queued.slice(0, NEAR_AHEAD + 1).filter((t) => t.phone && !t.near_notified);
  if (near.length === 0) return;
  const unit = await trx
    .selectFrom('units')
    .select('name')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  for (const t of near) {
    await notify(trx, {
      event: 'ticket_near',
      unitId,
      recipient: { phone: t.phone },
      params: { soThuTu: t.number, donVi: unit.name, conLai: String(queued.indexOf(t)) },
      dedupeKey: `ticket_near:${t.id}`,
      staleAfter: new Date(localDayBounds(now).start + 86_400_000),
      now,
    });
  }
  if (near.length) {
    await trx
      .updateTable('queue_tickets')
      .set({ near_notified: true })
      .where(
        'id',
        'in',
        near.map((t) => t.id),
      )
      .execute();
  }
}

/** The ticket was called: its "your turn is near" message, if still waiting to be sent, is dropped with the reason. */
export async function dropNearNotice(trx: Trx, ticketId: string, now: number): Promise<void> {
  await trx
    .updateTable('notifications')
    .set({ status: 'dropped', last_error: `${TOO_LATE}: ${tooLateText('ticket_near', now, now)}` })
    .where('dedupe_key', 'like', `ticket_near:${ticketId}%`)
    .where('status', 'in', ['created', 'temporary_failure'])
    .execute();
}
