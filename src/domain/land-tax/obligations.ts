/**
 * Financial obligations on land (nghĩa vụ tài chính về đất đai): the kinds the Tax office notifies, in the order a
 * notice lists them, with their Vietnamese names. Shared by the information slip (exemptions claimed), the Tax
 * office's notice (amounts and deadlines), the desk and the citizen's tracking page.
 */
import { keysOf } from '../keys.js';

export const obligationLabels = {
  land_use_levy: 'Tiền sử dụng đất',
  land_rent: 'Tiền thuê đất',
  registration_fee: 'Lệ phí trước bạ',
  personal_income_tax: 'Thuế thu nhập cá nhân',
  non_agricultural_land_tax: 'Thuế sử dụng đất phi nông nghiệp',
  other: 'Khoản thu khác',
} as const;
export const obligationKinds = keysOf(obligationLabels);
export type ObligationKind = keyof typeof obligationLabels;

/** 12500000 → "12.500.000 đồng"; "2026-12-31" → "31/12/2026" (the shared Vietnamese formats). */
export { formatDong, formatDate as vnDate } from '../format/format.js';
