/**
 * What a dossier must pay (the request `request_payment` opens, services/dossier/payment-request.ts): the reads
 * of a dossier's open request, its payments with their receipts, and refunds.
 */
import { paymentChannelLabels, type PayableItem } from '../../domain/payment/payment.js';
import type { Reader } from '../../db/transaction.js';
import type { Receipt } from '../../contracts/payment.js';

export interface OpenRequest {
  id: string;
  unit_id: string;
  amount: number;
  items: PayableItem[];
  paid: number;
  outstanding: number;
}

/** The dossier's open request with what was paid on it, or undefined. */
export async function openRequestOf(db: Reader, dossierId: string): Promise<OpenRequest | undefined> {
  const r = await db
    .selectFrom('payment_requests as r')
    .select(['r.id', 'r.unit_id', 'r.amount', 'r.items'])
    .select((eb) =>
      eb
        .selectFrom('payments as p')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('p.amount'), e.lit(0)).as('s'))
        .whereRef('p.request_id', '=', 'r.id')
        .as('paid'),
    )
    .where('r.dossier_id', '=', dossierId)
    .where('r.status', '=', 'open')
    .executeTakeFirst();
  if (!r) return undefined;
  const paid = Number(r.paid ?? 0);
  return { ...r, items: r.items as PayableItem[], paid, outstanding: Math.max(0, r.amount - paid) };
}

/** The payments of some dossiers with their request's lines and refunds, oldest first. */
export async function paymentRows(db: Reader, dossierIds: readonly string[]) {
  if (dossierIds.length === 0) return [];
  return db
    .selectFrom('payments as p')
    .innerJoin('payment_requests as r', 'r.id', 'p.request_id')
    .leftJoin('staff as s', 's.id', 'p.recorded_by')
    .select([
      'p.id',
      'p.dossier_id',
      'p.channel',
      'p.amount',
      'p.payer_name',
      'p.receipt_no',
      'p.paid_at',
      'p.reference',
      'p.txn_ref',
      'r.items',
      's.full_name as recorded_by',
    ])
    .select((eb) =>
      eb
        .selectFrom('payment_refunds as f')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('f.amount'), e.lit(0)).as('s'))
        .whereRef('f.payment_id', '=', 'p.id')
        .as('refunded'),
    )
    .where('p.dossier_id', 'in', dossierIds)
    .orderBy('p.paid_at')
    .orderBy('p.receipt_no')
    .execute();
}

export function receiptOf(p: Awaited<ReturnType<typeof paymentRows>>[number]): Receipt {
  return {
    receiptNo: p.receipt_no,
    amount: p.amount,
    channel: p.channel,
    channelLabel: paymentChannelLabels[p.channel],
    paidAt: p.paid_at.toISOString(),
    payerName: p.payer_name,
    items: p.items,
    refunded: Number(p.refunded ?? 0),
  };
}
