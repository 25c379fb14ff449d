/**
 * A delivery provider for one channel (SMS, email, Zalo). The outbox worker hands it one message at a time.
 * A provider says whether a failure is worth retrying (temporary) or not (permanent: e.g. an invalid number).
 */
import type { NotificationChannel } from '../../db/tables/outbox.js';

export interface OutgoingMessage {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  body: string;
}

export type SendResult =
  { ok: true; providerRef?: string } | { ok: false; permanent: boolean; error: string };

export interface Provider {
  name: string;
  channels: readonly NotificationChannel[];
  send(message: OutgoingMessage): Promise<SendResult>;
}
