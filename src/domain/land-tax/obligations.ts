/**
 * Financial obligations on land (nghĩa vụ tài chính về đất đai): the kinds the Tax office notifies, in the order a
 * notice lists them, with their Vietnamese names. Shared by the information slip (exemptions claimed), the Tax
 * office's notice (amounts and deadlines), the desk and the citizen's tracking page.
 */

export const obligationKinds = [
  'land_use_levy',
  'land_rent',
  'registration_fee',
  'personal_income_tax',
  'non_agricultural_land_tax',
  'other',
] as const;
export type ObligationKind = (typeof obligationKinds)[number];

export const obligationLabels = {
  land_use_levy: 'Tiền sử dụng đất',
  land_rent: 'Tiền thuê đất',
  registration_fee: 'Lệ phí trước bạ',
  personal_income_tax: 'Thuế thu nhập cá nhân',
  non_agricultural_land_tax: 'Thuế sử dụng đất phi nông nghiệp',
  other: 'Khoản thu khác',
} as const satisfies Record<ObligationKind, string>;

/** 12500000 → "12.500.000 đồng"; "2026-12-31" → "31/12/2026" (the shared Vietnamese formats). */
export { formatDong, formatDate as vnDate } from '../format/format.js';
