/**
 * Payments at the desk: the staff's view of a dossier's requests, payments and refunds; a cash, transfer or card
 * payment recorded by a reception officer of the unit handling the dossier (never more than is still due); a
 * refund recorded by a leader of the collecting unit (who, why, how much; never more than was paid).
 */
import { conflict, forbidden, invalid, notFound } from '../../domain/errors.js';
import { actingRole, maySee } from '../../domain/dossier/permissions.js';
import type { Actor } from '../../domain/org/roles.js';
import { formatDong } from '../../domain/format/format.js';
import type { Reader, Trx } from '../../db/transaction.js';
import type { DeskPaymentBody, DossierPayments, RefundBody } from '../../contracts/payment.js';
import type { ActingContext } from '../org/context.js';
import { writeAudit } from '../org/audit.js';
import { getDossierRow, type DossierRow } from '../dossier/common.js';
import { receivePayment } from './receipts.js';
import { openRequestOf, paymentRows, receiptOf } from './requests.js';
import type { PayableItem } from '../../domain/payment/payment.js';

const leads = (actor: Actor, unitPath: readonly string[]) =>
  actor.roles.some((r) => r.role === 'leader' && unitPath.includes(r.unitId));

async function viewOf(db: Reader, actor: Actor, row: DossierRow): Promise<DossierPayments> {
  const requests = await db
    .selectFrom('payment_requests as r')
    .select(['r.id', 'r.status', 'r.amount', 'r.items', 'r.requested_at'])
    .select((eb) =>
      eb
        .selectFrom('payments as p')
        .select((e) => e.fn.coalesce(e.fn.sum<number>('p.amount'), e.lit(0)).as('s'))
        .whereRef('p.request_id', '=', 'r.id')
        .as('paid'),
    )
    .where('r.dossier_id', '=', row.id)
    .orderBy('r.requested_at')
    .execute();
  const payments = await paymentRows(db, [row.id]);
  const refunds = await db
    .selectFrom('payment_refunds as f')
    .innerJoin('payments as p', 'p.id', 'f.payment_id')
    .innerJoin('staff as s', 's.id', 'f.refunded_by')
    .select(['f.payment_id', 'f.amount', 'f.reason', 'f.refunded_at', 's.full_name'])
    .where('p.dossier_id', '=', row.id)
    .orderBy('f.refunded_at')
    .execute();
  const open = requests.find((r) => r.status === 'open');
  const outstanding = open ? Math.max(0, open.amount - Number(open.paid ?? 0)) : 0;
  return {
    requests: requests.map((r) => ({
      id: r.id,
      status: r.status,
      amount: r.amount,
      paid: Number(r.paid ?? 0),
      items: r.items as PayableItem[],
      requestedAt: r.requested_at.toISOString(),
    })),
    payments: payments.map((p) => ({
      ...receiptOf(p),
      id: p.id,
      reference: p.reference,
      txnRef: p.txn_ref,
      recordedBy: p.recorded_by,
      refunds: refunds
        .filter((f) => f.payment_id === p.id)
        .map((f) => ({
          amount: f.amount,
          reason: f.reason,
          by: f.full_name,
          at: f.refunded_at.toISOString(),
        })),
    })),
    outstanding,
    mayRecord: outstanding > 0 && actingRole(actor, 'record_payment', row.handling_unit_path) !== undefined,
    mayRefund: payments.length > 0 && leads(actor, row.handling_unit_path),
  };
}

async function visibleRow(db: Reader, actor: Actor, code: string, lock = false): Promise<DossierRow> {
  const row = await getDossierRow(db, code, lock);
  if (!maySee(actor, [row.handling_unit_path, row.receiving_unit_path]))
    throw forbidden('Bạn không có quyền xem hồ sơ này.');
  return row;
}

export async function dossierPayments(db: Reader, actor: Actor, code: string): Promise<DossierPayments> {
  return viewOf(db, actor, await visibleRow(db, actor, code));
}

