/**
 * "Your turn is near": a message (the `ticket_near` template, through notify(): the phone's channel preference,
 * quiet hours and caps apply), queued in the caller's transaction, to each waiting ticket of the field that gave a
 * phone once NEAR_AHEAD or fewer people are ahead of it. Sent once per ticket.
 */
import { compareQueued, NEAR_AHEAD, type QueuedTicket } from '../../domain/queue/ticket.js';
import { notify } from '../notify/notify.js';
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
