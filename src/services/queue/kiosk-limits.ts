/**
 * What keeps the public kiosk (`/lay-so/:agencyId`, no login) from being flooded with fake tickets, besides the
 * route's per-address limit: at most KIOSK_TICKETS_PER_MINUTE kiosk tickets per unit in the last minute (a lobby's
 * people take tickets one by one), and one waiting ticket per phone at a unit. Read without a lock: concurrent
 * requests may pass a limit by a few, as for the other courtesy limits; the wait estimate does not trust a burst
 * either (countedAhead in src/domain/queue/estimate.ts).
 */
import { conflict, DomainError } from '../../domain/errors.js';
import type { Reader } from '../../db/transaction.js';
import { QUEUE_TIMEZONE } from './tickets.js';
import { localDate } from '../../domain/calendar/time-zone.js';

export const KIOSK_TICKETS_PER_MINUTE = 12;

export async function checkKioskLimits(
  db: Reader,
  unitId: string,
  phone: string | null,
  now = Date.now(),
): Promise<void> {
  const row = await db
    .selectFrom('queue_tickets')
    .select((eb) => [
      eb.fn
        .countAll<number>()
        .filterWhere('source', '=', 'kiosk')
        .filterWhere('issued_at', '>', new Date(now - 60_000))
        .as('last_minute'),
      phone === null
        ? eb.val(null).as('held')
        : eb.fn
            .max('number')
            .filterWhere('phone', '=', phone)
            .filterWhere('status', '=', 'waiting')
            .as('held'),
    ])
    .where('unit_id', '=', unitId)
    .where('day', '=', localDate(QUEUE_TIMEZONE, now))
    .executeTakeFirstOrThrow();
  if (Number(row.last_minute) >= KIOSK_TICKETS_PER_MINUTE) {
    throw new DomainError(
      'rate_limited',
      'KIOSK_BUSY',
      'Máy lấy số đang nhận quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    );
  }
  if (row.held) {
    throw conflict(
      'TICKET_PHONE_WAITING',
      `Số điện thoại này đang giữ số thứ tự ${String(row.held)}, đang chờ gọi. Mỗi số điện thoại giữ một số chờ tại một đơn vị.`,
    );
  }
}
