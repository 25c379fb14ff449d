/**
 * The channel and address of a message, by the phone's stored preference (SMS by default; email or Zalo when the
 * citizen chose it; no non-urgent SMS to a phone that opted out). Urgent messages (one-time codes) always go by SMS.
 * Pure: the preference is read by the caller (plan.ts reads it with everything else in one statement).
 */
import { checkRecipient } from '../../domain/notify/recipients.js';
import type { NotifyChannel } from '../../domain/notify/templates.js';
import { invalid } from '../../domain/errors.js';

export interface ChannelChoice {
  channel: NotifyChannel;
  recipient: string;
}

/** A row of notification_preferences, as far as the choice goes. */
export interface StoredPreference {
  channel: NotifyChannel;
  email: string | null;
  sms_opt_out: boolean;
}

export interface Addresses {
  phone: string | null;
  email: string | null;
}

/** The recipient's phone and email, normalised; a bad one (or an urgent message without a phone) is a 400. */
export function checkAddresses(
  recipient: { phone?: string | null | undefined; email?: string | null | undefined },
  urgent: boolean,
): Addresses {
  const phone = recipient.phone ? checkRecipient('sms', recipient.phone) : null;
  const email = recipient.email ? checkRecipient('email', recipient.email) : null;
  if (urgent && !phone) {
    const message = 'Tin khẩn (mã xác nhận) cần số điện thoại di động.';
    throw invalid('NOTIFY_BAD_PHONE', message, [{ field: 'recipient.phone', message }]);
  }
  return { phone, email };
}

/**
 * The channel and address by the stored preference (undefined/null: none stored); none: nothing may be sent.
 * `requested`: the channel the citizen asks for now (e.g. on the phone to the hotline), ahead of the stored
 * preference when its address is known; an SMS opt-out still stops a requested SMS.
 */
export function chooseFrom(
  addresses: Addresses,
  urgent: boolean,
  pref: StoredPreference | null | undefined,
  requested?: NotifyChannel,
): ChannelChoice | { none: 'opted_out' | 'no_recipient' } {
  const { phone } = addresses;
  if (urgent) return { channel: 'sms', recipient: phone! };
  const email = addresses.email ?? pref?.email ?? null;
  if (requested === 'zalo' && phone) return { channel: 'zalo', recipient: phone };
  if (requested === 'email' && email) return { channel: 'email', recipient: email };
  if (requested === 'sms' && phone && !pref?.sms_opt_out) return { channel: 'sms', recipient: phone };
  if (pref?.channel === 'email' && email) return { channel: 'email', recipient: email };
  if (pref?.channel === 'zalo' && phone) return { channel: 'zalo', recipient: phone };
  if (phone && !pref?.sms_opt_out) return { channel: 'sms', recipient: phone };
  if (email) return { channel: 'email', recipient: email };
  return { none: phone ? 'opted_out' : 'no_recipient' };
}
