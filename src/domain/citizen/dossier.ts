/**
 * What the citizen sees of their own dossier (docs/DECISIONS.md, "What the citizen sees of the log"): every step,
 * by its label and the status after it, but the note only of the steps addressed to them — what to add, the
 * reasons of a refusal, a stop or a delay, their own withdrawal; appraisal opinions, transfers and consultations
 * are the officers' own. The notices they may download, and when they may withdraw. Shared with the browser.
 */
import { ACTIONS } from '../dossier/actions.js';
import { transitions } from '../dossier/lifecycle.js';
import type { Action, Status } from '../dossier/vocabulary.js';

/** The official forms the applicant may download (TT 03/2025: 01, 02, 03). */
export const citizenForms = ['receipt', 'supplement', 'refusal'] as const;
export type CitizenForm = (typeof citizenForms)[number];

export const citizenFormTitles: Record<CitizenForm, string> = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  supplement: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
};

/** Whether a step's note is addressed to the applicant: the steps that send them a notice, and their withdrawal. */
export function noteForApplicant(action: Action): boolean {
  return 'notice' in ACTIONS[action] || action === 'withdraw';
}

/** Whether the applicant may withdraw the dossier now (the transition table's `withdraw`). */
export function mayWithdraw(status: Status): boolean {
  return (transitions[status] as readonly Action[]).includes('withdraw');
}
