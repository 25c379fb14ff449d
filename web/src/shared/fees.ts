/**
 * How the web words a fee assessment (what a procedure costs on a day, or what a dossier froze): the policies'
 * explanation and the day it was computed on.
 */
import { formatDate, formatMoney } from '../../../src/domain/checklist/checklist.js';
import { assessmentText } from '../../../src/domain/fees/policy.js';
import type { feesApi } from '../../../src/contracts/fees-api.js';
import type { Answer } from './client.js';

export type FeeAssessment = Answer<typeof feesApi.procedureFees>;

/** "miễn phí theo Nghị quyết 12/2025/NQ-HĐND", "35.000 đồng (giảm 30% theo …)", "50.000 đồng". */
export const feeText = (a: Pick<FeeAssessment, 'items' | 'totalBase' | 'totalPayable'>) =>
  assessmentText(a, formatMoney);

/** A dossier's frozen fee: "35.000 đồng (giảm 30% theo …), tính ngày 10/05/2024". */
export const owedText = (a: FeeAssessment) => `${feeText(a)}, tính ngày ${formatDate(a.at)}`;
