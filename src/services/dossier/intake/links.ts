/**
 * Where a dossier received at the desk came from — the appointment checked in, the ticket called at the counter, the
 * hotline call and the checklist sent during it — checked before the dossier is written: each must exist, an
 * appointment or a ticket must be the receiving unit's, and a checklist must belong to the call named with it (the
 * call is taken from the checklist when only the checklist is named).
 */
import { invalid } from '../../../domain/errors.js';
import type { Reader } from '../../../db/transaction.js';

export interface IntakeLinks {
  appointmentId?: string | null | undefined;
  ticketId?: string | null | undefined;
  hotlineCallId?: string | null | undefined;
  hotlineChecklistId?: string | null | undefined;
}

export interface CheckedLinks {
  appointment_id: string | null;
  ticket_id: string | null;
  hotline_call_id: string | null;
  hotline_checklist_id: string | null;
}

export const noLinks: CheckedLinks = {
  appointment_id: null,
  ticket_id: null,
  hotline_call_id: null,
  hotline_checklist_id: null,
};

const refused = (field: string, message: string) =>
  invalid('INTAKE_LINK_INVALID', message, [{ field: `links.${field}`, message }]);

export async function checkLinks(
  db: Reader,
  unitId: string,
  links: IntakeLinks | undefined,
): Promise<CheckedLinks> {
  if (!links) return noLinks;
  const out: CheckedLinks = { ...noLinks };
  if (links.appointmentId) {
    const a = await db
      .selectFrom('appointments')
      .select(['id', 'unit_id', 'ticket_id'])
      .where('id', '=', links.appointmentId)
      .executeTakeFirst();
    if (!a || a.unit_id !== unitId)
      throw refused('appointmentId', 'Không tìm thấy lịch hẹn này ở đơn vị tiếp nhận.');
    out.appointment_id = a.id;
  }
  if (links.ticketId) {
    const t = await db
      .selectFrom('queue_tickets')
      .select(['id', 'unit_id', 'appointment_id'])
      .where('id', '=', links.ticketId)
      .executeTakeFirst();
    if (!t || t.unit_id !== unitId)
      throw refused('ticketId', 'Không tìm thấy số thứ tự này ở đơn vị tiếp nhận.');
    out.ticket_id = t.id;
    out.appointment_id ??= t.appointment_id;
  }
  if (links.hotlineChecklistId) {
    const k = await db
      .selectFrom('hotline_checklists')
      .select(['id', 'call_id'])
      .where('id', '=', links.hotlineChecklistId)
      .executeTakeFirst();
    if (!k || (links.hotlineCallId && k.call_id !== links.hotlineCallId))
      throw refused('hotlineChecklistId', 'Không tìm thấy danh sách giấy tờ đã gửi trong cuộc gọi này.');
    out.hotline_checklist_id = k.id;
    out.hotline_call_id = k.call_id;
  } else if (links.hotlineCallId) {
    const c = await db
      .selectFrom('hotline_calls')
      .select('id')
      .where('id', '=', links.hotlineCallId)
      .executeTakeFirst();
    if (!c) throw refused('hotlineCallId', 'Không tìm thấy cuộc gọi này.');
    out.hotline_call_id = c.id;
  }
  return out;
}
