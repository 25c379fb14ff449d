/**
 * A complete information slip and notice for tests (a transfer of a residential parcel in the demo province).
 */
import type { TaxNotice } from './notice.js';
import type { TaxInfoSlip } from './slip.js';

export const sampleSlip = (): TaxInfoSlip => ({
  slipNo: '125/PCTT-VPĐK',
  landUser: {
    name: 'Nguyễn Văn Thành',
    idNumber: '038090001234',
    address: 'thôn Hạ, xã Đông Tiến, tỉnh Thanh Hóa',
    phone: '+84912345678',
  },
  transferor: { name: 'Lê Thị Mai', idNumber: '038185000321', address: 'thôn Trung, xã Đông Tiến' },
  parcel: {
    parcelNo: '245',
    mapSheet: '12',
    address: 'thôn Hạ, xã Đông Tiến, tỉnh Thanh Hóa',
    area: 150.5,
    purpose: 'Đất ở tại nông thôn (ONT)',
    term: 'Lâu dài',
    origin: 'Nhận chuyển nhượng đất được Nhà nước giao có thu tiền sử dụng đất',
    pricePosition: 'Vị trí 1, đường liên xã',
  },
  assets: 'Nhà ở cấp IV, diện tích sàn 80 m²',
  transfer: {
    kind: 'transfer',
    contractNo: '1520/2026/HĐCN',
    contractDate: '2026-02-20',
    price: 850_000_000,
  },
  exemptions: [],
  attachments: [
    'Hợp đồng chuyển nhượng quyền sử dụng đất (bản chính)',
    'Tờ khai lệ phí trước bạ',
    'Tờ khai thuế thu nhập cá nhân',
  ],
});

export const sampleNotice = (noticeDate: string, dueDate: string): TaxNotice => ({
  obligations: [
    { kind: 'personal_income_tax', amount: 17_000_000, noticeNo: 'TB-0117/TNCN', noticeDate, dueDate },
    { kind: 'registration_fee', amount: 4_250_000, noticeNo: 'TB-0118/LPTB', noticeDate, dueDate },
  ],
});
