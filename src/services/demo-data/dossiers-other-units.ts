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
  desk,
  step,
  transfer,
  type DemoDossier,
} from './dossiers-data.js';

const dongKhe = desk(DONG_KHE, TN_DK, 'xã Đông Khê');
const dongKheOnline = desk(DONG_KHE, 'online', 'xã Đông Khê');
const centre = desk(CENTRE, TN_TT, 'tỉnh Thanh Hóa');
const centreOnline = desk(CENTRE, 'online', 'tỉnh Thanh Hóa');

export const otherUnitDossiers: DemoDossier[] = [
  dongKhe(MARITAL, [1, '08:40'], ['Lê Thị Bích', '0978 341 256', '038197000201', 'thôn Nhuệ'], {
    notApplicable: MARITAL_NA,
  }),
  dongKhe('1.000656', [2, '15:45'], ['Nguyễn Văn Hòa', '0916 482 073', '038066000202', 'thôn Đông'], {
    notApplicable: [4],
  }),
  dongKhe('1.000894', [2, '10:30'], ['Trương Văn Đạt', '0345 906 781', '038206000203', 'thôn Nhuệ'], {
    refusal: ['Bên nam chưa đủ 20 tuổi, không đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình.'],
  }),
  dongKhe('1.001612', [1, '14:20'], ['Phạm Thị Duyên', '0387 559 410', '038190000204', 'chợ Đông Khê'], {
    missing: [0],
  }),
  dongKheOnline(BIRTH, [1, '21:05'], ['Vũ Thị Thảo', '0962 718 304', '038199000205', 'thôn Đông']),
  dongKhe(MARITAL, [4, '09:00'], ['Hoàng Thị Lan Anh', '0334 250 967', '038196000206', 'thôn Nhuệ'], {
    notApplicable: MARITAL_NA,
    steps: [
      step(
        'withdraw',
        TN_DK,
        [3, '10:00'],
        'Người nộp đề nghị rút hồ sơ vì đã được cấp tại nơi cư trú trước đây.',
      ),
    ],
  }),
  dongKhe('1.013831', [3, '09:15'], ['Lê Văn Cường', '0908 413 592', '038070000207', 'thôn Đông'], {
    caseName: 'Tặng cho quyền sử dụng đất để làm đường giao thông, công trình công cộng',
    notApplicable: [8],
    steps: [
      transfer(CV_DK, [3, '14:00'], VPDK, 'Chuyển Văn phòng Đăng ký đất đai chỉnh lý hồ sơ địa chính.'),
    ],
  }),
  dongKhe('1.012783', [5, '08:30'], ['Đoàn Văn Kiên', '0985 307 142', '038078000208', 'thôn Nhuệ'], {
    steps: [
      transfer(CV_DK, [5, '10:00'], VPDK, 'Đề nghị in Giấy chứng nhận cấp đổi.'),
      step('transfer_back', CV_VPDK, [2, '15:00'], 'Đã in Giấy chứng nhận mới, chuyển xã trình ký.'),
      step('appraise', CV_DK, [1, '09:00'], 'Đã đối chiếu; đề nghị lãnh đạo ký.'),
    ],
  }),

  // ——— The province's Public Administration Service Centre ———
  centre('1.013225', [2, '09:00'], ['Trần Quốc Việt', '0919 624 035', '038083000301', 'phường Hạc Thành'], {
    caseName: 'Nhà ở riêng lẻ của hộ gia đình, cá nhân',
  }),
  centre(
    '1.013229',
    [3, '10:00'],
    ['Nguyễn Thị Hồng Nhung', '0977 805 613', '038187000302', 'phường Hạc Thành'],
    { missing: [2] },
  ),
  centre('1.001662', [4, '14:00'], ['Lê Đức Mạnh', '0356 917 428', '038080000303', 'phường Quảng Phú'], {
    refusal: [
      'Công trình thuộc trường hợp phải xin giấy phép khai thác nước dưới đất, không thuộc diện đăng ký.',
    ],
  }),
  centreOnline(
    '1.012783',
    [1, '19:30'],
    ['Phạm Minh Tuấn', '0931 276 584', '038089000304', 'phường Hạc Thành'],
  ),
  centre('1.013978', [6, '08:00'], ['Hoàng Văn Toàn', '0868 530 917', '038071000305', 'phường Quảng Phú'], {
    caseName: 'Hộ gia đình, cá nhân, cộng đồng dân cư',
    notApplicable: [2, 3, 5, 6, 8],
    steps: [
      transfer(
        CV_TT,
        [6, '10:00'],
        VPDK,
        'Chuyển Văn phòng Đăng ký đất đai kiểm tra hồ sơ, đo đạc thửa đất.',
      ),
    ],
  }),
  centre('1.012796', [4, '08:30'], ['Đặng Thị Phương', '0389 142 765', '038191000306', 'phường Hạc Thành'], {
    notApplicable: [3],
    steps: [
      transfer(CV_TT, [4, '10:00'], VPDK, 'Đề nghị kiểm tra sai sót trên Giấy chứng nhận.'),
      step('transfer_back', CV_VPDK, [2, '09:00'], 'Xác nhận có sai sót do đo đạc; đã lập hồ sơ đính chính.'),
    ],
  }),
];
