/**
 * What a dossier must pay and how a payment is named: the lines of a payment request (the dossier's fee when it is
 * paid before or after processing, and the land obligations of the Tax office's notice — never computed here, taken
 * as they were set), the channels, and the electronic receipt number (`BL-<agency id>-<year>-<six digits>`, a
 * sequence per collecting unit and calendar year in Vietnam).
 */
import { obligationLabels, type ObligationKind } from '../land-tax/obligations.js';
import type { TaxNotice } from '../land-tax/notice.js';

export const paymentChannelLabels = {
  online: 'Thanh toán trực tuyến',
  cash: 'Tiền mặt',
  transfer: 'Chuyển khoản',
  card: 'Thẻ (POS)',
} as const;
export type PaymentChannel = keyof typeof paymentChannelLabels;
export const deskChannels = ['cash', 'transfer', 'card'] as const;
export type DeskChannel = (typeof deskChannels)[number];

export interface PayableItem {
  kind: 'fee' | ObligationKind;
  label: string;
  amount: number;
  noticeNo?: string;
  dueDate?: string;
}

export interface DossierFee {
  timing: 'before' | 'after' | 'exempt';
  amount?: number | undefined;
  note?: string | undefined;
}

/** The lines to pay: the fee (unless exempt or 0) and each obligation of the notice that asks an amount. */
export function payableItems(fee: DossierFee | null, notice: TaxNotice | null): PayableItem[] {
  const items: PayableItem[] = [];
  if (fee && fee.timing !== 'exempt' && (fee.amount ?? 0) > 0)
    items.push({ kind: 'fee', label: 'Phí, lệ phí giải quyết thủ tục', amount: fee.amount! });
  for (const o of notice?.obligations ?? []) {
    if (o.amount <= 0) continue;
    items.push({
      kind: o.kind,
      label: obligationLabels[o.kind],
      amount: o.amount,
      noticeNo: o.noticeNo,
      dueDate: o.dueDate,
    });
  }
  return items;
}

export const totalOf = (items: readonly { amount: number }[]) => items.reduce((s, i) => s + i.amount, 0);

/** The receipt number: `BL-000.00.21.H56-2026-000123`. */
export function receiptNumber(agencyId: string, year: number, seq: number): string {
  return `BL-${agencyId}-${year}-${String(seq).padStart(6, '0')}`;
}

/** A differing line between our orders and the gateway's report of one day. */
export interface Mismatch {
  txnRef: string;
  issue: 'missing_here' | 'missing_at_gateway' | 'amount' | 'status';
  ours: { amount: number; paid: boolean } | null;
  gateway: { amount: number; paid: boolean } | null;
}

/**
 * Compares our orders finished that day with the gateway's report of the same day: an order paid on one side only,
 * or with different amounts, is a mismatch; failed orders on both sides match.
 */
export function reconcile(
  ours: readonly { txnRef: string; amount: number; paid: boolean }[],
  report: readonly { txnRef: string; amount: number; status: 'success' | 'failed' }[],
): { matched: number; mismatches: Mismatch[] } {
  const theirs = new Map(report.map((r) => [r.txnRef, { amount: r.amount, paid: r.status === 'success' }]));
  const mismatches: Mismatch[] = [];
  let matched = 0;
  for (const o of ours) {
    const g = theirs.get(o.txnRef);
    theirs.delete(o.txnRef);
    const mine = { amount: o.amount, paid: o.paid };
    if (!g) {
      if (o.paid)
        mismatches.push({ txnRef: o.txnRef, issue: 'missing_at_gateway', ours: mine, gateway: null });
      else matched += 1;
    } else if (g.paid !== o.paid) {
      mismatches.push({ txnRef: o.txnRef, issue: 'status', ours: mine, gateway: g });
    } else if (g.paid && g.amount !== o.amount) {
      mismatches.push({ txnRef: o.txnRef, issue: 'amount', ours: mine, gateway: g });
    } else matched += 1;
  }
  for (const [txnRef, g] of theirs) {
    if (g.paid) mismatches.push({ txnRef, issue: 'missing_here', ours: null, gateway: g });
  }
  return { matched, mismatches };
}

export const mismatchLabels: Record<Mismatch['issue'], string> = {
  missing_here: 'Cổng thanh toán ghi nhận giao dịch thành công mà hệ thống không có',
  missing_at_gateway: 'Hệ thống ghi nhận đã thu nhưng cổng thanh toán không có giao dịch',
  amount: 'Số tiền khác với cổng thanh toán',
  status: 'Trạng thái khác với cổng thanh toán',
};
