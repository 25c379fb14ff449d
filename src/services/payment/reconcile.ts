/**
 * The daily reconciliation: our online orders finished on a day (Vietnam's calendar) compared with the gateway's
 * report of that day; each difference is recorded once as an alert for the leaders of the collecting unit (an
 * unknown reference the gateway reports goes to the province, the root unit), and the day's counts are kept.
 * Run by `motcua reconcile-payments [--day YYYY-MM-DD]` (yesterday by default).
 */
import { sql } from 'kysely';
import type { ReportLine } from '../../adapters/payment/gateway.js';
import { reconcile } from '../../domain/payment/payment.js';
import type { Trx } from '../../db/transaction.js';
import { alertMismatch } from './alerts.js';

export interface ReconcileResult {
  day: string;
  matched: number;
  mismatches: number;
  newAlerts: number;
}

export async function reconcileDay(
  trx: Trx,
  day: string,
  report: readonly ReportLine[],
  now = Date.now(),
): Promise<ReconcileResult> {
  const orders = await trx
    .selectFrom('payment_orders as o')
    .innerJoin('payment_requests as r', 'r.id', 'o.request_id')
    .select(['o.txn_ref', 'o.amount', 'o.status', 'r.unit_id', 'r.dossier_id'])
    .where(sql<boolean>`(o.finished_at at time zone 'Asia/Ho_Chi_Minh')::date = ${day}::date`)
    .where('o.status', 'in', ['paid', 'failed'])
    .execute();
  const reported = await trx
    .selectFrom('payment_orders as o')
    .innerJoin('payment_requests as r', 'r.id', 'o.request_id')
    .select(['o.txn_ref', 'r.unit_id', 'r.dossier_id'])
    .where('o.txn_ref', 'in', report.length ? report.map((l) => l.txnRef) : [''])
    .execute();
  const where = new Map([...orders, ...reported].map((o) => [o.txn_ref, o]));
  const { matched, mismatches } = reconcile(
    orders.map((o) => ({ txnRef: o.txn_ref, amount: o.amount, paid: o.status === 'paid' })),
    report,
  );
  const at = new Date(now);
  let root: string | undefined;
  let newAlerts = 0;
  for (const m of mismatches) {
    const known = where.get(m.txnRef);
    root ??= known
      ? undefined
      : (
          await trx
            .selectFrom('units')
            .select('id')
            .where('parent_id', 'is', null)
            .orderBy('created_at')
            .executeTakeFirstOrThrow()
        ).id;
    const unitId = known?.unit_id ?? root!;
    if (await alertMismatch(trx, { unitId, dossierId: known?.dossier_id ?? null, day, mismatch: m }, at))
      newAlerts += 1;
  }
  await trx
    .insertInto('payment_reconciliations')
    .values({ day, ran_at: at, matched, mismatches: mismatches.length })
    .onConflict((oc) => oc.column('day').doUpdateSet({ ran_at: at, matched, mismatches: mismatches.length }))
    .execute();
  return { day, matched, mismatches: mismatches.length, newAlerts };
}
