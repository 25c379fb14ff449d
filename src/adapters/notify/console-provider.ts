/**
 * A development provider that prints each message on standard output, the recipient masked (a phone's last three
 * digits, an email's domain) so that even development logs carry no personal data.
 */
import type { OutgoingMessage, Provider } from './provider.js';

export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `…${recipient.slice(at)}`;
  return `…${recipient.slice(-3)}`;
}

export function consoleProvider(
  write: (line: string) => void = (l) => process.stdout.write(l + '\n'),
): Provider {
  return {
    name: 'console',
    channels: ['sms', 'email', 'zalo'],
    send(m: OutgoingMessage) {
      write(`[${m.channel} → ${maskRecipient(m.recipient)}] ${m.body}`);
      return Promise.resolve({ ok: true, providerRef: m.id });
    },
  };
}
