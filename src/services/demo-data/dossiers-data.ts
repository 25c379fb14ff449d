/**
 * The demo dossiers, as data: who received each one, when, and what the staff did with it since (see dossiers.ts,
 * which loads them through the services). This file: the shared vocabulary and Đông Tiến, the commune with the whole
 * workflow; dossiers-other-units.ts: Đông Khê and the provincial centre.
 */
import type { Action } from '../../domain/dossier/lifecycle.js';

export const DONG_TIEN = 'H56.10.01';
export const DONG_KHE = 'H56.10.02';
export const CENTRE = '000.00.01.H56';
export const VPDK = '000.00.21.H56';
export const THUE = '000.00.22.H56';

/** The dossier README.md points to: its phone number (the code depends on the load date; printed at start-up). */
export const DEMO_TRACKING_PHONE = '0912 345 678';

/** [working days before the load date (1 = the previous working day), local wall time "HH:MM"]. */
export type At = [number, string];

export interface Step {
  action: Action;
  by: string;
  at: At;
  note?: string;
  /** transfer: agency id of the unit. */
  to?: string;
  /** assign: username of the specialist. */
  assignee?: string;
  /** extend: working days added to the current due instant. */
  extendDays?: number;
  /** receive_supplement: document positions brought back (with the numbers the catalogue asks for). */
  brought?: number[];
}

export interface DemoDossier {
  unit: string;
  procedure: string;
  caseName?: string;
  /** [full name, mobile phone, CCCD, address]. */
  applicant: [string, string, string, string];
  at: At;
  /** The reception officer, or 'online' for an online submission. */
  by: string;
  channel?: 'desk' | 'post';
  /** Document positions judged not to apply to this applicant. */
  notApplicable?: number[];
  /** Document positions the applicant did not bring (the outcome is a supplement request). */
  missing?: number[];
  refusal?: string[];
  steps?: Step[];
  /** The dossier README.md points to. */
  example?: true;
}

export const TN = 'tiepnhan.dongtien';
export const CV = 'chuyenvien.dongtien';
export const CV_DD = 'chuyenvien2.dongtien';
export const CV_HKD = 'chuyenvien3.dongtien';
export const LD = 'lanhdao.dongtien';
export const TN_DK = 'tiepnhan.dongkhe';
export const CV_DK = 'chuyenvien.dongkhe';
export const TN_TT = 'tiepnhan.trungtam';
export const CV_TT = 'chuyenvien.trungtam';
export const CV_VPDK = 'chuyenvien.vpdk';
export const CV_THUE = 'chuyenvien.thue';

export const BIRTH = '1.001193';
/** Birth registration: the authorisation, the abandoned-child record and the surrogacy paper rarely apply. */
export const BIRTH_NA = [4, 5, 6, 7];
export const MARITAL = '1.004873';
/** Marital status certificate: no earlier certificate, no authorisation. */
export const MARITAL_NA = [3, 4];
export const TRANSFER_CASE = 'Chuyển nhượng, chuyển đổi, thừa kế, tặng cho, góp vốn';

/** The usual path of a civil-status dossier at Đông Tiến, from assignment to the result at the desk. */
export function throughApproval(day: number, start: string, assignee = CV): Step[] {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const t = (minutes: number) => {
    const total = h * 60 + m + minutes;
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
  };
  return [
    { action: 'assign', by: LD, at: [day, t(0)], assignee },
    { action: 'appraise', by: assignee, at: [day, t(40)], note: 'Hồ sơ đầy đủ, hợp lệ; đề nghị phê duyệt.' },
    { action: 'approve', by: LD, at: [day, t(75)] },
    { action: 'record_result', by: assignee, at: [day, t(95)] },
  ];
}

