/**
 * A payment received, online or at the desk: its electronic receipt number (a sequence per collecting unit and
 * year in Vietnam, `BL-<agency id>-<year>-<six digits>`), and, once the request is paid in full, the request closed
 * and the dossier taken on by the `record_payment` action (awaiting_payment → approved, as the lifecycle says).
 */
import { randomUUID } from 'node:crypto';
import { receiptNumber, type PaymentChannel } from '../../domain/payment/payment.js';
import { formatDong } from '../../domain/format/format.js';
import type { Role } from '../../domain/org/roles.js';
import type { Trx } from '../../db/transaction.js';
import { isAllowed } from '../../domain/dossier/lifecycle.js';
import { recordAction } from '../dossier/actions/apply.js';
import type { DossierRow } from '../dossier/common.js';
import { requestHash } from '../dossier/idempotency.js';
import type { OpenRequest } from './requests.js';

const vietnamYear = (at: Date) => new Date(at.getTime() + 7 * 3600_000).getUTCFullYear();

/** The next receipt number of the unit for the year of `at` (the counter row is locked until the commit). */
export async function nextReceiptNo(trx: Trx, unitId: string, at: Date): Promise<string> {
  const year = vietnamYear(at);
  const { last } = await trx
    .insertInto('payment_receipt_counters')
    .values({ unit_id: unitId, year, last: 1 })
    .onConflict((oc) =>
      oc
        .columns(['unit_id', 'year'])
        .doUpdateSet((eb) => ({ last: eb('payment_receipt_counters.last', '+', 1) })),
    )
    .returning('last')
    .executeTakeFirstOrThrow();
  const unit = await trx
    .selectFrom('units')
    .select('agency_id')
    .where('id', '=', unitId)
    .executeTakeFirstOrThrow();
  return receiptNumber(unit.agency_id, year, last);
}

export interface Received {
  channel: PaymentChannel;
  amount: number;
  payerName: string;
  txnRef?: string;
  gatewayTxnNo?: string | null;
  reference?: string | null;
  /** The officer who recorded it and the role they hold (null: online, by the gateway's notification). */
  officer: { id: string; fullName: string; role: Role } | null;
  at: Date;
}

/**
 * Records a payment on the open request of the dossier (its row locked by the caller); when it completes the
 * request, closes it and takes `record_payment` if the lifecycle allows it now. The receipt number.
 */
export async function receivePayment(
  trx: Trx,
  row: DossierRow,
  request: OpenRequest,
  p: Received,
): Promise<{ receiptNo: string; paidInFull: boolean }> {
  const receiptNo = await nextReceiptNo(trx, request.unit_id, p.at);
  await trx
    .insertInto('payments')
    .values({
      request_id: request.id,
      dossier_id: row.id,
      unit_id: request.unit_id,
      channel: p.channel,
      amount: p.amount,
      payer_name: p.payerName,
      txn_ref: p.txnRef ?? null,
      gateway_txn_no: p.gatewayTxnNo ?? null,
      reference: p.reference ?? null,
      receipt_no: receiptNo,
      recorded_by: p.officer?.id ?? null,
      paid_at: p.at,
    })
    .execute();
  const paidInFull = request.paid + p.amount >= request.amount;
  if (!paidInFull) return { receiptNo, paidInFull };
  await trx
    .updateTable('payment_requests')
    .set({ status: 'paid', paid_at: p.at })
    .where('id', '=', request.id)
    .execute();
  if (isAllowed(row.state, 'record_payment')) {
    const input = {
      action: 'record_payment' as const,
      expectedVersion: row.version,
      idempotencyKey: `payment:${randomUUID()}`,
      note: `Đã nộp đủ ${formatDong(request.amount)} (biên lai ${receiptNo}).`,
      details: { receiptNo, channel: p.channel },
    };
    await recordAction(
      trx,
      row,
      input,
      {
        actor: p.officer && { id: p.officer.id, fullName: p.officer.fullName },
        role: p.officer?.role ?? null,
        unitId: row.handling_unit_id,
      },
      { now: p.at.getTime(), fingerprint: requestHash(input) },
    );
  }
  return { receiptNo, paidInFull };
}
