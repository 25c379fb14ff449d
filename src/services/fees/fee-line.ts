/**
 * The fee line of the receipt (form 01) and of other papers: how it is paid, and why that amount — the frozen
 * assessment's explanation ("35.000 đồng (giảm 30% theo …)", "Miễn theo Nghị quyết 12/2025/NQ-HĐND") when the law
 * sets a fee, else the officer's entry as typed.
 */
import { formatMoney } from '../../domain/checklist/checklist.js';
import { assessmentText, type FeeAssessment } from '../../domain/fees/policy.js';
import type { DossierFee } from '../../db/tables/dossier.js';

export function feeLine(fee: DossierFee | null, owed: FeeAssessment | null) {
  if (!fee) return undefined;
  if (owed && owed.totalBase > 0) {
    const why = fee.timing === 'exempt' ? fee.note : assessmentText(owed, formatMoney);
    return { mode: fee.timing, ...(why ? { text: why } : {}) } as const;
  }
  const amount = fee.amount > 0 ? formatMoney(fee.amount) : undefined;
  const text = [amount, fee.note].filter(Boolean).join('; ');
  return { mode: fee.timing, ...(text && fee.timing !== 'exempt' ? { text } : {}) } as const;
}
