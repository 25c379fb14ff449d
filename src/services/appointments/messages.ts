/**
 * The outbox side of an appointment, through the notification service (templates, the phone's preference, quiet
 * hours and caps): the confirmation with the documents to bring, the reminder held until the day before (its id kept
 * on the appointment so that a cancellation or a move cancels it), the cancellation notice. Always in the caller's
 * transaction.
 */
import { sql } from 'kysely';
import { appointmentParams, reminderAt, type AppointmentFacts } from '../../domain/appointments/notices.js';
import type { Trx } from '../../db/transaction.js';
import { notify } from '../notify/notify.js';
import { notifyChecklist, type ChecklistOf } from '../checklist/message.js';

export interface MessageTarget {
  id: string;
  unitId: string;
  phone: string;
  startsAt: number;
  /** Distinguishes the messages of each move (0 at booking). */
  version: number;
}

/**
 * Queues the confirmation (booked or moved) with the documents to bring for the citizen's answers (the checklist
 * composer: essentials first, a link to the full checklist when they do not all fit) and the reminder; returns the
 * reminder's id, if any.
 */
export async function queueBookingMessages(
  trx: Trx,
  target: MessageTarget,
  facts: AppointmentFacts,
  checklist: ChecklistOf & { publicUrl: string },
  now: number,
): Promise<string | null> {
  const { publicUrl, ...of } = checklist;
  await notifyChecklist(trx, {
    event: target.version === 0 ? 'appointment_booked' : 'appointment_moved',
    unitId: target.unitId,
    recipient: { phone: target.phone },
    params: appointmentParams(facts),
    dedupeKey: `appointment:${target.id}:booked:${target.version}`,
    now,
    checklist: of,
    listParam: 'giayTo',
    publicUrl,
  });
  const at = reminderAt(target.startsAt, now);
  if (at === undefined) return null;
  const reminder = await notify(trx, {
    event: 'appointment_reminder',
    unitId: target.unitId,
    recipient: { phone: target.phone },
    params: appointmentParams(facts),
    dedupeKey: `appointment:${target.id}:reminder:${target.version}`,
    notBefore: new Date(at),
    // A reminder that a cap would deliver after the slot is dropped, not sent late.
    staleAfter: new Date(target.startsAt),
    now,
  });
  return reminder.queued ? reminder.id : null;
}

/** Cancels a reminder not yet sent (a message already being sent or sent is left as it is). */
export async function cancelReminder(trx: Trx, reminderId: string | null): Promise<void> {
  if (!reminderId) return;
  await sql`update notifications set status = 'cancelled' where id = ${reminderId} and status in ('created', 'temporary_failure')`.execute(
    trx,
  );
}

export async function queueCancellation(
  trx: Trx,
  target: Pick<MessageTarget, 'id' | 'phone' | 'unitId'>,
  facts: AppointmentFacts,
  now: number,
): Promise<void> {
  await notify(trx, {
    event: 'appointment_cancelled',
    unitId: target.unitId,
    recipient: { phone: target.phone },
    params: appointmentParams(facts),
    dedupeKey: `appointment:${target.id}:cancelled`,
    now,
  });
}
