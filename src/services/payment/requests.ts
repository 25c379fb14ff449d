/**
 * What a dossier must pay: a payment request opened by the `request_payment` action (its effect, services/dossier/
 * actions/effects.ts) from the dossier's fee when it is paid before or after processing and the obligations of the
 * Tax office's latest notice — amounts taken as set, never computed here — and the reads of a dossier's requests,
 * payments and refunds.
 */
import {
  payableItems,
  paymentChannelLabels,
  totalOf,
  type PayableItem,
} from '../../domain/payment/payment.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { Receipt } from '../../contracts/payment.js';
import { landTaxOf } from '../dossier/land-tax.js';

/**
 * Opens the dossier's payment request (one open at a time: an earlier open one is cancelled and replaced). Nothing
 * is opened when nothing is payable (the desk then records the payment by the action alone, as before).
 */
export async function openPaymentRequest(
  trx: Trx,
  dossier: { id: string; handling_unit_id: string },
  actorId: string | null,
  now: number,
): Promise<{ amount: number; items: PayableItem[] } | null> {
  const { fee } = await trx
    .selectFrom('dossiers')
    .select('fee')
    .where('id', '=', dossier.id)
    .executeTakeFirstOrThrow();
  const { notice } = await landTaxOf(trx, dossier.id);
  const items = payableItems(fee, notice);
  const amount = totalOf(items);
  if (amount <= 0) return null;
  await trx
    .updateTable('payment_requests')
    .set({ status: 'cancelled' })
    .where('dossier_id', '=', dossier.id)
    .where('status', '=', 'open')
    .execute();
  await trx
    .insertInto('payment_requests')
    .values({
      dossier_id: dossier.id,
      unit_id: dossier.handling_unit_id,
      items: JSON.stringify(items),
      amount,
      requested_at: new Date(now),
      requested_by: actorId,
    })
    .execute();
  return { amount, items };
}

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
