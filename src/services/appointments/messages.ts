/**
 * The outbox side of an appointment: the confirmation with the documents to bring, the reminder held until the day
 * before (its id kept on the appointment so that a cancellation or a move cancels it), the cancellation notice.
 * Always in the caller's transaction.
 */
import { sql } from 'kysely';
import type { ProcedureRecord } from '../../domain/catalogue/record.js';
import {
  cancellationText,
  confirmationText,
  documentsToBring,
  reminderAt,
  reminderText,
  type AppointmentFacts,
} from '../../domain/appointments/notices.js';
import type { Trx } from '../org/context.js';
import { enqueueNotification } from '../outbox/enqueue.js';

export interface MessageTarget {
  id: string;
  phone: string;
  startsAt: number;
  /** Distinguishes the messages of each move (0 at booking). */
  version: number;
}

/** Queues the confirmation (booked or moved) and the reminder; returns the reminder's id, if any. */
export async function queueBookingMessages(
  trx: Trx,
  target: MessageTarget,
  facts: AppointmentFacts,
  record: Pick<ProcedureRecord, 'cases' | 'documents'>,
  now: number,
): Promise<string | null> {
  await enqueueNotification(trx, {
    dedupeKey: `appointment:${target.id}:booked:${target.version}`,
    event: target.version === 0 ? 'appointment_booked' : 'appointment_moved',
    channel: 'sms',
    recipient: target.phone,
    body: confirmationText(facts, documentsToBring(record)),
  });
  const at = reminderAt(target.startsAt, now);
  if (at === undefined) return null;
  return enqueueNotification(trx, {
    dedupeKey: `appointment:${target.id}:reminder:${target.version}`,
    event: 'appointment_reminder',
    channel: 'sms',
    recipient: target.phone,
    body: reminderText(facts),
    notBefore: new Date(at),
  });
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
  target: Pick<MessageTarget, 'id' | 'phone'>,
  facts: AppointmentFacts,
): Promise<void> {
  await enqueueNotification(trx, {
    dedupeKey: `appointment:${target.id}:cancelled`,
    event: 'appointment_cancelled',
    channel: 'sms',
    recipient: target.phone,
    body: cancellationText(facts),
  });
}
