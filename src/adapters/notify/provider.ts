/**
 * A delivery provider for one or more channels (SMS, email, Zalo). The outbox worker hands it one message at a
 * time (several may be in flight at once). A provider says whether a failure is worth retrying (temporary: the
 * provider is down, slow or throttling) or not (permanent: e.g. an invalid number or a rejected address); a
 * permanent failure is not tried on another provider either, since the message itself is at fault.
 */
import type { NotificationChannel } from '../../db/tables/outbox.js';

export interface OutgoingMessage {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  body: string;
  /** The event that caused it (e.g. dossier_received); email uses it for nothing but logs, ZNS may map it. */
  event?: string;
}

export type SendResult =
  { ok: true; providerRef?: string } | { ok: false; permanent: boolean; error: string };

/** A delivery receipt: the final state the provider reports for a message it accepted. */
export interface Receipt {
  provider: string;
  providerRef: string;
  status: 'delivered' | 'permanent_failure';
  /** The provider's raw state (SMPP stat, gateway status), kept for the administrator. */
  state: string;
}

export interface Provider {
  name: string;
  channels: readonly NotificationChannel[];
  send(message: OutgoingMessage): Promise<SendResult>;
  /** Providers that push receipts over their own connection (SMPP deliver_sm) call this handler. */
  onReceipt?(handler: (receipt: Receipt) => void): void;
  /** Closes connections (SMPP binds, SMTP pools). */
  close?(): Promise<void>;
}

/** A failure result from an exception (network error, timeout): temporary. */
export function temporaryFailure(e: unknown): SendResult {
  return { ok: false, permanent: false, error: e instanceof Error ? e.message : String(e) };
}
