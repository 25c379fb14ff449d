/**
 * The citizen's side, its pure rules: how a citizen's own data is shown back to them (masked), and which statuses of
 * a dossier wait for the applicant rather than for an officer. Shared with the browser.
 */
import type { Status } from '../dossier/vocabulary.js';

/** A 12-digit ID number (CCCD) shown back: the first 3 digits (the province) and the last 3, the rest hidden. */
export function maskIdNumber(idNumber: string): string {
  const digits = idNumber.replace(/\s+/g, '');
  if (digits.length <= 6) return '•'.repeat(digits.length);
  return digits.slice(0, 3) + '•'.repeat(digits.length - 6) + digits.slice(-3);
}

/** What a dossier waits for from its applicant, by status; null: it waits for the administration (or is over). */
export const waitingForApplicant = {
  submitted: null,
  received: null,
  supplement_requested: 'Bổ sung giấy tờ theo yêu cầu',
  in_appraisal: null,
  awaiting_approval: null,
  transferred: null,
  approved: null,
  awaiting_payment: 'Nộp phí, lệ phí hoặc nghĩa vụ tài chính',
  result_ready: 'Nhận kết quả tại Bộ phận Một cửa',
  posting: null,
  returned: null,
  refused: null,
  withdrawn: null,
  stopped: null,
} as const satisfies Record<Status, string | null>;

/** Whether a dossier in `status` waits for its applicant. */
export function needsApplicant(status: Status): boolean {
  return waitingForApplicant[status] !== null;
}

/** Bounds of "Hồ sơ của tôi"'s pages. */
export const CITIZEN_PAGE_SIZE = { default: 10, max: 50 } as const;
export const CITIZEN_MAX_PAGE = 1000;
