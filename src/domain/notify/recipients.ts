/**
 * Who a message goes to: a Vietnamese mobile number (SMS, Zalo), normalised to +84…, or an email address. A bad
 * address is refused when the message is created, not discovered by the provider later.
 */
import { normaliseEmail, normalisePhone } from '../contact/contact.js';
import { invalid } from '../errors.js';
import type { NotifyChannel } from './templates.js';

/** The recipient in its stored form, or a 400 naming the field. */
export function checkRecipient(channel: NotifyChannel, raw: string): string {
  if (channel === 'email') {
    const email = normaliseEmail(raw);
    if (email) return email;
    const message = 'Địa chỉ thư điện tử không hợp lệ.';
    throw invalid('NOTIFY_BAD_EMAIL', message, [{ field: 'recipient.email', message }]);
  }
  const phone = normalisePhone(raw);
  if (phone) return phone;
  const message = 'Số điện thoại di động không hợp lệ (10 số, bắt đầu bằng 0).';
  throw invalid('NOTIFY_BAD_PHONE', message, [{ field: 'recipient.phone', message }]);
}
