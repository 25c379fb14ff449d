/**
 * The official forms (TT 03/2025) a dossier can print, by what happened to it: links to
 * GET /api/dossiers/{code}/forms/{form}. Which forms apply follows the dossier's history.
 */
import type { Action } from '../../../src/domain/dossier/lifecycle.js';

export const formNames = {
  receipt: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  supplement: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  refusal: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  extension: 'Văn bản xin lỗi và đề nghị gia hạn',
  stop: 'Thông báo dừng giải quyết hồ sơ',
  'control-slip': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  declaration: 'Tờ khai do cán bộ khai hộ (bản đọc lại)',
  'tax-slip': 'Phiếu chuyển thông tin để xác định nghĩa vụ tài chính về đất đai',
} as const;
export type FormName = keyof typeof formNames;

export function formPath(code: string, form: FormName): string {
  return `/api/dossiers/${encodeURIComponent(code)}/forms/${form}.pdf`;
}

const byAction: Partial<Record<Action, FormName>> = {
  receive: 'receipt',
  request_supplement: 'supplement',
  refuse: 'refusal',
  extend: 'extension',
  stop: 'stop',
};

/**
 * The forms a dossier with this history can print, each once, in the order they arose; a received dossier (also
 * one received when its supplement came) has its receipt and its control slip; an assisted intake, the declaration
 * read back to the citizen; a land dossier sent to the Tax office, its information slip.
 */
export function formsFor(
  history: readonly { action: Action; data?: Record<string, unknown> }[],
  received: boolean,
  assisted = false,
): FormName[] {
  const out: FormName[] = [];
  for (const h of history) {
    const f = byAction[h.action];
    if (f && !out.includes(f)) out.push(f);
  }
  if (received && !out.includes('receipt')) out.splice(out.indexOf('supplement') + 1, 0, 'receipt');
  if (received) out.push('control-slip');
  if (history.some((h) => h.action === 'transfer' && h.data?.taxSlip)) out.push('tax-slip');
  if (assisted) out.push('declaration');
  return out;
}
