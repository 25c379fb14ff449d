/**
 * The citizen's side of payments on their own dossier (another's is 404, as every citizen route): what is due and
 * the receipts, and the start of an online payment.
 */
import type { PaymentGateway } from '../../adapters/payment/gateway.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { CitizenPayments } from '../../contracts/payment.js';
import type { Citizen } from './me.js';
import { ownDossier } from './dossier.js';
import { startOnlinePayment } from '../payment/online.js';
import { openRequestOf, paymentRows, receiptOf } from '../payment/requests.js';

export async function myPayments(
  db: Reader,
  gateway: PaymentGateway | null,
  citizen: Citizen,
  code: string,
): Promise<CitizenPayments> {
  const row = await ownDossier(db, citizen, code);
  const open = await openRequestOf(db, row.id);
  const receipts = (await paymentRows(db, [row.id])).map(receiptOf);
  return {
    due: open?.outstanding ?? 0,
    items: open?.items ?? [],
    online: gateway !== null && (open?.outstanding ?? 0) > 0,
    receipts,
  };
}

export async function payMyDossierOnline(
  trx: Trx,
  gateway: PaymentGateway | null,
  citizen: Citizen,
  code: string,
  opts: { returnUrl: string; clientIp: string },
): Promise<{ redirectUrl: string }> {
  const row = await ownDossier(trx, citizen, code);
  return startOnlinePayment(trx, gateway, row, opts);
}