export async function recordDeskPayment(
  trx: Trx,
  ctx: ActingContext,
  code: string,
  body: DeskPaymentBody,
  now = Date.now(),
): Promise<DossierPayments> {
  const row = await visibleRow(trx, ctx.actor, code, true);
  const role = actingRole(ctx.actor, 'record_payment', row.handling_unit_path);
  if (!role)
    throw forbidden('Chỉ cán bộ tiếp nhận của đơn vị đang giải quyết hồ sơ được ghi nhận khoản nộp.');
  const request = await openRequestOf(trx, row.id);
  if (!request || request.outstanding <= 0)
    throw conflict('NOTHING_TO_PAY', 'Hồ sơ không có khoản nào cần thanh toán.');
  if (body.amount > request.outstanding)
    throw invalid('AMOUNT_OVER', `Số tiền vượt quá số còn phải nộp (${formatDong(request.outstanding)}).`, [
      { field: 'amount', message: `Tối đa ${formatDong(request.outstanding)}.` },
    ]);
  const payerName = body.payerName.trim();
  if (!payerName)
    throw invalid('VALIDATION', 'Cần tên người nộp.', [
      { field: 'payerName', message: 'Cần tên người nộp.' },
    ]);
  if (body.channel !== 'cash' && !body.reference?.trim())
    throw invalid('VALIDATION', 'Cần số tham chiếu của giao dịch chuyển khoản hoặc thẻ.', [
      { field: 'reference', message: 'Cần số tham chiếu.' },
    ]);
  const { receiptNo } = await receivePayment(trx, row, request, {
    channel: body.channel,
    amount: body.amount,
    payerName,
    reference: body.reference?.trim() || null,
    officer: { id: ctx.actor.id, fullName: ctx.actor.fullName, role },
    at: new Date(now),
  });
  await writeAudit(trx, ctx, {
    action: 'payment.record',
    entity: 'dossier',
    entityId: row.code,
    unitId: request.unit_id,
    extra: { receiptNo, channel: body.channel, amount: body.amount },
  });
  return viewOf(trx, ctx.actor, await getDossierRow(trx, code));
}

export async function refundPayment(
  trx: Trx,
  ctx: ActingContext,
  paymentId: string,
  body: RefundBody,
  now = Date.now(),
): Promise<DossierPayments> {
  const p = await trx
    .selectFrom('payments as p')
    .innerJoin('dossiers as d', 'd.id', 'p.dossier_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.amount', 'p.receipt_no', 'p.unit_id', 'd.code', 'u.path'])
    .where('p.id', '=', paymentId)
    .forUpdate('p')
    .executeTakeFirst();
  if (!p) throw notFound('PAYMENT_NOT_FOUND', 'Không tìm thấy khoản nộp.');
  const row = await visibleRow(trx, ctx.actor, p.code);
  if (!leads(ctx.actor, p.path)) throw forbidden('Chỉ lãnh đạo đơn vị thu được ghi nhận hoàn tiền.');
  const reason = body.reason.trim();
  if (!reason)
    throw invalid('VALIDATION', 'Cần ghi rõ lý do hoàn tiền.', [{ field: 'reason', message: 'Cần lý do.' }]);
  const { refunded } = await trx
    .selectFrom('payment_refunds')
    .select((e) => e.fn.coalesce(e.fn.sum<number>('amount'), e.lit(0)).as('refunded'))
    .where('payment_id', '=', p.id)
    .executeTakeFirstOrThrow();
  const left = p.amount - Number(refunded);
  if (body.amount > left)
    throw invalid('AMOUNT_OVER', `Số tiền hoàn vượt quá số đã nộp còn lại (${formatDong(left)}).`, [
      { field: 'amount', message: `Tối đa ${formatDong(left)}.` },
    ]);
  await trx
    .insertInto('payment_refunds')
    .values({
      payment_id: p.id,
      amount: body.amount,
      reason,
      refunded_by: ctx.actor.id,
      refunded_at: new Date(now),
    })
    .execute();
  await writeAudit(trx, ctx, {
    action: 'payment.refund',
    entity: 'dossier',
    entityId: row.code,
    unitId: p.unit_id,
    extra: { receiptNo: p.receipt_no, amount: body.amount },
  });
  return viewOf(trx, ctx.actor, row);
}
