/**
 * What a unit's leader must look at about money: a gateway notification whose amount or currency was not the one
 * asked (refused), and a difference found by the daily reconciliation. Leaders see the alerts of the units they
 * lead and of the units below them (GET /api/payments/alerts).
 */
import { sql } from 'kysely';
import { formatDong } from '../../domain/format/format.js';
import { mismatchLabels, type Mismatch } from '../../domain/payment/payment.js';
import type { Actor } from '../../domain/org/roles.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { PaymentAlerts } from '../../contracts/payment.js';

export async function alertWrongAmount(
  trx: Trx,
  a: { unitId: string; dossierId: string; txnRef: string; asked: number; notified: number; currency: string },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('payment_alerts')
    .values({
      unit_id: a.unitId,
      dossier_id: a.dossierId,
      kind: 'wrong_amount',
      txn_ref: a.txnRef,
      detail: JSON.stringify({ asked: a.asked, notified: a.notified, currency: a.currency }),
      created_at: now,
    })
    .execute();
}

/** Records a reconciliation mismatch once per day, order and issue; whether it was new. */
export async function alertMismatch(
  trx: Trx,
  a: { unitId: string; dossierId: string | null; day: string; mismatch: Mismatch },
  now: Date,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('payment_alerts')
    .values({
      unit_id: a.unitId,
      dossier_id: a.dossierId,
      kind: 'reconciliation',
      txn_ref: a.mismatch.txnRef,
      detail: JSON.stringify({ day: a.day, ...a.mismatch }),
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

type Detail = Record<string, unknown>;
const side = (v: unknown) => {
  const o = v as { amount: number; paid: boolean } | null;
  return o ? `${formatDong(o.amount)} (${o.paid ? 'thành công' : 'không thành công'})` : 'không có';
};

function describe(kind: 'wrong_amount' | 'reconciliation', d: Detail): { title: string; detail: string } {
  if (kind === 'wrong_amount')
    return {
      title: 'Thông báo thanh toán sai số tiền (đã từ chối)',
      detail: `Số tiền yêu cầu ${formatDong(Number(d.asked))}, cổng thanh toán báo ${formatDong(
        Number(d.notified),
      )} ${String(d.currency)}.`,
    };
  const issue = d.issue as Mismatch['issue'];
  return {
    title: `Đối soát ngày ${String(d.day).split('-').reverse().join('/')}: ${mismatchLabels[issue]}`,
    detail: `Hệ thống: ${side(d.ours)}; cổng thanh toán: ${side(d.gateway)}.`,
  };
}

/** The payment alerts of the units the actor leads (and below), newest first. */
export async function listPaymentAlerts(db: Reader, actor: Actor): Promise<PaymentAlerts> {
  const led = actor.roles.filter((r) => r.role === 'leader').map((r) => r.unitId);
  if (led.length === 0) return { items: [] };
  const rows = await db
    .selectFrom('payment_alerts as a')
    .innerJoin('units as u', 'u.id', 'a.unit_id')
    .leftJoin('dossiers as d', 'd.id', 'a.dossier_id')
    .select(['a.id', 'a.kind', 'a.txn_ref', 'a.detail', 'a.created_at', 'u.name as unit_name', 'd.code'])
    .where(sql<boolean>`u.path && ${sql.val(led)}::uuid[]`)
    .orderBy('a.created_at', 'desc')
    .limit(100)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      ...describe(r.kind, r.detail),
      dossierCode: r.code,
      txnRef: r.txn_ref,
      unitName: r.unit_name,
      createdAt: r.created_at.toISOString(),
    })),
  };
}
