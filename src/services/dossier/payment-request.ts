/**
 * What a dossier must pay, frozen when the `request_payment` action is taken (its effect, actions/effects.ts): the
 * dossier's fee when it is paid before or after processing and the obligations of the Tax office's latest notice —
 * amounts taken as set, never computed here. Paying it is services/payment/.
 */
import { payableItems, totalOf, type PayableItem } from '../../domain/payment/payment.js';
import type { Trx } from '../../db/transaction.js';
import { landTaxOf } from './land-tax.js';

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
