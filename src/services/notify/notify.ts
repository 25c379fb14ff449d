/**
 * The one call other areas use to tell a citizen something (see docs/ARCHITECTURE.md, "Notifications"):
 *
 *   await notify(trx, { event: 'appointment_booked', unitId, recipient: { phone }, params: { thoiGian, diaDiem },
 *                       dedupeKey: `appointment:${id}:booked` });
 *
 * In the caller's transaction it checks the recipient (400 on a bad phone or email), picks the channel by the
 * phone's preference (SMS by default; email or Zalo when the citizen chose it; no non-urgent SMS to a phone that
 * opted out), renders the event's template for that channel, holds a non-urgent SMS for quiet hours, the
 * recipient's hourly limit and the unit's daily cap, and queues it in the outbox. Urgent messages (one-time codes)
 * always go by SMS, now.
 */
import { checkRecipient } from '../../domain/notify/recipients.js';
import {
  renderTemplate,
  type NotifyChannel,
  type NotifyEvent,
  type TemplateParams,
} from '../../domain/notify/templates.js';
import { invalid } from '../../domain/errors.js';
import type { Trx } from '../org/context.js';
import { enqueueNotification } from '../outbox/enqueue.js';
import { withNotify } from './db.js';
import { smsHold } from './holds.js';
import { templateBody } from './templates.js';

export interface NotifyRequest {
  event: NotifyEvent;
  /** The unit on whose behalf the message goes (daily SMS cap); null when none. */
  unitId?: string | null;
  dossierId?: string | null;
  recipient: { phone?: string | null | undefined; email?: string | null | undefined };
  params: TemplateParams;
  /** Idempotency for this event and recipient; the channel is appended for email and Zalo. */
  dedupeKey: string;
  urgent?: boolean;
  notBefore?: Date;
  /** The clock (tests); default Date.now(). */
  now?: number;
}

export type NotifyOutcome =
  | { queued: true; id: string; channel: NotifyChannel; heldUntil: string | null }
  | { queued: false; reason: 'opted_out' | 'no_recipient' };

export interface ChannelChoice {
  channel: NotifyChannel;
  recipient: string;
}

/** The channel and address for a message, by the phone's stored preference; null: nothing may be sent. */
export async function chooseChannel(
  trx: Trx,
  recipient: NotifyRequest['recipient'],
  urgent: boolean,
): Promise<ChannelChoice | { none: 'opted_out' | 'no_recipient' }> {
  const phone = recipient.phone ? checkRecipient('sms', recipient.phone) : null;
  const given = recipient.email ? checkRecipient('email', recipient.email) : null;
  if (urgent) {
    if (!phone) {
      const message = 'Tin khẩn (mã xác nhận) cần số điện thoại di động.';
      throw invalid('NOTIFY_BAD_PHONE', message, [{ field: 'recipient.phone', message }]);
    }
    return { channel: 'sms', recipient: phone };
  }
  const pref = phone
    ? await withNotify(trx)
        .selectFrom('notification_preferences')
        .selectAll()
        .where('phone', '=', phone)
        .executeTakeFirst()
    : undefined;
  const email = given ?? pref?.email ?? null;
  if (pref?.channel === 'email' && email) return { channel: 'email', recipient: email };
  if (pref?.channel === 'zalo' && phone) return { channel: 'zalo', recipient: phone };
  if (phone && !pref?.sms_opt_out) return { channel: 'sms', recipient: phone };
  if (email) return { channel: 'email', recipient: email };
  return { none: phone ? 'opted_out' : 'no_recipient' };
}

export async function notify(trx: Trx, req: NotifyRequest): Promise<NotifyOutcome> {
  const urgent = req.urgent ?? false;
  const choice = await chooseChannel(trx, req.recipient, urgent);
  if ('none' in choice) return { queued: false, reason: choice.none };
  const { channel, recipient } = choice;
  const body = renderTemplate(channel, await templateBody(trx, req.event, channel), req.params);
  const now = req.now ?? Date.now();
  const notBefore = req.notBefore?.getTime() ?? now;
  const hold =
    channel === 'sms' && !urgent ? await smsHold(trx, recipient, req.unitId ?? null, now, notBefore) : null;
  const id = await enqueueNotification(trx, {
    dedupeKey: channel === 'sms' ? req.dedupeKey : `${req.dedupeKey}:${channel}`,
    event: req.event,
    channel,
    recipient,
    body,
    urgent,
    dossierId: req.dossierId ?? null,
    unitId: req.unitId ?? null,
    ...(req.now !== undefined ? { now } : {}),
    notBefore: new Date(hold?.until ?? notBefore),
    heldBecause: hold ? `${hold.code}: ${hold.message}` : null,
  });
  return { queued: true, id, channel, heldUntil: hold ? new Date(hold.until).toISOString() : null };
}
