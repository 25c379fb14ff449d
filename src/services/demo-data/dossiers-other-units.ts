/**
 * Demo dossiers at Đông Khê and the provincial centre (no leader there in the demo staff: their dossiers wait for
 * assignment or approval, or go to the Land Registration Office and back).
 */
import {
  BIRTH,
  CENTRE,
  CV_DK,
  CV_TT,
  CV_VPDK,
  DONG_KHE,
  MARITAL,
  MARITAL_NA,
  TN_DK,
  TN_TT,
  VPDK,
  type DemoDossier,
} from './dossiers-data.js';

export const otherUnitDossiers: DemoDossier[] = [
  {
    unit: DONG_KHE,
    procedure: MARITAL,
    applicant: ['Lê Thị Bích', '0978 341 256', '038197000201', 'thôn Nhuệ, xã Đông Khê'],
    at: [1, '08:40'],
    by: TN_DK,
    notApplicable: MARITAL_NA,
  },
  {
    unit: DONG_KHE,
    procedure: '1.000656',
    applicant: ['Nguyễn Văn Hòa', '0916 482 073', '038066000202', 'thôn Đông, xã Đông Khê'],
    at: [2, '15:45'],
    by: TN_DK,
    notApplicable: [4],
  },
  {
    unit: DONG_KHE,
    procedure: '1.000894',
    applicant: ['Trương Văn Đạt', '0345 906 781', '038206000203', 'thôn Nhuệ, xã Đông Khê'],
    at: [2, '10:30'],
    by: TN_DK,
    refusal: ['Bên nam chưa đủ 20 tuổi, không đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình.'],
  },
  {
    unit: DONG_KHE,
    procedure: '1.001612',
    applicant: ['Phạm Thị Duyên', '0387 559 410', '038190000204', 'chợ Đông Khê, xã Đông Khê'],
    at: [1, '14:20'],
    by: TN_DK,
    missing: [0],
  },
  {
    unit: DONG_KHE,
    procedure: BIRTH,
    applicant: ['Vũ Thị Thảo', '0962 718 304', '038199000205', 'thôn Đông, xã Đông Khê'],
    at: [1, '21:05'],
    by: 'online',
  },
  {
    unit: DONG_KHE,
    procedure: MARITAL,
    applicant: ['Hoàng Thị Lan Anh', '0334 250 967', '038196000206', 'thôn Nhuệ, xã Đông Khê'],
    at: [4, '09:00'],
    by: TN_DK,
    notApplicable: MARITAL_NA,
    steps: [
      {
        action: 'withdraw',
        by: TN_DK,
        at: [3, '10:00'],
        note: 'Người nộp đề nghị rút hồ sơ vì đã được cấp tại nơi cư trú trước đây.',
      },
    ],
  },
  {
    unit: DONG_KHE,
    procedure: '1.013831',
    caseName: 'Tặng cho quyền sử dụng đất để làm đường giao thông, công trình công cộng',
    applicant: ['Lê Văn Cường', '0908 413 592', '038070000207', 'thôn Đông, xã Đông Khê'],
    at: [3, '09:15'],
    by: TN_DK,
    notApplicable: [8],
    steps: [
      {
        action: 'transfer',
        by: CV_DK,
        at: [3, '14:00'],
        to: VPDK,
        note: 'Chuyển Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính.',
      },
    ],
  },
  {
    unit: DONG_KHE,
    procedure: '1.012783',
    applicant: ['Đoàn Văn Kiên', '0985 307 142', '038078000208', 'thôn Nhuệ, xã Đông Khê'],
    at: [5, '08:30'],
    by: TN_DK,
    steps: [
      {
        action: 'transfer',
        by: CV_DK,
        at: [5, '10:00'],
        to: VPDK,
        note: 'Đề nghị in Giấy chứng nhận cấp đổi.',
      },
      {
        action: 'transfer_back',
        by: CV_VPDK,
        at: [2, '15:00'],
        note: 'Đã in Giấy chứng nhận mới, chuyển xã trình ký.',
      },
      { action: 'appraise', by: CV_DK, at: [1, '09:00'], note: 'Đã đối chiếu; đề nghị lãnh đạo ký.' },
    ],
  },

  // ——— The province's Public Administration Service Centre ———
  {
    unit: CENTRE,
    procedure: '1.013225',
    caseName: 'Nhà ở riêng lẻ của hộ gia đình, cá nhân',
    applicant: ['Trần Quốc Việt', '0919 624 035', '038083000301', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [2, '09:00'],
    by: TN_TT,
  },
  {
    unit: CENTRE,
    procedure: '1.013229',
    applicant: ['Nguyễn Thị Hồng Nhung', '0977 805 613', '038187000302', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [3, '10:00'],
    by: TN_TT,
    missing: [2],
  },
  {
    unit: CENTRE,
    procedure: '1.001662',
    applicant: ['Lê Đức Mạnh', '0356 917 428', '038080000303', 'phường Quảng Phú, tỉnh Thanh Hóa'],
    at: [4, '14:00'],
    by: TN_TT,
    refusal: [
      'Công trình thuộc trường hợp phải xin giấy phép khai thác nước dưới đất, không thuộc diện đăng ký.',
    ],
  },
  {
    unit: CENTRE,
    procedure: '1.012783',
    applicant: ['Phạm Minh Tuấn', '0931 276 584', '038089000304', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [1, '19:30'],
    by: 'online',
  },
  {
    unit: CENTRE,
    procedure: '1.013978',
    caseName: 'Hộ gia đình, cá nhân, cộng đồng dân cư',
    applicant: ['Hoàng Văn Toàn', '0868 530 917', '038071000305', 'phường Quảng Phú, tỉnh Thanh Hóa'],
    at: [6, '08:00'],
    by: TN_TT,
    notApplicable: [2, 3, 5, 6, 8],
    steps: [
      {
        action: 'transfer',
        by: CV_TT,
        at: [6, '10:00'],
        to: VPDK,
        note: 'Chuyển Văn phòng Đăng ký đất đai kiểm tra hồ sơ, đo đạc thửa đất.',
      },
    ],
  },
  {
    unit: CENTRE,
    procedure: '1.012796',
    applicant: ['Đặng Thị Phương', '0389 142 765', '038191000306', 'phường Hạc Thành, tỉnh Thanh Hóa'],
    at: [4, '08:30'],
    by: TN_TT,
    notApplicable: [3],
    steps: [
      {
        action: 'transfer',
        by: CV_TT,
        at: [4, '10:00'],
        to: VPDK,
        note: 'Đề nghị kiểm tra sai sót trên Giấy chứng nhận.',
      },
      {
        action: 'transfer_back',
        by: CV_VPDK,
        at: [2, '09:00'],
        note: 'Xác nhận có sai sót do đo đạc; đã lập hồ sơ đính chính.',
      },
    ],
  },
];