/** Đông Tiến: the whole workflow, the Land Registration Office and the Tax office included. */
export const dongTienDossiers: DemoDossier[] = [
  {
    example: true,
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Nguyễn Thị Thanh Mai', DEMO_TRACKING_PHONE, '038196000101', 'thôn Thượng, xã Đông Tiến'],
    at: [3, '07:40'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [
      ...throughApproval(3, '08:00'),
      { action: 'notify_result', by: TN, at: [3, '09:45'] },
      { action: 'return_result', by: TN, at: [3, '14:10'], note: 'Trả trực tiếp cho người nộp.' },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Trần Văn Long', '0983 214 567', '038091000102', 'thôn Trung, xã Đông Tiến'],
    at: [1, '08:20'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [...throughApproval(1, '08:40'), { action: 'notify_result', by: TN, at: [1, '10:30'] }],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Lê Văn Tuấn', '0868 123 450', '038093000103', 'thôn Hạ, xã Đông Tiến'],
    at: [4, '09:10'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [{ action: 'assign', by: LD, at: [4, '09:40'], assignee: CV }],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Phạm Thị Ngọc Ánh', '0374 556 219', '038198000104', 'thôn Thượng, xã Đông Tiến'],
    // After the 15:00 cut-off: due at the close of the next working day.
    at: [1, '15:35'],
    by: TN,
    notApplicable: BIRTH_NA,
    steps: [{ action: 'assign', by: LD, at: [1, '15:50'], assignee: CV }],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Đặng Thị Lụa', '0357 880 142', '038199000105', 'thôn Trung, xã Đông Tiến'],
    at: [1, '09:30'],
    by: TN,
    notApplicable: BIRTH_NA,
    missing: [1],
  },
  {
    unit: DONG_TIEN,
    procedure: BIRTH,
    applicant: ['Hà Thị Yến', '0945 312 870', '038197000106', 'thôn Hạ, xã Đông Tiến'],
    at: [1, '20:15'],
    by: 'online',
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Hoàng Văn Dũng', '0905 778 123', '038090000107', 'thôn Trung, xã Đông Tiến'],
    at: [2, '08:30'],
    by: TN,
    notApplicable: MARITAL_NA,
    steps: [
      { action: 'assign', by: LD, at: [2, '09:00'], assignee: CV },
      {
        action: 'appraise',
        by: CV,
        at: [1, '09:20'],
        note: 'Đã xác minh tình trạng hôn nhân tại nơi cư trú trước đây; đề nghị cấp.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.001022',
    applicant: ['Ngô Văn Thành', '0961 447 305', '038088000108', 'thôn Thượng, xã Đông Tiến'],
    at: [2, '10:00'],
    by: TN,
    steps: [
      { action: 'assign', by: LD, at: [2, '10:20'], assignee: CV },
      {
        action: 'appraise',
        by: CV,
        at: [2, '15:10'],
        note: 'Có văn bản xác nhận quan hệ cha con; đề nghị phê duyệt.',
      },
      { action: 'approve', by: LD, at: [1, '08:30'] },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.013992',
    applicant: ['Đỗ Văn Hải', '0912 608 774', '038075000109', 'thôn Hạ, xã Đông Tiến'],
    at: [6, '08:10'],
    by: TN,
    notApplicable: [3],
    steps: [
      { action: 'assign', by: LD, at: [6, '09:00'], assignee: CV_DD },
      {
        action: 'transfer',
        by: CV_DD,
        at: [5, '10:00'],
        to: THUE,
        note: 'Chuyển thông tin địa chính để xác định nghĩa vụ tài chính.',
      },
      {
        action: 'transfer_back',
        by: CV_THUE,
        at: [4, '14:00'],
        note: 'Đã ban hành thông báo nộp tiền sử dụng đất và lệ phí trước bạ.',
      },
      { action: 'appraise', by: CV_DD, at: [3, '09:00'], note: 'Đủ điều kiện chuyển mục đích sử dụng đất.' },
      { action: 'approve', by: LD, at: [2, '09:30'] },
      {
        action: 'request_payment',
        by: CV_DD,
        at: [2, '10:00'],
        note: 'Nộp tiền theo thông báo của cơ quan thuế.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.013831',
    caseName: TRANSFER_CASE,
    applicant: ['Vũ Thị Hạnh', '0976 215 308', '038182000110', 'thôn Trung, xã Đông Tiến'],
    at: [5, '08:45'],
    by: TN,
    notApplicable: [3, 4, 5, 8],
    steps: [
      { action: 'assign', by: LD, at: [5, '09:30'], assignee: CV_DD },
      {
        action: 'transfer',
        by: CV_DD,
        at: [4, '08:30'],
        to: VPDK,
        note: 'Chuyển Văn phòng Đăng ký đất đai cập nhật biến động.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.001266',
    applicant: ['Lê Thị Thu Trang', '0388 904 561', '038185000111', 'chợ Đông Tiến, xã Đông Tiến'],
    at: [2, '09:00'],
    by: TN,
    steps: [
      { action: 'assign', by: LD, at: [2, '09:20'], assignee: CV_HKD },
      {
        action: 'transfer',
        by: CV_HKD,
        at: [2, '10:30'],
        to: THUE,
        note: 'Đề nghị cơ quan thuế cho ý kiến về việc hoàn thành nghĩa vụ thuế.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004884',
    channel: 'post',
    applicant: ['Cao Văn Phúc', '0398 120 664', '038060000112', 'thôn Hạ, xã Đông Tiến'],
    at: [4, '08:15'],
    by: TN,
    notApplicable: [2, 5],
    steps: [
      ...throughApproval(2, '08:10'),
      {
        action: 'send_by_post',
        by: TN,
        at: [1, '09:00'],
        note: 'Gửi qua bưu điện theo đề nghị của người nộp.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004772',
    applicant: ['Nguyễn Văn Bình', '0936 552 017', '038072000113', 'thôn Thượng, xã Đông Tiến'],
    at: [8, '09:00'],
    by: TN,
    notApplicable: [3, 6],
    steps: [
      { action: 'assign', by: LD, at: [8, '09:30'], assignee: CV },
      {
        action: 'stop',
        by: LD,
        at: [6, '10:00'],
        note: 'Người này đã được đăng ký khai sinh tại nơi khác; dừng xử lý để xác minh.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Trịnh Thị Hoa', '0359 771 846', '038195000114', 'thôn Trung, xã Đông Tiến'],
    at: [3, '09:20'],
    by: TN,
    notApplicable: MARITAL_NA,
    steps: [
      {
        action: 'withdraw',
        by: TN,
        at: [2, '08:00'],
        note: 'Người nộp có đơn xin rút hồ sơ để nộp lại sau.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004859',
    applicant: ['Mai Văn Thắng', '0917 336 052', '038087000115', 'thôn Hạ, xã Đông Tiến'],
    at: [5, '10:10'],
    by: TN,
    notApplicable: [4],
    steps: [
      { action: 'assign', by: LD, at: [5, '10:30'], assignee: CV },
      {
        action: 'refuse',
        by: CV,
        at: [5, '14:30'],
        note: 'Giấy tờ cung cấp không chứng minh được nội dung đề nghị cải chính.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004884',
    applicant: ['Bùi Văn Sơn', '0869 405 283', '038059000116', 'thôn Trung, xã Đông Tiến'],
    at: [4, '10:00'],
    by: TN,
    notApplicable: [2, 5],
    steps: [
      { action: 'assign', by: LD, at: [4, '10:20'], assignee: CV },
      {
        action: 'request_supplement',
        by: CV,
        at: [3, '09:00'],
        note: 'Cần bổ sung giấy tờ chứng minh nội dung khai sinh (học bạ hoặc sổ hộ khẩu cũ).',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Lương Thị Nga', '0394 618 207', '038194000117', 'thôn Thượng, xã Đông Tiến'],
    at: [6, '08:20'],
    by: TN,
    notApplicable: MARITAL_NA,
    missing: [2],
    steps: [
      { action: 'receive_supplement', by: TN, at: [5, '09:00'], brought: [2] },
      { action: 'assign', by: LD, at: [5, '09:30'], assignee: CV },
      { action: 'appraise', by: CV, at: [4, '10:00'], note: 'Đủ điều kiện cấp.' },
      { action: 'approve', by: LD, at: [4, '14:00'] },
      { action: 'record_result', by: CV, at: [3, '08:30'] },
      { action: 'notify_result', by: TN, at: [3, '08:40'] },
      { action: 'return_result', by: TN, at: [2, '15:00'], note: 'Trả trực tiếp cho người nộp.' },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.001022',
    applicant: ['Phan Văn Quý', '0971 530 648', '038084000118', 'thôn Hạ, xã Đông Tiến'],
    at: [3, '08:00'],
    by: TN,
    steps: [
      { action: 'assign', by: LD, at: [3, '08:20'], assignee: CV },
      {
        action: 'extend',
        by: LD,
        at: [2, '15:00'],
        extendDays: 2,
        note: 'Cần xác minh thêm tại nơi cư trú của người cha; xin lỗi ông và hẹn lại ngày trả kết quả.',
      },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: MARITAL,
    applicant: ['Lò Văn Pọm', '0353 287 119', '038086000119', 'bản Đông Sơn, xã Đông Tiến'],
    at: [9, '08:00'],
    by: TN,
    notApplicable: MARITAL_NA,
    steps: [
      { action: 'assign', by: LD, at: [9, '08:30'], assignee: CV },
      { action: 'appraise', by: CV, at: [7, '10:00'], note: 'Đã xác minh; đề nghị cấp.' },
      { action: 'approve', by: LD, at: [6, '10:30'] },
      { action: 'record_result', by: CV, at: [6, '14:00'] },
      { action: 'notify_result', by: TN, at: [6, '14:10'] },
      { action: 'return_result', by: TN, at: [5, '10:00'], note: 'Trả trực tiếp cho người nộp.' },
    ],
  },
  {
    unit: DONG_TIEN,
    procedure: '2.000815',
    applicant: ['Tạ Thị Mến', '0328 665 904', '038189000120', 'thôn Thượng, xã Đông Tiến'],
    at: [7, '08:05'],
    by: TN,
    steps: [...throughApproval(7, '08:15'), { action: 'return_result', by: TN, at: [7, '10:10'] }],
  },
  {
    unit: DONG_TIEN,
    procedure: '1.004884',
    applicant: ['Hồ Thị Kim Oanh', '0949 062 318', '038188000123', 'thôn Thượng, xã Đông Tiến'],
    at: [1, '10:40'],
    by: TN,
    notApplicable: [2, 5],
  },
];
