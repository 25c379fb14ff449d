/**
 * The one call other areas use to tell a citizen something (see docs/AREAS.md, "Notifications"):
 *
 *   await notify(trx, { event: 'appointment_booked', unitId, recipient: { phone }, params: { thoiGian, diaDiem },
 *                       dedupeKey: `appointment:${id}:booked` });
 *
 * In the caller's transaction it checks the recipient (400 on a bad phone or email), picks the channel by the
 * phone's preference (SMS by default; email or Zalo when the citizen chose it; no non-urgent SMS to a phone that
 * opted out), renders the event's template for that channel, holds a non-urgent SMS for quiet hours and — unless
 * its event is transactional — the recipient's hourly limit and the unit's daily cap, drops one whose hold would
 * end after `staleAfter` (with the reason, status 'dropped'), and queues it in the outbox. Urgent messages (one-time codes)
 * always go by SMS, now.
 *
 * Two statements: one read for the preference, templates and counts (plan.ts), one insert. A caller holding a lock
 * may plan first (`planNotify`) and pass the plan, so that only the insert runs under its lock.
 */
import {
  renderTemplate,
  type NotifyChannel,
  type NotifyEvent,
  type TemplateParams,
} from '../../domain/notify/templates.js';
import { TOO_LATE } from '../../domain/notify/reasons.js';
import type { Trx } from '../../db/transaction.js';
import { enqueueNotification, type NewNotification } from '../outbox/enqueue.js';
import { checkAddresses, chooseFrom, type ChannelChoice } from './choice.js';
import { withNotify } from '../../db/with-notify.js';
import { planNotify, type NotifyPlan } from './plan.js';

export type { ChannelChoice } from './choice.js';
export { planNotify, type NotifyPlan } from './plan.js';

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
  /** After this instant the message no longer matters (a reminder after its slot): dropped with a reason. */
  staleAfter?: Date;
  /** The clock (tests); default Date.now(). */
  now?: number;
  /** What planNotify read and decided for this event, unit, recipient and clock (read once, before a lock). */
  plan?: NotifyPlan;
  /** The channel the citizen asks for now (e.g. Zalo, on the phone to the hotline), ahead of the stored preference. */
  channel?: NotifyChannel;
}

export type NotifyOutcome =
  | {
      queued: true;
      id: string;
      channel: NotifyChannel;
      heldUntil: string | null;
      /** Why it was dropped instead of held (it would come too late); null when it is queued to be sent. */
      droppedBecause: string | null;
    }
  | { queued: false; reason: 'opted_out' | 'no_recipient' };

/** The channel and address for a message, by the phone's stored preference; none: nothing may be sent. */
export async function chooseChannel(
  trx: Trx,
  recipient: NotifyRequest['recipient'],
  urgent: boolean,
): Promise<ChannelChoice | { none: 'opted_out' | 'no_recipient' }> {
  const addresses = checkAddresses(recipient, urgent);
  const pref =
    addresses.phone && !urgent
      ? await withNotify(trx)
          .selectFrom('notification_preferences')
          .select(['channel', 'email', 'sms_opt_out'])
          .where('phone', '=', addresses.phone)
          .executeTakeFirst()
      : undefined;
  return chooseFrom(addresses, urgent, pref);
}

/** The outbox row of a planned message, its body rendered with the request's parameters; pure. */
export function plannedMessage(
  plan: Exclude<NotifyPlan, { none: unknown }>,
  req: Pick<NotifyRequest, 'params' | 'dedupeKey' | 'dossierId' | 'unitId' | 'now'>,
): NewNotification {
  const { channel, hold, dropped } = plan;
  return {
    dedupeKey: channel === 'sms' ? req.dedupeKey : `${req.dedupeKey}:${channel}`,
    event: plan.event,
    channel,
    recipient: plan.recipient,
    body: renderTemplate(channel, plan.template, req.params),
    urgent: plan.urgent,
    dossierId: req.dossierId ?? null,
    unitId: req.unitId ?? null,
    ...(req.now !== undefined ? { now: plan.now } : {}),
    notBefore: new Date(hold?.until ?? plan.notBefore),
    heldBecause: dropped ? `${TOO_LATE}: ${dropped}` : hold ? `${hold.code}: ${hold.message}` : null,
    dropped: dropped !== null,
    staleAfter: plan.staleAfter !== null ? new Date(plan.staleAfter) : null,
  };
}

export async function notify(trx: Trx, req: NotifyRequest): Promise<NotifyOutcome> {
  if (req.plan && !('none' in req.plan) && req.plan.event !== req.event) {
    throw new Error(`notify: a plan for ${req.plan.event} given for ${req.event}`);
  }
  const plan = req.plan ?? (await planNotify(trx, req));
  if ('none' in plan) return { queued: false, reason: plan.none };
  const id = await enqueueNotification(trx, plannedMessage(plan, req));
  return {
    queued: true,
    id,
    channel: plan.channel,
    heldUntil: plan.hold && !plan.dropped ? new Date(plan.hold.until).toISOString() : null,
    droppedBecause: plan.dropped,
  };
}
