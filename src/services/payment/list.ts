/**
 * What is due and the receipts of the dossiers in the citizen's "Hồ sơ của tôi" (services/citizen/me.ts), for those
 * that were asked to pay.
 */
import type { Reader } from '../../db/transaction.js';
import type { CitizenDossierPayment } from '../../contracts/payment.js';
import { openRequestOf, paymentRows, receiptOf } from './requests.js';

/** What is due and the receipts of the listed dossiers that were asked to pay, by dossier code. */
export async function paymentsOfList(
  db: Reader,
  codes: readonly string[],
): Promise<Map<string, CitizenDossierPayment>> {
  const out = new Map<string, CitizenDossierPayment>();
  if (codes.length === 0) return out;
  const asked = await db
    .selectFrom('payment_requests as r')
    .innerJoin('dossiers as d', 'd.id', 'r.dossier_id')
    .select(['d.id', 'd.code'])
    .where('d.code', 'in', codes)
    .where('r.status', '!=', 'cancelled')
    .distinct()
    .execute();
  const receipts = await paymentRows(
    db,
    asked.map((a) => a.id),
  );
  for (const a of asked) {
    const open = await openRequestOf(db, a.id);
    out.set(a.code, {
      due: open?.outstanding ?? 0,
      receipts: receipts.filter((p) => p.dossier_id === a.id).map(receiptOf),
    });
  }
  return out;
}
