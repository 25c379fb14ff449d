/**
 * Delivery receipts: a provider's final word on a message it accepted (delivered, or undeliverable). A receipt is
 * matched to its message by provider and provider id. It can arrive before the worker has recorded the send (a
 * fast SMSC answers within milliseconds), so every receipt is first stored in notification_receipts and then
 * applied; the worker applies stored receipts right after recording its sends (`applyStoredReceipts`). Each side
 * writes first and matches second, in separate statements, so whichever comes last sees the other.
 */
import { sql } from 'kysely';
import type { Receipt } from '../../adapters/notify/provider.js';
import type { Reader } from '../../db/transaction.js';

/** Stores receipts and applies them to sent messages; returns how many messages changed status. */
export async function recordReceipts(db: Reader, receipts: readonly Receipt[]): Promise<number> {
  if (receipts.length === 0) return 0;
  // One row per (provider, ref): the last receipt of a batch wins.
  const unique = [...new Map(receipts.map((r) => [`${r.provider}\u0000${r.providerRef}`, r])).values()];
  await db
    .insertInto('notification_receipts')
    .values(
      unique.map((r) => ({
        provider: r.provider,
        provider_ref: r.providerRef,
        status: r.status,
        receipt_state: r.state.slice(0, 60),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['provider', 'provider_ref']).doUpdateSet((eb) => ({
        status: eb.ref('excluded.status'),
        receipt_state: eb.ref('excluded.receipt_state'),
        received_at: sql<Date>`now()`,
      })),
    )
    .execute();
  const values = sql.join(unique.map((r) => sql`(${r.provider}, ${r.providerRef})`));
  const updated = await sql`
    update notifications n
       set status = r.status,
           receipt_state = r.receipt_state,
           delivered_at = case when r.status = 'delivered' then r.received_at end
      from notification_receipts r, (values ${values}) as v(provider, ref)
     where r.provider = v.provider and r.provider_ref = v.ref
       and n.provider = r.provider and n.provider_ref = r.provider_ref and n.status = 'sent'`.execute(db);
  return Number(updated.numAffectedRows ?? 0);
}

/** Applies receipts that arrived before these messages' sends were recorded. */
export async function applyStoredReceipts(db: Reader, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`
    update notifications n
       set status = r.status,
           receipt_state = r.receipt_state,
           delivered_at = case when r.status = 'delivered' then r.received_at end
      from notification_receipts r
     where n.id in (${sql.join(ids)})
       and r.provider = n.provider and r.provider_ref = n.provider_ref and n.status = 'sent'`.execute(db);
}

/**
 * Collects receipts pushed by providers (SMPP deliver_sm) and records them in batches: at most every `intervalMs`
 * or when `max` are waiting. `flush` records what is waiting now (tests and shutdown).
 */
export class ReceiptSink {
  private waiting: Receipt[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Reader,
    private readonly onError: (e: unknown) => void,
    private readonly intervalMs = 100,
    private readonly max = 500,
  ) {}

  push = (receipt: Receipt): void => {
    this.waiting.push(receipt);
    if (this.waiting.length >= this.max) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.intervalMs);
      this.timer.unref();
    }
  };

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting;
    this.waiting = [];
    const previous = this.inFlight;
    this.inFlight = previous
      .then(() => (batch.length ? recordReceipts(this.db, batch) : 0))
      .catch(this.onError);
    await this.inFlight;
  }
}
