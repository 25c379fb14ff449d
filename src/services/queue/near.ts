/**
 * "Your turn is near": an SMS, queued in the caller's transaction, to each waiting ticket of the field that gave a
 * phone once NEAR_AHEAD or fewer people are ahead of it. Sent once per ticket.
 */
import { compareQueued, NEAR_AHEAD, type QueuedTicket } from '../../domain/queue/ticket.js';
import { enqueueNotification } from '../outbox/enqueue.js';
import { localDate } from '../dossier/common.js';
import type { Trx } from '../org/context.js';
import { QUEUE_TIMEZONE } from './tickets.js';

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
  for (const t of near) {
    await enqueueNotification(trx, {
      dedupeKey: `ticket_near:${t.id}`,
      event: 'ticket_near',
      channel: 'sms',
      recipient: t.phone!,
      body: `Sắp đến lượt số ${t.number} của bạn. Vui lòng có mặt gần quầy.`,
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
